package org.w3id.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.store.KnowledgeStore;

class LoadCommandTest {
    @TempDir
    Path dir;

    /** Runs the command line, returning its exit code and what it wrote to stderr. */
    private record Run(int code, String err) {}

    private Run liaison(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Liaison.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void everyBadFileGetsOneLineAndTheRestStillLoads() throws Exception {
        Path db = dir.resolve("db");
        Run run = liaison("load", "--db", db.toString(), Fixtures.testing("blank.txt").toString(),
                Fixtures.SEED.toString(), dir.resolve("missing.txt").toString(), Fixtures.testing("binary.bin").toString(),
                Fixtures.testing("no-sentence.txt").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("liaison: "))).containsExactly(
                "liaison: " + Fixtures.testing("blank.txt") + ": is empty",
                "liaison: " + dir.resolve("missing.txt") + ": no such file",
                "liaison: " + Fixtures.testing("binary.bin") + ": holds control character U+0000 at character 6: binary, not text",
                "liaison: " + Fixtures.testing("no-sentence.txt") + ": has no sentence after its headline: not an article");
        assertThat(run.err()).contains("loaded 1 of 5 articles").contains("4 failed");
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aBatchOfNoArticlesIsRefused() {
        Run run = liaison("load", "--batch", "0", "--db", dir.resolve("db").toString(), "data");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--batch must be at least 1");
    }

    @Test
    void aCleanLoadExitsZero() {
        Run run = liaison("load", "--db", dir.resolve("db").toString(), "data");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("loaded 1 of 1 articles").contains("0 failed");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"load", "serve", "extract"}) {
            PrintStream saved = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                assertThat(Liaison.run(command, "--help")).isZero();
            } finally {
                System.setOut(saved);
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: liaison " + command);
        }
    }

    @Test
    void servingAMissingDatabaseSaysSo() {
        Run run = liaison("serve", "--db", dir.resolve("nothing").toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("liaison: no database at ");
    }

    @Test
    void aNegativeCacheSizeSaysSo() {
        Run run = liaison("serve", "--db", dir.toString(), "--port", "0", "--cache-mb", "-1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("liaison: --cache-mb must be 0 or more, not -1" + System.lineSeparator());
    }

    @Test
    void aPortInUseSaysSo() throws Exception {
        liaison("load", "--db", dir.resolve("db").toString(), Fixtures.SEED.toString());
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Run run = liaison("serve", "--db", dir.resolve("db").toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("liaison: port " + taken.getLocalPort() + " is already in use" + System.lineSeparator());
        }
    }

    @Test
    void aFolderOfThousandsOfFilesIsLoadedAndCounted() throws Exception {
        Path folder = dir.resolve("many");
        org.w3id.liaison.Reports.write(folder, 20);
        for (int i = 0; i < 3000; i++)
            java.nio.file.Files.writeString(folder.resolve("junk-%04d.txt".formatted(i)), i % 2 == 0 ? "" : "x");
        Run run = liaison("load", "--db", dir.resolve("db").toString(), folder.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("loaded 20 of 3020 articles").contains("3000 failed");
        assertThat(run.err().lines().filter(l -> l.startsWith("liaison: "))).hasSize(3000);
    }
}
