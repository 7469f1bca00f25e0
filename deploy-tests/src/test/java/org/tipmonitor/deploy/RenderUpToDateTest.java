package org.tipmonitor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed deploy/kubernetes/ is what deploy/kubernetes/render.sh renders from this build: rendered again into
 * target/ and compared file by file. Fails after a change to a service's Kubernetes settings or to the realm file
 * that was not rendered (run deploy/kubernetes/render.sh and commit).
 */
class RenderUpToDateTest {

    static final Path OUT = Path.of("target/rendered").toAbsolutePath();

    @Test
    void the_operator_resources_are_rendered_from_the_current_realm_file() throws Exception {
        Render.deleteTree(OUT);
        Render.renderPlatform(Manifests.ROOT, OUT);
        assertSameFiles(OUT.resolve("platform"), Manifests.RENDERED.resolve("platform"));
    }

    @Test
    void the_manifests_and_charts_are_the_ones_the_services_build_writes() throws Exception {
        // In `mvn verify` the services are packaged before this module (its pom dependencies on them).
        Assumptions.assumeTrue(Render.MODULES.stream().allMatch(m -> Files.isRegularFile(
                        Manifests.ROOT.resolve(m).resolve("target/kubernetes/kubernetes.yml"))),
                "the services' builds have not run: mvn verify -pl deploy-tests -am");
        Path out = OUT.resolve("build");
        Render.deleteTree(out);
        Render.renderBuildOutput(Manifests.ROOT, out);
        for (String module : Render.MODULES) {
            assertSameFiles(out.resolve(module), Manifests.RENDERED.resolve(module));
        }
        assertSameFiles(out.resolve("helm"), Manifests.RENDERED.resolve("helm"));
    }

    static void assertSameFiles(Path rendered, Path committed) {
        List<Path> renderedFiles = Manifests.allFiles(rendered).stream().map(rendered::relativize).toList();
        List<Path> committedFiles = Manifests.allFiles(committed).stream().map(committed::relativize).toList();
        assertThat(committedFiles).as("files in " + committed + " (run deploy/kubernetes/render.sh)").isEqualTo(renderedFiles);
        for (Path file : renderedFiles) {
            String expected = Manifests.read(rendered.resolve(file));
            String actual = Manifests.read(committed.resolve(file));
            if (file.toString().contains("templates")) {
                // quarkus-helm writes a template's lines (labels, env vars) in an order that varies from build to
                // build, and a Go template cannot be parsed as YAML to put it in order: the same lines are enough.
                assertThat(actual.lines().sorted().toList()).as(committed.resolve(file) + " (run deploy/kubernetes/render.sh)")
                        .isEqualTo(expected.lines().sorted().toList());
            } else {
                assertThat(actual).as(committed.resolve(file) + " (run deploy/kubernetes/render.sh)").isEqualTo(expected);
            }
        }
    }
}
