package dev.touchline.model.util;

/**
 * Thrown while loading when one element holds more unknown child elements or attributes than
 * {@link TouchlineResource#MAX_UNKNOWN_PER_ELEMENT}: EMF records each with a search of those
 * already recorded, so 160,000 of them took 35 to 49 s to load (1,000,000: about 20 minutes).
 * A newer Touchline's additions are a few per element; thousands under one are not a model.
 */
public final class UnknownContentLimit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String element;

    UnknownContentLimit(String element, int line) {
        super(element + " holds more than " + TouchlineResource.MAX_UNKNOWN_PER_ELEMENT
                + " elements or attributes Touchline does not know");
        this.element = element;
        this.line = line;
    }

    /** The line where the limit was reached. */
    public int line() {
        return line;
    }

    /** The element that holds them. */
    public String element() {
        return element;
    }
}
