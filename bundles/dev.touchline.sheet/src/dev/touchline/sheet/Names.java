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

    /** What a cell shows for {@code element}: its name, or its id when the name is not unique. */
    String cell(T element) {
        if (element == null) {
            return "";
        }
        String name = element.getName();
        if (name == null || name.isBlank() || byName.get(key(name)).size() > 1) {
            return element.getId();
        }
        return name;
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

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
