package dev.touchline.io;

import java.nio.file.Path;

/**
 * A model file could not be read or written. The message says what went wrong, where (file and
 * line when known) and what to do; it is meant to be shown to the user as it is.
 */
public class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final String problem;
    private final String remedy;

    public ModelFileException(Path file, int line, String problem, String remedy, Throwable cause) {
        super(format(file, line, problem, remedy), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
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

    /** What went wrong. */
    public String problem() {
        return problem;
    }

    /** What the user can do about it. */
    public String remedy() {
        return remedy;
    }

    private static String format(Path file, int line, String problem, String remedy) {
        return file + (line > 0 ? ":" + line : "") + ": " + problem + (remedy == null ? "" : "\n  " + remedy);
    }
}
