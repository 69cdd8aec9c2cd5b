package dev.touchline.cli;

import java.io.PrintStream;
import java.util.List;

import dev.touchline.io.ModelFileException;

/** One sub-command of the {@code touchline} command line. */
interface Command {

    /** The name typed on the command line. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full help text. */
    String help();

    /**
     * Runs the command and returns its exit code.
     *
     * @throws UsageException the arguments are wrong (exit code 2)
     * @throws ModelFileException a model file cannot be read or written (exit code 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException;
}
