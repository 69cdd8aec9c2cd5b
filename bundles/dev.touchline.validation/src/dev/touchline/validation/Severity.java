package dev.touchline.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** The severity of a finding, ordered from the least to the most serious. */
public enum Severity {
    INFO(Diagnostic.INFO), WARNING(Diagnostic.WARNING), ERROR(Diagnostic.ERROR);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The lower-case name used in reports: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity of an EMF diagnostic severity, or null for OK and CANCEL. */
    public static Severity of(int diagnosticSeverity) {
        for (Severity s : values()) {
            if (s.diagnosticSeverity == diagnosticSeverity) {
                return s;
            }
        }
        return null;
    }

    /** The severity with the given label, case-insensitive, or null. */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label)) {
                return s;
            }
        }
        return null;
    }
}
