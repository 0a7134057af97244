package com.calltriage;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.CardCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each overlay of deploy/kubernetes renders, every object it renders is valid against the Kubernetes schemas
 * (kubernetes-models, Kubernetes 1.33), and it deploys what production needs: several non-root replicas on a
 * read-only file system, probed on the bot's port, reached over TLS on the webhooks only, with Secrets left to the
 * operator. Rendered offline by tools/deploycheck.
 */
class DeploymentManifestsTest {
    private static final Path DEPLOYCHECK = Path.of("tools", "deploycheck");
    private static final Path OVERLAYS = Path.of("deploy", "kubernetes", "overlays");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayRendersObjectsValidAgainstTheKubernetesSchema(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);

        assertThat(objects).extracting(o -> o.path("kind").asText()).containsExactlyInAnyOrder("ConfigMap",
                "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
        assertThat(objects).extracting(o -> o.at("/metadata/namespace").asText()).doesNotContain("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDeploymentRunsSeveralLockedDownReplicasProbedOnTheBotsPort(String overlay) throws Exception {
        JsonNode deployment = only(render(overlay), "Deployment");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/livez");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/readyz");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(3978);
        assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(container.path("image").asText()).matches("[^:]+:[^:]+");
        assertThat(only(render(overlay), "ConfigMap").at("/data/SPRING_PROFILES_ACTIVE").asText()).isEqualTo("prod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsAreReferencedByNameAndNeverCommitted(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<String> secrets = StreamSupport.stream(only(objects, "Deployment")
                        .at("/spec/template/spec/containers/0/env").spliterator(), false)
                .map(variable -> variable.at("/valueFrom/secretKeyRef/name").asText()).distinct().toList();

        assertThat(objects).extracting(o -> o.path("kind").asText()).doesNotContain("Secret");
        assertThat(secrets).containsExactlyInAnyOrder("calltriage-bot", "calltriage-store", "calltriage-graph");
        assertThat(only(objects, "Deployment").at("/spec/template/spec/containers/0/env").toString())
                .doesNotContain("\"value\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheWebhooksFaceTheInternetOverTls(String overlay) throws Exception {
        JsonNode ingress = only(render(overlay), "Ingress");
        String host = ingress.at("/spec/rules/0/host").asText();

        assertThat(ingress.at("/spec/tls/0/hosts").toString()).contains(host);
        assertThat(ingress.at("/spec/rules/0/http/paths").findValuesAsText("path"))
                .containsExactlyInAnyOrder("/api/messages", "/api/graph");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void scalingNeverGoesBelowTwoAndADrainKeepsOneAnswering(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);

        assertThat(only(objects, "HorizontalPodAutoscaler").at("/spec/minReplicas").asInt())
                .isGreaterThanOrEqualTo(2);
        assertThat(only(objects, "PodDisruptionBudget").at("/spec/minAvailable").asInt()).isEqualTo(1);
    }

    private static List<JsonNode> render(String overlay) throws Exception {
        Path directory = OVERLAYS.resolve(overlay);
        assertThat(Files.isDirectory(directory)).isTrue();
        CardCheck.Run run = CardCheck.node(DEPLOYCHECK, "kustomize.js", directory.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        String json = run.output().substring(run.output().indexOf('['));
        return StreamSupport.stream(new ObjectMapper().readTree(json).spliterator(), false).toList();
    }

    private static JsonNode only(List<JsonNode> objects, String kind) {
        List<JsonNode> ofKind = objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
        assertThat(ofKind).as(kind).hasSize(1);
        return ofKind.get(0);
    }
}
