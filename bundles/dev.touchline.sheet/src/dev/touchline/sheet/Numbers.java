package dev.touchline.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the numbers of one spreadsheet are written: which of '.' and ',' is its decimal separator,
 * decided once per file, never guessed cell by cell. The numbers themselves decide when they can
 * ("3.5", "1,234.5", "0,75", "0.125"); otherwise the file's form does: a workbook's number cells
 * and a comma-separated CSV file use decimal points (a decimal comma would have to be quoted in
 * every cell), a semicolon-separated CSV file, as spreadsheet programs write them where the
 * decimal separator is a comma, uses decimal commas. So "1,000" is a thousand beside "3.5" (it was
 * read as 1.0), and a file whose numbers contradict each other is refused with the cell. A person
 * may also name the separator ({@link #named}): then a number that proves the other one is
 * refused with its cell, never read as something else.
 */
final class Numbers {

    /** The decimal separator of a file: '.' or ','. */
    private final char decimal;
    /** Where the numbers contradict each other ("1.5" and "1,5"), for the message; else null. */
    private final String conflict;

    /** Whether a person named the separator, rather than the file's numbers or form. */
    private final boolean named;
    /** Whether the file's numbers (rather than its form) decided the separator. */
    private boolean byNumbers;
    /** Whether a number read so far was written with '.' or ',' (so the separator mattered). */
    private boolean separatorRead;

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+");

    private Numbers(char decimal, String conflict, boolean named) {
        this.decimal = decimal;
        this.conflict = conflict;
        this.named = named;
    }

    /** The separator a person named for the file: '.' or ','. */
    static Numbers named(char decimal) {
        if (decimal != '.' && decimal != ',') {
            throw new IllegalArgumentException("a decimal separator is '.' or ','");
        }
        return new Numbers(decimal, null, true);
    }

    /**
     * Decides from the number texts of a file (every cell of its number columns). With no
     * evidence, a semicolon-separated CSV file (as European spreadsheet programs write them)
     * has decimal commas; other files have none decided.
     */
    static Numbers of(List<String> texts, boolean semicolonCsv) {
        char byForm = semicolonCsv ? ',' : '.';
        char seen = 0;
        String first = null;
        for (String text : texts) {
            char says = says(text);
            if (says == 0) {
                continue;
            }
            if (seen != 0 && says != seen) {
                return new Numbers(seen, "'" + shown(first) + "' uses '" + seen + "' for decimals but '"
                        + shown(text) + "' uses '" + says + "'", false);
            }
            seen = says;
            first = text;
        }
        Numbers numbers = new Numbers(seen != 0 ? seen : byForm, null, false);
        numbers.byNumbers = seen != 0;
        return numbers;
    }

    /** The decimal separator a number text proves, or 0. */
    private static char says(String text) {
        String v = text.strip();
        int dot = v.lastIndexOf('.');
        int comma = v.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            return dot > comma ? '.' : ','; // "1,234.5" or "1.234,5": the last one is the decimal
        }
        int at = Math.max(dot, comma);
        if (at < 0) {
            return 0;
        }
        char separator = v.charAt(at);
        boolean once = v.indexOf(separator) == at;
        int after = v.length() - at - 1;
        if (!once) {
            return separator == '.' ? ',' : '.'; // "1,234,567": thousands, so the other is the decimal
        }
        String before = v.substring(0, at).replace("-", "").replace("+", "");
        if (before.equals("0") || before.isEmpty()) {
            return separator; // "0.125", "-0,500", ".5": no thousands group starts with 0
        }
        return after == 3 ? 0 : separator; // "1,000" could be either; "0,75" or "3.5" cannot
    }

    /**
     * The number a cell means, or {@code null} with {@code problem[0]} set when it is not a
     * number or is ambiguous in this file.
     */
    BigDecimal parse(String text, String[] problem) {
        String v = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (PLAIN.matcher(v).matches()) {
            return new BigDecimal(v);
        }
        separatorRead |= v.indexOf('.') >= 0 || v.indexOf(',') >= 0;
        char d = decimal;
        if (named && says(v) != 0 && says(v) != d) {
            problem[0] = "'" + shown(text.strip()) + "' uses '" + says(v) + "' for decimals, but the decimal separator was"
                    + " named as '" + d + "'";
            return null;
        }
        if (conflict != null && says(v) != 0 && says(v) != d) {
            problem[0] = "the numbers of this file use both separators for decimals (" + conflict + "); use one";
            return null;
        }
        char thousands = d == '.' ? ',' : '.';
        String n = v.replace(String.valueOf(thousands), "").replace(d, '.');
        if (v.indexOf(thousands) >= 0 && !v.matches("[+-]?\\d{1,3}(\\" + thousands + "\\d{3})+(\\" + d + "\\d+)?")) {
            problem[0] = "'" + shown(text.strip()) + "' is not a number";
            return null;
        }
        try {
            if (n.length() > 40) {
                throw new NumberFormatException();
            }
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            problem[0] = "'" + shown(text.strip()) + "' is not a number";
            return null;
        }
    }

    /** A cell's text as quoted in a message: at most 60 characters. */
    private static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The decimal separator: '.' or ','. */
    char decimal() {
        return decimal;
    }

    /** Whether a number read was written with '.' or ',', so that the separator mattered. */
    boolean separatorRead() {
        return separatorRead;
    }

    /** How the separator was decided: "as chosen", "by the file's numbers" or "by the file's form". */
    String decidedBy() {
        return named ? "as chosen" : byNumbers ? "by the file's numbers" : "by the file's form";
    }
}
