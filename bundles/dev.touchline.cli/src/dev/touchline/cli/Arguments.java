package dev.touchline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: options ({@code --name value}, {@code --name=value} or flags)
 * and the positional arguments, checked against what the command accepts.
 */
final class Arguments {

    private final String command;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args}. {@code valued} names the options that take a value, {@code flags} those
     * that do not; anything else starting with {@code --} is a usage error.
     */
    static Arguments parse(String command, List<String> args, Set<String> valued, Set<String> flags)
            throws UsageException {
        Arguments result = new Arguments(command);
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("--") || arg.equals("-")) {
                result.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositional = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (flags.contains(name)) {
                if (eq >= 0) {
                    throw result.usage("option --" + name + " takes no value");
                }
                result.put(name, "true");
            } else if (valued.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw result.usage("option --" + name + " needs a value");
                }
                result.put(name, value);
            } else {
                throw result.usage("unknown option --" + name);
            }
        }
        return result;
    }

    private void put(String name, String value) throws UsageException {
        if (options.put(name, value) != null) {
            throw usage("option --" + name + " is given twice");
        }
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The value of a whole-number option within [min, max]. */
    long number(String name, long defaultValue, long min, long max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < min || n > max) {
                throw usage("--" + name + " must be between " + min + " and " + max + ", not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw usage("--" + name + " needs a whole number, not '" + value + "'");
        }
    }

    /** The value of an option that must be one of {@code choices}. */
    String choice(String name, String defaultValue, String... choices) throws UsageException {
        String value = option(name, defaultValue);
        for (String c : choices) {
            if (c.equals(value)) {
                return value;
            }
        }
        throw usage("--" + name + " must be one of " + String.join(", ", choices) + ", not '" + value + "'");
    }

    List<String> positional() {
        return positional;
    }

    UsageException usage(String problem) {
        return new UsageException(problem + ". See 'touchline help " + command + "'.");
    }
}
