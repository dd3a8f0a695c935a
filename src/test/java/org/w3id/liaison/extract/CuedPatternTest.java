package org.w3id.liaison.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.liaison.Fixtures;

class CuedPatternTest {
    private static final String MEETING = "\\b(?:(?:had\\s+)?met|held\\s+(?:the\\s+)?talks|[Ii]n\\s+(?:his\\s+)?meeting|co-chaired)\\b";
    private static final String PARTY = "((?:\\p{Lu}[\\p{L}'\\-]*\\s+){0,5})Party\\b(?!')(\\s+of\\s+\\p{Lu}\\p{L}+)?";
    private static final String SENTENCE_END = "[.!?][\"')]?\\s+(?=[\\p{Lu}\"(\\d])";

    @Test
    void aPatternStartingWithWordsIsTriedWhereTheyStart() {
        CuedPattern met = CuedPattern.startingWith(MEETING, "had", "met", "held", "in", "co");
        CuedPattern.Scan s = met.scan("In his meeting with Cai Qi, who co-chaired it, Morales said they had met.");
        assertThat(s.find()).isTrue();
        assertThat(s.group()).isEqualTo("In his meeting");
        assertThat(s.find()).isTrue();
        assertThat(s.group()).isEqualTo("co-chaired");
        assertThat(s.find()).isTrue();
        assertThat(s.group()).isEqualTo("had met");
        assertThat(s.find()).isFalse();
        // "\b" still sees the text before the place tried: "helmet" holds no "met"
        assertThat(met.in("a helmet")).isFalse();
    }

    @Test
    void aPatternHoldingALiteralIsSearchedFromTheNamesBeforeIt() {
        CuedPattern party = CuedPattern.holding(PARTY, "Party");
        CuedPattern.Scan s = party.scan("Leaders of the Communist Party of Cuba and the Lao People's Revolutionary Party met.");
        assertThat(s.find()).isTrue();
        assertThat(s.group()).isEqualTo("Communist Party of Cuba");
        assertThat(s.find()).isTrue();
        assertThat(s.group(1)).isEqualTo("Lao People's Revolutionary ");
        assertThat(s.find()).isFalse();
        // a match starts at a capital, in a word too; an occurrence that fails ("Party's") passes to the next
        assertThat(party.scan("the xYz Party").find()).isTrue();
        CuedPattern.Scan next = party.scan("the Party's own Workers Party");
        assertThat(next.find()).isTrue();
        assertThat(next.group()).isEqualTo("Workers Party");
    }

    @Test
    void aPatternStartingWithCharactersIsTriedAtThem() {
        CuedPattern.Scan s = CuedPattern.startingWithOneOf(SENTENCE_END, ".!?").scan("They met. Then? 2024 began.");
        assertThat(s.find()).isTrue();
        assertThat(s.start()).isEqualTo(8);
        assertThat(s.find()).isTrue();
        assertThat(s.start()).isEqualTo(14);
        assertThat(s.find()).isFalse();
    }

    /** On every test report, the same matches as the pattern's own search over the whole text. */
    @Test
    void aPatternEndingWithAWordIsTriedOnlyOnTextsEndingWithIt() {
        Pattern ledBy = Pattern.compile("\\b(?:led|headed)\\s+by\\s+$|\\bmessage\\s+to\\s+$");
        Pattern guestLink = Pattern.compile("(?s).*\\b(?:with|and)(?:\\s+(?:his|their))?$");
        List<String> texts = List.of("a delegation led by ", "headed by\n", "led by \u2028", "led by\r\n",
                "a message to  ", "led by X", "standby ", "talks with", "met with\u0085", "X and", "met with his",
                "with their\r\n", "with them", "band", "");
        for (String text : texts) {
            // never false where the pattern matches: the words and $ are all it looks at
            if (ledBy.matcher(text).find())
                assertThat(CuedPattern.endsWithOneOf(text, "by", "to")).as(text).isTrue();
            if (guestLink.matcher(text).matches())
                assertThat(CuedPattern.endsWithOneOf(text, "with", "and", "his", "their")).as(text).isTrue();
        }
        assertThat(CuedPattern.endsWithOneOf("led by \u2028", "by")).isTrue();
        assertThat(CuedPattern.endsWithOneOf("led by X", "by", "to")).isFalse();
        assertThat(CuedPattern.endsWithOneOf("with them", "with")).isFalse();
        assertThat(CuedPattern.endsWithOneOf("", "with")).isFalse();
    }

    @Test
    void findsWhatThePatternFindsOnReports() throws IOException {
        List<CuedPattern> cued = List.of(CuedPattern.startingWith(MEETING, "had", "met", "held", "in", "co"),
                CuedPattern.holding(PARTY, "Party"), CuedPattern.startingWithOneOf(SENTENCE_END, ".!?"));
        List<String> regexes = List.of(MEETING, PARTY, SENTENCE_END);
        List<String> texts = reports();
        assertThat(texts).hasSizeGreaterThan(20);
        int matches = 0;
        for (String text : texts) {
            for (int k = 0; k < cued.size(); k++) {
                List<String> expected = new ArrayList<>();
                Matcher m = Pattern.compile(regexes.get(k)).matcher(text);
                while (m.find())
                    expected.add(m.start() + ":" + m.group());
                List<String> actual = new ArrayList<>();
                CuedPattern.Scan s = cued.get(k).scan(text);
                while (s.find())
                    actual.add(s.start() + ":" + s.group());
                assertThat(actual).isEqualTo(expected);
                matches += actual.size();
            }
        }
        assertThat(matches).isGreaterThan(50);
    }

    private static List<String> reports() throws IOException {
        List<String> out = new ArrayList<>();
        out.add(Files.readString(Fixtures.SEED, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(Fixtures.testing(""))) {
            // bad input among them too: malformed bytes decode to replacement characters
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
        return out;
    }
}
