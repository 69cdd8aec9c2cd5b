package dev.touchline.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.touchline.model.NamedElement;

/**
 * How a spreadsheet cell names an element of one kind: by its name when that name is unique among
 * its kind, else by its id; and the reverse lookup, which accepts either.
 */
final class Names<T extends NamedElement> {

    private final String kind;
    private final String scope;
    private final List<T> elements;
    private final Map<String, List<T>> byName = new HashMap<>();
    private final Map<String, T> byId = new HashMap<>();

    Names(String kind, List<T> elements) {
        this(kind, elements, "");
    }

    /** {@code scope} ends the messages, as in " in journey 'Move house'". */
    Names(String kind, List<T> elements, String scope) {
        this.kind = kind;
        this.scope = scope;
        this.elements = elements;
        for (T e : elements) {
            byName.computeIfAbsent(key(e.getName()), k -> new ArrayList<>()).add(e);
            if (e.getId() != null) {
                byId.put(e.getId(), e);
            }
        }
    }

    /**
     * What a cell shows for {@code element}: its name, or its id when the name is not unique, or
     * when it reads as another element's id (ids win on import, so the name would name that one).
     */
    String cell(T element) {
        if (element == null) {
            return "";
        }
        String name = element.getName();
        if (name == null || name.isBlank() || byName.get(key(name)).size() > 1) {
            return element.getId();
        }
        T shadow = byId.get(name.strip());
        return shadow != null && shadow != element ? element.getId() : name;
    }

    /** A list of elements as one cell: {@link #cell}s separated by "; ", quoted where needed. */
    String cells(List<T> list) {
        List<String> parts = new ArrayList<>();
        for (T element : list) {
            String cell = cell(element);
            boolean quote = cell.contains(";") || cell.startsWith("\"") || !cell.equals(cell.strip());
            parts.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join("; ", parts);
    }

    /**
     * The parts of a list cell written by {@link #cells}: separated by ';', a part in double
     * quotes may hold ';' (and "" for a quote), so a department called "Sales; IT" stays one.
     */
    static List<String> parts(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < cell.length() && cell.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    part.append(c);
                }
            } else if (c == '"' && part.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                part.setLength(0);
            } else if (c == ';') {
                parts.add(wasQuoted ? part.toString() : part.toString().strip());
                part.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(c))) {
                part.append(c);
            }
        }
        parts.add(wasQuoted ? part.toString() : part.toString().strip());
        parts.removeIf(String::isBlank);
        return parts;
    }

    /**
     * The element a cell names.
     *
     * @throws IllegalArgumentException the text names none, or several; the message says which
     *         and what to write instead
     */
    T find(String text) {
        T byIdMatch = byId.get(text.strip());
        if (byIdMatch != null) {
            return byIdMatch;
        }
        List<T> matches = byName.getOrDefault(key(text), List.of());
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("there is no " + kind + " '" + text.strip() + "'" + scope + ". Known: "
                    + known() + ". Correct the name, or add the " + kind + " in Touchline first");
        }
        List<String> ids = matches.stream().map(NamedElement::getId).toList();
        throw new IllegalArgumentException(matches.size() + " " + kind + "s are called '" + text.strip()
                + "'" + scope + " (" + String.join(", ", ids) + "). Write the id of the one you mean");
    }

    private String known() {
        if (elements.isEmpty()) {
            return "none";
        }
        List<String> names = elements.stream().limit(12).map(this::cell).toList();
        return String.join(", ", names) + (elements.size() > 12 ? ", ..." : "");
    }

    /**
     * How names are compared: ignoring case, surrounding spaces and the kind and number of spaces
     * between words (a name with a tab or a line break matches the same name on one line).
     */
    private static String key(String name) {
        return name == null ? "" : String.join(" ", name.strip().split("\\s+")).toLowerCase(Locale.ROOT);
    }
}
