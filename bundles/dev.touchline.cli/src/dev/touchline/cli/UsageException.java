package dev.touchline.cli;

/** The command line was wrong: the message says what, and which help to read. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
