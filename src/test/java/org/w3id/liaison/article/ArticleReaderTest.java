package org.w3id.liaison.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void theSeedSplitsIntoHeadlineBylineCaptionDatelineAndBody() throws Exception {
        Article a = reader.read(Fixtures.SEED);
        assertThat(a.id()).isEqualTo(Fixtures.SEED_ID);
        assertThat(a.headline().text()).isEqualTo("Senior CPC, PCC officials hold talks in Beijing");
        assertThat(a.byline()).map(Paragraph::text).contains("Xinhua) 08:43, April 25, 2023");
        assertThat(a.captions()).hasSize(1);
        assertThat(a.captions().get(0).text()).endsWith("(Xinhua/Ding Haitao)");
        assertThat(a.dateline()).isPresent();
        assertThat(a.dateline().get().place()).contains("BEIJING");
        assertThat(a.dateline().get().date()).contains("April 24");
        assertThat(a.body()).hasSize(8);
        assertThat(a.text().substring(a.dateline().get().end())).startsWith("Senior Communist Party of China");
    }

    @Test
    void paragraphOffsetsPointIntoTheText() throws Exception {
        Article a = reader.read(Fixtures.SEED);
        for (Paragraph p : a.body())
            assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text());
    }

    @Test
    void datelineStylesOfTheGenre() throws Exception {
        assertThat(dateline("HAVANA, May 3 -- Text of the report goes on here.")).isEqualTo("HAVANA|May 3");
        assertThat(dateline("Beijing, November 29th\u2014Qian met here today with a delegation.")).isEqualTo("Beijing|November 29th");
        assertThat(dateline("BELGRADE  -- A delegation held talks on Monday here.")).isEqualTo("BELGRADE|");
        assertThat(dateline("PHNOM PENH, June 13 (Xinhua) -- China treasured its friendship.")).isEqualTo("PHNOM PENH|June 13");
        assertThat(dateline("SHANGHAI, Nov. 22, 2023 (Xinhua) -- Wang delivered a speech there.")).isEqualTo("SHANGHAI|Nov. 22, 2023");
        assertThat(dateline("UNITED NATIONS, May 3 (People's Daily Online) -- The envoy spoke at the meeting.")).isEqualTo("UNITED NATIONS|May 3");
        assertThat(dateline("DAR ES SALAAM, Jan. 9 (Xinhua/AFP)\u2014The two sides met on Tuesday.")).isEqualTo("DAR ES SALAAM|Jan. 9");
    }

    private String dateline(String paragraph) throws ArticleException {
        Article a = reader.parse("x", "Headline\n\n" + paragraph + "\n");
        Article.Dateline d = a.dateline().orElseThrow();
        return d.place().orElse("") + "|" + d.date().orElse("");
    }

    @Test
    void aReportWithoutDatelineIsStillAnArticle() throws Exception {
        Article a = reader.read(Fixtures.testing("no-dateline.txt"));
        assertThat(a.dateline()).isEmpty();
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void windowsLineEndsAreRead() throws Exception {
        Article a = reader.parse("x", "Headline\r\n\r\nBEIJING, May 1 (Xinhua) -- A first sentence of the report.\r\n");
        assertThat(a.dateline()).isPresent();
    }

    @Test
    void badInputIsRefusedWithAReason(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.testing("blank.txt"))).hasMessage("is empty");
        assertThatThrownBy(() -> reader.read(Fixtures.testing("headline-only.txt"))).hasMessageContaining("not an article");
        assertThatThrownBy(() -> reader.read(Fixtures.testing("no-sentence.txt"))).hasMessageContaining("no sentence");
        assertThatThrownBy(() -> reader.read(Fixtures.testing("invalid-utf8.txt")))
                .hasMessage("is not valid UTF-8 (bad byte at offset 38)");
        assertThatThrownBy(() -> reader.read(Fixtures.testing("binary.bin"))).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt"))).hasMessage("no such file");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("directory");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> reader.read(empty)).hasMessage("is empty");
    }

    @Test
    void htmlPagesHugeFilesAndLinkLoopsAreRefused(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html>\n<html><head><title>Talks</title></head>"
                + "<body><p>BEIJING, May 1 (Xinhua) -- Xi met with a guest.</p></body></html>\n");
        assertThatThrownBy(() -> reader.read(html)).hasMessageContaining("HTML page");

        Path huge = dir.resolve("huge.txt");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(huge)).hasMessageContaining("52428800 bytes");

        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> reader.read(a)).hasMessageContaining("symbolic link");
    }
}
