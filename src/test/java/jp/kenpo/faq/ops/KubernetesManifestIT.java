package jp.kenpo.faq.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests the Quarkus Kubernetes extension writes at package time: several replicas, probes on the
 * health endpoints, secrets from a Kubernetes Secret and none baked in.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.json");
    private static String text;
    private static JsonNode deployment;
    private static JsonNode container;
    private static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(MANIFEST);
        JsonNode root = new ObjectMapper().readTree(text);
        resources = new ArrayList<>();
        (root.has("items") ? root.get("items") : root).forEach(resources::add);
        deployment = resources.stream()
                .filter(r -> "Deployment".equals(r.path("kind").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment in " + MANIFEST));
        container = deployment.at("/spec/template/spec/containers/0");
        assertTrue(
                resources.stream().anyMatch(r -> "Service".equals(r.path("kind").asText())), "a Service");
    }

    @Test
    void runsSeveralReplicas() {
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
    }

    @Test
    void probesUseTheHealthEndpoints() {
        assertEquals(
                "/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(
                "/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(
                "/q/health/started", container.at("/startupProbe/httpGet/path").asText());
    }

    @Test
    void secretsComeFromAKubernetesSecretAndNoneAreBakedIn() {
        assertEquals("kenpo-faq", container.at("/envFrom/0/secretRef/name").asText());
        for (String secret : List.of("test-channel-secret", "test-access-token", "ENCRYPTION_KEY", "CHANNEL_SECRET")) {
            assertFalse(text.contains(secret), secret + " must not be in the manifest");
        }
    }

    @Test
    void memoryIsBoundedAndMetricsAreScraped() {
        assertFalse(container.at("/resources/limits/memory").isMissingNode());
        assertEquals(
                "/q/metrics",
                deployment
                        .at("/spec/template/metadata/annotations/prometheus.io~1path")
                        .asText());
    }

    /** A Deployment's selector is immutable: with the version in it, the next release could not be applied. */
    @Test
    void noSelectorNamesTheVersion() {
        for (JsonNode resource : resources) {
            JsonNode selector = resource.path("spec").path("selector");
            assertFalse(selector.toString().contains("app.kubernetes.io/version"), resource.path("kind") + " selector");
        }
    }

    @Test
    void theSameBuildWritesTheSameManifest() {
        assertFalse(text.contains("build-timestamp"), "no build timestamp annotation");
    }

    @Test
    void runsUnprivilegedOnAReadOnlyRootFilesystem() {
        JsonNode pod = deployment.at("/spec/template/spec/securityContext");
        assertTrue(pod.path("runAsNonRoot").asBoolean(), "runAsNonRoot");
        JsonNode own = container.path("securityContext");
        assertTrue(own.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem");
        assertFalse(own.path("allowPrivilegeEscalation").asBoolean(true), "allowPrivilegeEscalation");
        assertEquals("/tmp", container.at("/volumeMounts/0/mountPath").asText());
    }

    @Test
    void aDisruptionBudgetKeepsOneReplica() {
        JsonNode budget = resources.stream()
                .filter(r -> "PodDisruptionBudget".equals(r.path("kind").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no PodDisruptionBudget"));
        assertEquals(1, budget.at("/spec/minAvailable").asInt());
        assertEquals(
                "kenpo-faq",
                budget.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
    }

    /**
     * Nothing an operator cannot apply again: a Job is immutable under its name, so a generated migration Job would make
     * the next apply with a new image fail; each replica migrates the schema itself instead.
     */
    @Test
    void noJobAndNoInitContainerToApplyAgain() {
        assertTrue(resources.stream().noneMatch(r -> "Job".equals(r.path("kind").asText())), "no Job in the manifest");
        assertTrue(deployment.at("/spec/template/spec/initContainers").isMissingNode()
                || deployment.at("/spec/template/spec/initContainers").isEmpty());
    }
}
