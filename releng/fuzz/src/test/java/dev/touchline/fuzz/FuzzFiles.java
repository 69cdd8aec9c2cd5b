package dev.touchline.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch files for the fuzz targets, in one temporary folder per run. */
final class FuzzFiles {

    static final Path SAMPLE = Path.of("../../samples/northwind-movers.touchline").toAbsolutePath().normalize();

    private FuzzFiles() {
    }

    static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A line of a Java stack trace. */
    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern
            .compile("(?m)^\\s+at [\\p{L}_$][\\w.$/]*\\([^)\\n]*\\)\\s*$");

    /**
     * Fails the run when a message meant for the user is missing, does not start as Touchline's
     * messages do ({@code prefix}: the file's name, or "touchline COMMAND"), or carries a stack trace.
     */
    static void checkMessage(String message, String prefix) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("an error without a message");
        }
        if (!message.startsWith(prefix)) {
            throw new AssertionError("a message that does not start with '" + prefix + "': " + message);
        }
        if (STACK_FRAME.matcher(message).find()) {
            throw new AssertionError("a message with a stack trace: " + message);
        }
    }
}
