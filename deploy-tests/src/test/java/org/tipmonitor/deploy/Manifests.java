package org.tipmonitor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The committed deploy/kubernetes/ as parsed YAML documents. */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("tip.root", "..")).toAbsolutePath().normalize();
    static final Path RENDERED = ROOT.resolve("deploy/kubernetes");
    static final String VERSION = System.getProperty("tip.version", "1.0.0-SNAPSHOT");

    private Manifests() {
    }

    /** Every document of one YAML file (empty documents skipped). */
    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> it = Render.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The manifests of the four workloads, as the services' builds generated them. */
    static List<JsonNode> workloadManifests() {
        List<JsonNode> all = new ArrayList<>();
        for (String module : Render.MODULES) {
            all.addAll(documents(RENDERED.resolve(module).resolve("kubernetes.yml")));
        }
        return all;
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static List<JsonNode> platform(String file) {
        return documents(RENDERED.resolve("platform").resolve(file));
    }

    /** Every file under deploy/kubernetes/ (manifests, chart, platform, scripts, README). */
    static List<Path> allFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
