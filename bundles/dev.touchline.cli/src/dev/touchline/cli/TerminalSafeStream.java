package dev.touchline.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.touchline.model.util.Texts;

/**
 * Everything a command prints goes through here, so that text from a model (a name with a
 * carriage return, an escape sequence, a C1 control, a right-to-left override) cannot rewrite
 * the terminal: such characters come out as JSON-style escapes ({@code \r}, {@code \u001B},
 * {@code \u202E}), which read the same inside the JSON and SARIF reports. New lines, tabs and
 * Windows line ends (CR LF) pass. Works on the UTF-8 bytes, so every print path is covered.
 */
public final class TerminalSafeStream extends FilterOutputStream {

    /** A UTF-8 lead byte seen, waiting for its continuation bytes. */
    private final byte[] pending = new byte[3];
    private int pendingLength;

    private TerminalSafeStream(OutputStream out) {
        super(out);
    }

    /** {@code out}, printing UTF-8 with control characters escaped. */
    public static PrintStream wrap(PrintStream out, boolean autoFlush) {
        return new PrintStream(new TerminalSafeStream(out), autoFlush, StandardCharsets.UTF_8);
    }

    /** A carriage return seen: it passes when a line feed follows (a Windows line end). */
    private boolean carriageReturn;

    @Override
    public void write(int b) throws IOException {
        int value = b & 0xff;
        if (carriageReturn) {
            carriageReturn = false;
            if (value == '\n') {
                out.write('\r');
                out.write('\n');
                return;
            }
            escape('\r');
        }
        if (value == '\r') {
            flushPending(); // a sequence cut short by it is invalid: pass it, in order
            carriageReturn = true;
            return;
        }
        if (pendingLength > 0) {
            if (value < 0x80 || value > 0xbf) {
                flushPending(); // not a continuation: pass the bytes held (invalid UTF-8 anyway)...
                write(value); // ...and look at this one afresh: it may be a control or a lead byte
                return;
            }
            pending[pendingLength++] = (byte) value;
            int lead = pending[0] & 0xff;
            int needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
            if (pendingLength == Math.min(needed, pending.length)) {
                String text = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
                pendingLength = 0;
                int cp = text.codePointAt(0);
                if (needed <= 3 && unsafe(cp)) {
                    escape(cp);
                } else {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            return;
        }
        if (value >= 0xc2 && value <= 0xef) {
            pending[pendingLength++] = (byte) value; // may start a C1 control, a bidi control, U+2028 or U+FEFF
            return;
        }
        if (value < 0x80 && unsafe(value)) {
            escape(value);
            return;
        }
        out.write(value);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            escape('\r');
        }
        flushPending();
        super.close();
    }

    private void flushPending() throws IOException {
        out.write(pending, 0, pendingLength);
        pendingLength = 0;
    }

    /**
     * C0 controls but new line and tab, DEL, C1 controls, the bidirectional overrides and isolates,
     * and the line breaks a new line does not cover ({@link Texts#breaksLine}: U+2028, U+2029,
     * U+FEFF). A line feed passes: Touchline's own lines end in it; names and cells are put on one
     * line where they are quoted ({@link Texts#oneLine}).
     */
    static boolean unsafe(int cp) {
        return cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7f && cp <= 0x9f
                || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069 || cp != '\n' && Texts.breaksLine(cp);
    }

    private void escape(int cp) throws IOException {
        out.write(Texts.escaped(cp).getBytes(StandardCharsets.US_ASCII));
    }
}
