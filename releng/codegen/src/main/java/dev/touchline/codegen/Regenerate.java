package dev.touchline.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Regenerates the EMF code of Touchline from {@code touchline.ecore} and copies it over the
 * committed generated files. Run it after every change to the Ecore:
 *
 * <pre>./mvnw -pl releng/codegen compile exec:java</pre>
 */
public final class Regenerate {

    private Regenerate() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("touchline-codegen");
        try {
            TouchlineGenerator.generate(root, scratch);
            for (GeneratedArea area : GeneratedArea.ALL) {
                replace(scratch.resolve(area.path()), root.resolve(area.path()));
            }
            System.out.println("Regenerated " + GeneratedArea.ALL.size() + " areas under " + root);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            deleteTree(to);
        }
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        } else if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
