package jp.kenpo.faq.ops;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad setting stops the packaged service at start-up with a message that names the key, so an operator knows
 * what to fix without reading a stack trace.
 */
class ConfigurationIT {

    private static final Path JAR = Path.of("target", "kenpo-faq-runner.jar");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kenpo.matching.answer-threshold  | 1.5        | kenpo.matching.answer-threshold
            kenpo.matching.reject-threshold  | 0.9        | kenpo.matching.reject-threshold
            kenpo.line.workers               | 0          | kenpo.line.workers
            kenpo.agent.login-path           | agent      | kenpo.agent.login-path
            kenpo.corpus.directory           | /no/such/x | kenpo.corpus.directory
            """)
    void aBadSettingStopsStartUpNamingItsKey(String key, String value, String named) throws Exception {
        Process process = start("-D" + key + "=" + value);
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the service must refuse to start");
        assertNotEquals(0, process.exitValue());
        assertThat(output, containsString(named));
    }

    private static Process start(String setting) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(setting);
        command.add("-Dquarkus.http.port=0");
        command.add("-jar");
        command.add(JAR.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
