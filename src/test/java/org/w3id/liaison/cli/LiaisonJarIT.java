package org.w3id.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;

/**
 * The shaded jar itself, as a user runs it: a fat jar whose META-INF/services files were not merged would
 * start with Jena uninitialised, so this runs {@code java -jar target/liaison.jar} for real.
 */
class LiaisonJarIT {
    @TempDir
    Path dir;

    private static final Path JAR = Path.of(System.getProperty("liaison.jar", "target/liaison.jar"));

    private Process java(String... args) throws IOException {
        String[] cmd = new String[args.length + 3];
        cmd[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        cmd[1] = "-jar";
        cmd[2] = JAR.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile()).start();
    }

    @Test
    void theJarLoadsAndServes() throws Exception {
        Process load = java("load", "--db", dir.resolve("db").toString(), Fixtures.SEED.toString());
        assertThat(load.waitFor()).as(Files.readString(dir.resolve("err.log"))).isZero();

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = java("serve", "--db", dir.resolve("db").toString(), "--port", Integer.toString(port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/liaison/ontology#Meeting> }",
                    StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kg/sparql?query=" + query))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(5)).build();
            String body = null;
            for (int i = 0; i < 120 && body == null; i++) {
                try {
                    body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException notYet) {
                    assertThat(serve.isAlive()).as(Files.readString(dir.resolve("err.log"))).isTrue();
                    Thread.sleep(250);
                }
            }
            assertThat(body).isNotNull();
            assertThat(body.lines()).containsExactly("n", "1");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsNamedAsSuch() throws Exception {
        Path db = dir.resolve("db");
        assertThat(java("load", "--db", db.toString(), Fixtures.SEED.toString()).waitFor()).isZero();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = java("serve", "--db", db.toString(), "--port", Integer.toString(port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 120; i++) {
                try {
                    http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    JAR.toString(), "load", "--db", db.toString(), Fixtures.SEED.toString())
                    .redirectError(dir.resolve("locked.log").toFile()).start();
            assertThat(load.waitFor()).isEqualTo(2);
            assertThat(Files.readString(dir.resolve("locked.log"))).startsWith("liaison: database " + db + " is in use by another process");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void aDatabaseFolderThatCannotBeMadeIsNamedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Process load = java("load", "--db", file.resolve("db").toString(), Fixtures.SEED.toString());
        assertThat(load.waitFor()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("err.log"))).startsWith("liaison: cannot create database folder " + file.resolve("db"));
    }

    /**
     * Runs the jar on files copied into a folder everyone may enter, as the unprivileged user nobody when the
     * tests run as root (as CI does): root reads and writes every file whatever its permissions.
     */
    private Process unprivileged(Path work, Path log, String... args) throws Exception {
        Path jar = Files.copy(JAR, work.resolve("liaison.jar"));
        Files.setPosixFilePermissions(jar, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        for (Path p : new Path[] {dir, work})
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        java.util.List<String> cmd = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name")))
            cmd.addAll(java.util.List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--reset-env"));
        cmd.addAll(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(java.util.List.of(args));
        return new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    }

    private static Path readableCopy(Path from, Path to) throws Exception {
        Files.copy(from, to);
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        return to;
    }

    @Test
    void anUnreadableFileIsNamedAndTheRestStillLoads() throws Exception {
        Path work = Files.createDirectories(dir.resolve("shared"));
        Path readable = readableCopy(Fixtures.SEED, work.resolve("readable.txt"));
        Path locked = Files.copy(Fixtures.SEED, work.resolve("locked.txt"));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        Path log = dir.resolve("perm.log");
        Process load = unprivileged(work, log, "load", "--db", work.resolve("db").toString(), readable.toString(), locked.toString());
        assertThat(load.waitFor()).as(Files.readString(log)).isEqualTo(1);
        assertThat(Files.readString(log)).contains("liaison: " + locked + ": cannot be read (permission denied)")
                .contains("loaded 1 of 2 articles");
    }

    @Test
    void anUnwritableDatabaseFolderIsNamedAsSuch() throws Exception {
        Path work = Files.createDirectories(dir.resolve("shared"));
        Path article = readableCopy(Fixtures.SEED, work.resolve("article.txt"));
        Path db = Files.createDirectories(work.resolve("db"));
        Files.setPosixFilePermissions(db, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        Path log = dir.resolve("unwritable.log");
        Process load = unprivileged(work, log, "load", "--db", db.toString(), article.toString());
        assertThat(load.waitFor()).isEqualTo(2);
        assertThat(Files.readString(log)).isEqualTo("liaison: database folder " + db + " is not writable" + System.lineSeparator());
    }
}
