package dev.touchline.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader, a crash or a full disk never sees half of one: the content goes
 * to a hidden temporary file in the same folder, is flushed to disk and renamed over the target.
 * Used for model files and for every export.
 */
public final class AtomicFiles {

    /** What to write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * {@code out} for a writer that closes its stream when done (PDFBox, the XLSX writer): closing
     * it only flushes, so the caller can go on (sync the file, write the next zip entry).
     */
    public static OutputStream keepOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Where {@link #write} keeps the replaced version of a file: {@code NAME.bak} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Writes {@code content} to {@code file} atomically. With {@code keepBackup}, the version it
     * replaces, when different, is first copied (atomically too) to {@link #backupOf its backup}.
     * On failure the previous file is left as it was and no temporary file remains.
     */
    public static void write(Path file, Content content, boolean keepBackup) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileOutputStream stream = new FileOutputStream(temporary.toFile())) {
                OutputStream out = new BufferedOutputStream(stream, 1 << 16);
                // writers that close their stream when done must not close the file before it is synced
                content.writeTo(keepOpen(out));
                out.flush();
                stream.getFD().sync();
            }
            keepPermissions(target, temporary);
            if (keepBackup && Files.isRegularFile(target) && Files.mismatch(target, temporary) != -1) {
                keepBackup(target, folder);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            syncFolder(folder);
            removeStaleTemporaries(target, folder);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the write error is what matters
                }
            }
        }
    }

    private static void keepBackup(Path target, Path folder) throws IOException {
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".bak.", ".tmp");
        try {
            Files.copy(target, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, backupOf(target), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes hidden temporary files an earlier write of this file left when its process was
     * killed mid-write (only ours: {@code .NAME.*.tmp}).
     */
    private static void removeStaleTemporaries(Path target, Path folder) {
        String prefix = "." + target.getFileName() + ".";
        try (var entries = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException | RuntimeException ignored) {
            // leftovers are hidden and harmless; the write itself succeeded
        }
    }

    private static void keepPermissions(Path original, Path replacement) throws IOException {
        if (!Files.getFileStore(replacement).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(original) ? Files.getPosixFilePermissions(original)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(replacement, permissions);
    }

    /** Makes the rename itself durable; not every platform can open a folder for this. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself is already on disk
        }
    }
}
