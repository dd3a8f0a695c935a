package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.Reports;

/**
 * 1,000 mangled inputs through the whole read-extract-validate-store path, from a seeded generator so that a
 * failure can be replayed: truncations, byte flips, shuffled paragraphs, random Unicode, extreme lengths.
 * No exception may escape, no input may hang, and nothing that breaks the shapes may be stored.
 */
class FuzzLoadTest {
    private static final long SEED = 20261130L;
    private static final int INPUTS = 1000;

    @TempDir
    Path dir;

    @Test
    void manglededInputsNeverEscapeHangOrStoreAnInvalidGraph() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> bases = new ArrayList<>();
        bases.add(Files.readAllBytes(Fixtures.SEED));
        for (int i = 0; i < 4; i++)
            bases.add(Reports.report(i).getBytes(StandardCharsets.UTF_8));
        for (String f : List.of("delegation.txt", "second-host.txt", "two-delegations.txt"))
            bases.add(Files.readAllBytes(Fixtures.testing(f)));

        int loaded = 0;
        int refused = 0;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            for (int n = 0; n < INPUTS; n++) {
                byte[] input = mangle(bases.get(random.nextInt(bases.size())), random);
                Path file = Files.write(dir.resolve("fuzz-%04d.txt".formatted(n)), input);
                ArticleLoader.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loader.load(file),
                        "input " + n + " of seed " + SEED + " took too long");
                if (outcome instanceof ArticleLoader.Failed f) {
                    assertThat(f.reason()).as("input %d of seed %d", n, SEED)
                            .doesNotStartWith("internal error").doesNotContain("SHACL");
                    refused++;
                } else {
                    loaded++;
                }
                Files.delete(file);
            }
            assertThat(store.articleCount()).isEqualTo(loaded);
        }
        assertThat(loaded + refused).isEqualTo(INPUTS);
        assertThat(loaded).as("most mangled reports are still reports").isGreaterThan(INPUTS / 4);
        assertThat(refused).as("some mangled inputs are no reports").isGreaterThan(INPUTS / 20);
    }

    private static byte[] mangle(byte[] base, Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> Arrays.copyOf(base, r.nextInt(base.length + 1));                     // truncated
            case 1 -> flip(base, r, 1 + r.nextInt(20));                                    // byte flips
            case 2 -> shuffleParagraphs(base, r);
            case 3 -> insertUnicode(base, r);
            case 4 -> repeat(base, 20 + r.nextInt(100));                                   // long
            case 5 -> randomBytes(r, r.nextInt(3) == 0 ? r.nextInt(4) : r.nextInt(5000)); // noise, or almost nothing
            default -> flip(shuffleParagraphs(insertUnicode(base, r), r), r, r.nextInt(3));
        };
    }

    private static byte[] flip(byte[] base, Random r, int times) {
        byte[] out = base.clone();
        for (int i = 0; i < times && out.length > 0; i++)
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        return out;
    }

    private static byte[] shuffleParagraphs(byte[] base, Random r) {
        List<String> paragraphs = new ArrayList<>(List.of(new String(base, StandardCharsets.UTF_8).split("\n\n")));
        Collections.shuffle(paragraphs, r);
        return String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
    }

    private static final int[] ODD_CODE_POINTS = {0x202E, 0x200B, 0xFEFF, 0x0301, 0x1F600, 0x4E60, 0x0627, 0x00A0, 0x2019,
            0x10FFFF, 0xFFFD, 0x0085, 0x2028};

    private static byte[] insertUnicode(byte[] base, Random r) {
        StringBuilder b = new StringBuilder(new String(base, StandardCharsets.UTF_8));
        for (int i = 0; i < 1 + r.nextInt(40); i++) {
            int cp = r.nextBoolean() ? ODD_CODE_POINTS[r.nextInt(ODD_CODE_POINTS.length)] : 0x20 + r.nextInt(0x3000);
            if (Character.isSurrogate((char) cp))
                continue;
            b.insert(r.nextInt(b.length() + 1), Character.toChars(cp));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(byte[] base, int times) {
        String text = new String(base, StandardCharsets.UTF_8);
        int split = text.indexOf("\n\n");
        String body = split < 0 ? text : text.substring(split);
        return (text.substring(0, Math.max(0, split)) + body.repeat(times)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] out = new byte[n];
        r.nextBytes(out);
        return out;
    }
}
