package dev.touchline.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each element starts in a model file: the line of its {@code id="..."} attribute. Lets
 * reports point people (and SARIF viewers) at the right line. One pass over the text, no parsing.
 */
public final class ElementLines {

    private static final String ID = " id=\"";

    private final Map<String, Integer> lines;

    private ElementLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Reads the lines of the elements in {@code file}; an unreadable file gives an empty index. */
    public static ElementLines of(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                int at = line.indexOf(ID);
                if (at >= 0) {
                    int start = at + ID.length();
                    int end = line.indexOf('"', start);
                    if (end > start) {
                        lines.putIfAbsent(line.substring(start, end), number);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ElementLines(Map.of());
        }
        return new ElementLines(lines);
    }

    /** The line of the element with this id, or -1 when unknown. */
    public int lineOf(String id) {
        return id == null ? -1 : lines.getOrDefault(id, -1);
    }
}
