package jp.kenpo.faq.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server left running in the data directory by an earlier run does not keep the next run from starting. */
class EmbeddedServerTest {

    @TempDir
    Path data;

    @Test
    void aServerLeftOverByAnEarlierRunIsStoppedAndANewOneStarts() throws Exception {
        // an initialised data directory, and the server binaries zonky unpacked
        String postgres;
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()) {
            long pid = Long.parseLong(
                    Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            postgres = ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow();
        }
        // the earlier run is gone, its server is not: started as zonky starts it, and left running
        Process leftOver = new ProcessBuilder(
                        "unshare", "-U", postgres, "-D", data.toString(), "-p", String.valueOf(freePort()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.exists(data.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long leftOverPid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertTrue(ProcessHandle.of(leftOverPid).map(ProcessHandle::isAlive).orElse(false), "precondition");

        int port = freePort();
        try (EmbeddedServer server = EmbeddedServer.start(data, port);
                Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
            assertTrue(connection.isValid(5));
            assertFalse(
                    ProcessHandle.of(leftOverPid).map(ProcessHandle::isAlive).orElse(false));
        } finally {
            leftOver.destroyForcibly();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
