package org.w3id.liaison.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Reports;

/** The timeline harness on a few made-up reports (through {@code liaison.dev}), and what it says of bad input. */
class ExtractionTimelineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty("liaison.dev");
    }

    private int run(Path reports, String... args) {
        System.setProperty("liaison.dev", reports.toString());
        return ExtractionTimeline.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }

    @Test
    void printsEachWindowAndTheSpread() throws Exception {
        Reports.write(dir, 3);
        assertThat(run(dir, "dev", "0", "2", "1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("window   1: extract +[\\d,]+/s  riot +[\\d,]+/s  ratio \\d+\\.\\d\\d")
                .containsPattern("window   2: ")
                .containsPattern("dev, 2 windows of 1 s: extract [\\d,]+ \\([\\d,]+–[\\d,]+\\)/s, riot .*, ratio ");
        assertThat(errLines()).isEmpty();
    }

    @Test
    void argumentsItCannotUseGetTheUsageLine() {
        for (String[] args : new String[][] {{"dev", "30", "x", "2"}, {"nope", "30", "30", "2"}, {"dev", "30", "0", "2"}, {"dev"}}) {
            err.reset();
            assertThat(run(dir, args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(errLines()).as(String.join(" ", args)).singleElement().asString().startsWith("usage: ExtractionTimeline");
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingOrEmptyFolderIsNamed() throws Exception {
        Path missing = dir.resolve("missing");
        assertThat(run(missing, "dev", "0", "1", "1")).isEqualTo(2);
        assertThat(errLines()).containsExactly("ExtractionTimeline: " + missing + " is not a folder of reports");

        err.reset();
        assertThat(run(dir, "dev", "0", "1", "1")).isEqualTo(2);
        assertThat(errLines()).containsExactly("ExtractionTimeline: no reports in " + dir);
    }

    @Test
    void anEmptyOrBinaryReportIsNamedWithTheReason() throws Exception {
        Reports.write(dir, 2);
        Path empty = Files.writeString(dir.resolve("report-00001.txt"), "");
        assertThat(run(dir, "dev", "0", "1", "1")).isEqualTo(2);
        assertThat(errLines()).containsExactly("ExtractionTimeline: " + empty + ": is empty");

        err.reset();
        Path binary = Files.write(dir.resolve("report-00001.txt"), new byte[] {'A', 0, 1, 2, '\n', '\n', 'B'});
        assertThat(run(dir, "dev", "0", "1", "1")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .startsWith("ExtractionTimeline: " + binary + ": holds control character U+0000");
        assertThat(out.size()).isZero();
    }
}
