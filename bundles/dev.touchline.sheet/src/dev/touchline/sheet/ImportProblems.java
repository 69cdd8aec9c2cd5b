package dev.touchline.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.touchline.io.ModelFileException;

/**
 * The problems one import finds, every wrong cell of the whole file: the import changes nothing
 * when there is any, and {@link #failure} lists them.
 */
final class ImportProblems {

    /** Most problems listed in one message. */
    static final int MAX_PROBLEMS = 40;

    private final List<String> problems = new ArrayList<>();
    /** Where the reader found cells it could not take, as problems begin: "sheet 'X', cell D2 ". */
    private final Set<String> unreadable = new HashSet<>();

    /** A problem, unless it is about a cell the reader could not take (already reported). */
    void add(String text) {
        for (String cell : unreadable) {
            if (text.startsWith(cell)) {
                return;
            }
        }
        problems.add(text);
    }

    /**
     * The cells of a row the reader could not take (a formula, an error value): each is a problem,
     * and the importer says nothing more about those cells (a formula's stand-in value is not the
     * person's mistake).
     */
    void addReaderProblems(SheetRow row) {
        for (SheetRow.CellProblem p : row.problems()) {
            problems.add(p.toString());
            unreadable.add(p.cell() + " ");
        }
    }

    /** How many problems so far: a row that adds to them changes nothing. */
    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The exception that lists the problems (the first {@link #MAX_PROBLEMS}) of {@code file}. */
    ModelFileException failure(Path file) {
        List<String> listed = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        if (problems.size() > MAX_PROBLEMS) {
            listed.add("... and " + (problems.size() - MAX_PROBLEMS) + " more");
        }
        return new ModelFileException(file, -1, "cannot be imported: " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + " (the model is unchanged)", listed,
                "Correct these cells and import again.", null);
    }
}
