package dev.touchline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the XML comments ({@code <!--}) in the bytes that pass, across reads. */
final class CommentCounter extends FilterInputStream {

    private static final byte[] OPEN = { '<', '!', '-', '-' };
    private int matched;
    private int count;

    CommentCounter(InputStream in) {
        super(in);
    }

    int count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(byte b) {
        matched = b == OPEN[matched] ? matched + 1 : b == OPEN[0] ? 1 : 0;
        if (matched == OPEN.length) {
            count++;
            matched = 0;
        }
    }
}
