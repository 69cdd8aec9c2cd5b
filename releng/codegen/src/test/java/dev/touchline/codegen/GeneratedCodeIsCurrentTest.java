package dev.touchline.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails when the committed generated code no longer matches what EMF generates from the Ecore:
 * someone changed {@code touchline.ecore} (or hand-edited {@code src-gen}) without regenerating.
 */
class GeneratedCodeIsCurrentTest {

    private static final Path ROOT = Path.of(System.getProperty("touchline.root", "../..")).toAbsolutePath().normalize();

    @Test
    void committedGeneratedCodeMatchesTheEcore() throws IOException {
        Path scratch = Files.createTempDirectory("touchline-codegen-check");
        try {
            TouchlineGenerator.generate(ROOT, scratch);
            List<String> differences = new ArrayList<>();
            for (GeneratedArea area : GeneratedArea.ALL) {
                compare(scratch.resolve(area.path()), ROOT.resolve(area.path()), area.path(), differences);
            }
            if (!differences.isEmpty()) {
                fail("Generated code is out of date with touchline.ecore (" + differences.size()
                        + " files differ). Run: ./mvnw -pl releng/codegen compile exec:java\n  "
                        + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
            }
        } finally {
            Regenerate.deleteTree(scratch);
        }
    }

    @Test
    void theCheckNoticesAHandEditedFile() throws IOException {
        Path scratch = Files.createTempDirectory("touchline-codegen-check");
        try {
            TouchlineGenerator.generate(ROOT, scratch);
            Path area = scratch.resolve("bundles/dev.touchline.model/src-gen");
            Path copy = Files.createTempDirectory("touchline-codegen-copy");
            try (Stream<Path> files = Files.walk(area)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path t = copy.resolve(area.relativize(f).toString());
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t);
                }
            }
            Path victim = copy.resolve("dev/touchline/model/Touchpoint.java");
            Files.writeString(victim, Files.readString(victim) + "\n// edited by hand\n");
            List<String> differences = new ArrayList<>();
            compare(area, copy, "copy", differences);
            assertTrue(differences.stream().anyMatch(d -> d.contains("Touchpoint.java")), differences.toString());
            Regenerate.deleteTree(copy);
        } finally {
            Regenerate.deleteTree(scratch);
        }
    }

    private static void compare(Path expected, Path actual, String label, List<String> differences) throws IOException {
        if (Files.isRegularFile(expected) || Files.isRegularFile(actual)) {
            if (!Files.isRegularFile(actual) || !Files.isRegularFile(expected)
                    || !Arrays.equals(Files.readAllBytes(expected), Files.readAllBytes(actual))) {
                differences.add(label);
            }
            return;
        }
        Set<String> names = new TreeSet<>();
        names.addAll(list(expected));
        names.addAll(list(actual));
        for (String name : names) {
            Path e = expected.resolve(name);
            Path a = actual.resolve(name);
            if (!Files.exists(a)) {
                differences.add(label + "/" + name + " (missing: not regenerated)");
            } else if (!Files.exists(e)) {
                differences.add(label + "/" + name + " (stale: no longer generated)");
            } else if (!Arrays.equals(Files.readAllBytes(e), Files.readAllBytes(a))) {
                differences.add(label + "/" + name + " (differs)");
            }
        }
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
        }
    }
}
