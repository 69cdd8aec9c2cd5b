package dev.touchline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;

import dev.touchline.io.ModelFileException;
import dev.touchline.model.util.Texts;

/**
 * The headless {@code touchline} command line. Exit codes: 0 success (and no finding at or above
 * the threshold), 1 findings at or above the threshold, 2 usage error or unreadable file; errors
 * go to standard error as messages, never as stack traces.
 */
public final class TouchlineCli {

    /** Exit code: done, nothing to report. */
    public static final int OK = 0;
    /** Exit code: validation found something at or above the threshold. */
    public static final int FINDINGS = 1;
    /** Exit code: the command line or an input file is wrong. */
    public static final int ERROR = 2;

    private final List<Command> commands = List.of(new ValidateCommand(), new StatsCommand(),
            new ExportCommand(), new ImportCommand(), new PackCommand(), new GenerateCommand());
    private final PrintStream out;
    private final PrintStream err;

    public TouchlineCli(PrintStream out, PrintStream err) {
        // text from models and command lines must not rewrite the terminal
        this.out = TerminalSafeStream.wrap(out, false);
        this.err = TerminalSafeStream.wrap(err, true);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        TouchlineCli cli = new TouchlineCli(out, err);
        int code = cli.run(args);
        cli.out.flush();
        out.flush();
        System.exit(code);
    }

    /** Runs the command line {@code args} and returns the exit code. */
    public int run(String... args) {
        try {
            return runCommand(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int runCommand(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(overview());
            return OK;
        }
        if (args[0].equals("help")) {
            return help(args.length > 1 ? args[1] : null);
        }
        if (args[0].equals("--version")) {
            out.println("touchline " + version());
            return OK;
        }
        Command command = find(args[0]);
        if (command == null) {
            err.println("touchline: unknown command '" + Texts.oneLine(args[0]) + "'. Run 'touchline --help' for the list.");
            return ERROR;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("touchline " + command.name() + ": " + Texts.oneLine(e.getMessage()));
            return ERROR;
        } catch (ModelFileException e) {
            err.println("touchline " + command.name() + ": " + e.getMessage());
            return ERROR;
        } catch (InvalidPathException e) {
            err.println("touchline " + command.name() + ": '" + Texts.oneLine(e.getInput()) + "' cannot be a file name ("
                    + e.getReason() + "). Check the command line.");
            return ERROR;
        } catch (OutOfMemoryError e) {
            long had = Runtime.getRuntime().maxMemory() >> 20;
            long more = Math.max(2048, Long.highestOneBit(Math.max(1, had)) * 2);
            err.println("touchline " + command.name() + ": out of memory (Java had " + had + " MB). Give it more, for"
                    + " example TOUCHLINE_JAVA_OPTS=-Xmx" + (more >= 1024 ? more / 1024 + "g" : more + "m")
                    + ", if the machine has that much; or split the model or spreadsheet.");
            return ERROR;
        } catch (RuntimeException e) {
            // A bug: say so plainly, with enough to report it, but no stack trace.
            err.println("touchline " + command.name() + ": internal error (" + e + "). Please report it with the"
                    + " command line and, if you can, the file.");
            return ERROR;
        }
    }

    private int help(String name) {
        if (name == null) {
            out.print(overview());
            return OK;
        }
        Command command = find(name);
        if (command == null) {
            err.println("touchline help: no command '" + Texts.oneLine(name) + "'. Run 'touchline --help' for the list.");
            return ERROR;
        }
        out.print(command.help());
        return OK;
    }

    private Command find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private String overview() {
        StringBuilder s = new StringBuilder();
        s.append("touchline ").append(version()).append(" - customer journey maps that show every department its role\n\n");
        s.append("Usage: touchline COMMAND [ARGS...]\n\nCommands:\n");
        for (Command c : commands) {
            s.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        s.append(String.format("  %-10s %s%n", "help", "Show the help of a command: touchline help COMMAND"));
        s.append("\nExit codes: 0 ok, 1 findings at or above --fail-on (validate), 2 usage error or unreadable file.\n");
        return s.toString();
    }

    static String version() {
        String v = TouchlineCli.class.getPackage() == null ? null : TouchlineCli.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
