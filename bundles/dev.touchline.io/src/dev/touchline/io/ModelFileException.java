package dev.touchline.io;

import java.nio.file.Path;
import java.util.List;

import dev.touchline.model.util.Texts;

/**
 * A model file could not be read or written. The message says what went wrong, where (file and
 * line when known) and what to do; it is meant to be shown to the user as it is. Its lines are
 * made here only: the problem, each detail (a list of problems) and the remedy are each put on one
 * line ({@link Texts#oneLine}), so a name or cell quoted in them cannot add a line of its own.
 */
public class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final String problem;
    private final String remedy;

    public ModelFileException(Path file, int line, String problem, String remedy, Throwable cause) {
        this(file, line, problem, List.of(), remedy, cause);
    }

    /** With {@code details}, one more line each below the problem (more problems of the same file). */
    public ModelFileException(Path file, int line, String problem, List<String> details, String remedy,
            Throwable cause) {
        super(format(file, line, problem, details, remedy), cause);
        this.file = file;
        this.line = line;
        StringBuilder all = new StringBuilder(Texts.oneLine(problem));
        details.forEach(d -> all.append("\n  ").append(Texts.oneLine(d)));
        this.problem = all.toString();
        this.remedy = remedy;
    }

    public ModelFileException(Path file, String problem, String remedy) {
        this(file, -1, problem, remedy, null);
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    /** The line of the problem, or -1 when not known. */
    public int line() {
        return line;
    }

    /** What went wrong, with the details on lines of their own. */
    public String problem() {
        return problem;
    }

    /** What the user can do about it. */
    public String remedy() {
        return remedy;
    }

    private static String format(Path file, int line, String problem, List<String> details, String remedy) {
        StringBuilder s = new StringBuilder(Texts.oneLine(String.valueOf(file))).append(line > 0 ? ":" + line : "")
                .append(": ").append(Texts.oneLine(problem));
        details.forEach(d -> s.append("\n  ").append(Texts.oneLine(d)));
        return (remedy == null ? s : s.append("\n  ").append(Texts.oneLine(remedy))).toString();
    }
}
