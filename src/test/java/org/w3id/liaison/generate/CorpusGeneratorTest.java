package org.w3id.liaison.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.ArticleFacts;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.store.ArticleLoader;

class CorpusGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameReports() throws Exception {
        new CorpusGenerator(ReferenceData.load(), 42).write(dir.resolve("a"), 50);
        new CorpusGenerator(ReferenceData.load(), 42).write(dir.resolve("b"), 50);
        new CorpusGenerator(ReferenceData.load(), 43).write(dir.resolve("c"), 50);
        for (int i = 1; i <= 50; i++) {
            String name = "report-%06d.txt".formatted(i);
            assertThat(Files.readString(dir.resolve("a").resolve(name))).isEqualTo(Files.readString(dir.resolve("b").resolve(name)));
        }
        assertThat(Files.readString(dir.resolve("a").resolve("report-000001.txt")))
                .isNotEqualTo(Files.readString(dir.resolve("c").resolve("report-000001.txt")));
    }

    @Test
    void reportsOfTheGenreWithAFewOfficialsInManyOfThem() throws Exception {
        new CorpusGenerator(ReferenceData.load(), 7).write(dir, 400);
        Extractor extractor = new Extractor(ReferenceData.load());
        Map<String, Integer> reportsOf = new HashMap<>();
        Map<String, java.util.Set<String>> countriesOf = new HashMap<>();
        int withMeeting = 0;
        List<Path> files = ArticleLoader.articleFiles(List.of(dir));
        for (Path f : files) {
            ArticleFacts facts = extractor.extract(new ArticleReader().read(f));
            facts.persons().forEach(p -> reportsOf.merge(p.name(), 1, Integer::sum));
            facts.persons().forEach(p -> p.country().ifPresent(c -> countriesOf.computeIfAbsent(p.name(), k -> new java.util.HashSet<>()).add(c)));
            if (!facts.meetings().isEmpty())
                withMeeting++;
        }
        assertThat(files).hasSize(400);
        assertThat(withMeeting).as("most reports hold a meeting, some none").isBetween(200, 390);
        int busiest = reportsOf.values().stream().max(Integer::compare).orElse(0);
        long once = reportsOf.values().stream().filter(n -> n == 1).count();
        assertThat(busiest).as("a few officials in many reports").isGreaterThan(20);
        assertThat(once).as("most in few").isGreaterThan(reportsOf.size() / 3);
        // a name stands for one person: the generator does not make namesakes who serve different countries
        assertThat(countriesOf).allSatisfy((name, countries) -> assertThat(countries).as(name).hasSize(1));
    }
}
