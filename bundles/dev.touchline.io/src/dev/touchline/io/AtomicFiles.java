package dev.touchline.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes files so that a reader, a crash, a full disk or another writer never sees half of one:
 * the content goes to a hidden temporary file in the same folder, is flushed to disk and renamed
 * over the target. Used for model files and for every export.
 *
 * <ul>
 * <li><b>Links</b>: a target that is a symbolic link is written through: the file it points to
 * is replaced, the link stays.</li>
 * <li><b>Only regular files</b> are replaced: a FIFO, a device, a socket or a folder is refused
 * ({@link NotARegularFileException}), never turned into a plain file.</li>
 * <li><b>Permissions, owner and group</b> of the replaced file are kept; where the system does
 * not allow it (another user's file), {@link #write} says so in its notes.</li>
 * <li><b>Two writers</b>: with a {@link Precondition} (a model's: unchanged since it was read),
 * the check and the rename run under a lock: a file lock in the user's own lock folder between
 * processes, a lock per file within one process.</li>
 * <li><b>Temporaries</b> carry the writing process's id ({@code .NAME.p1234-….tmp}); a write
 * cleans up only those of processes that are gone, never another live writer's on this
 * machine.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** What to write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A check of the target just before it is replaced, under the write lock. */
    @FunctionalInterface
    public interface Precondition {
        /** Throws when the target must not be replaced; {@code target} is the file itself (links followed). */
        void check(Path target) throws IOException;
    }

    /** The target exists and is not a regular file (a FIFO, a device, a socket, a folder). */
    public static final class NotARegularFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotARegularFileException(Path file, String kind) {
            super(file.toString(), null, "is " + kind + ", not a regular file; Touchline only replaces regular files");
        }
    }

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final int MAX_LINKS = 40;

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
     *
     * @return notes for the user (owner or group that could not be kept); usually empty
     */
    public static List<String> write(Path file, Content content, boolean keepBackup) throws IOException {
        return write(file, content, keepBackup, null);
    }

    /**
     * {@link #write(Path, Content, boolean)}, replacing the file only if {@code precondition}
     * passes, checked under a lock that keeps other writers of the file out, in this process and
     * in other processes of this machine; {@code null}: no check and no lock (exports).
     */
    public static List<String> write(Path file, Content content, boolean keepBackup, Precondition precondition)
            throws IOException {
        Path target = resolve(file);
        Path folder = target.getParent();
        List<String> notes = new ArrayList<>();
        Path temporary = createTemporary(target, folder, temporaryPrefix(target));
        IN_FLIGHT.add(temporary);
        try {
            try (FileOutputStream stream = new FileOutputStream(temporary.toFile())) {
                OutputStream out = new BufferedOutputStream(stream, 1 << 16);
                // writers that close their stream when done must not close the file before it is synced
                content.writeTo(keepOpen(out));
                out.flush();
                stream.getFD().sync();
            }
            ReentrantLock inProcess = LOCKS.computeIfAbsent(target, t -> new ReentrantLock());
            inProcess.lock();
            try (AutoCloseable betweenProcesses = precondition == null ? null : lockBetweenProcesses(target)) {
                checkRegular(target);
                if (precondition != null) {
                    precondition.check(target);
                }
                keepAttributes(target, temporary, notes);
                if (keepBackup && Files.isRegularFile(target) && Files.mismatch(target, temporary) != -1) {
                    keepBackup(target, folder);
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                IN_FLIGHT.remove(temporary);
                temporary = null;
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // releasing the lock failed: the file is written, and a dead lock frees itself
            } finally {
                inProcess.unlock();
            }
            syncFolder(folder);
            removeStaleTemporaries(target, folder);
            return notes;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the write error is what matters
                }
                IN_FLIGHT.remove(temporary);
            }
        }
    }

    /**
     * Temporaries being written now. A process stopped mid-write by a signal (Ctrl+C, `timeout`)
     * removes them on its way out; one killed outright leaves them to the next write of the file,
     * which removes temporaries of processes that are gone.
     */
    private static final java.util.Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path temporary : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort on the way out
                }
            }
        }, "touchline-temporaries"));
    }

    /**
     * The file a write to {@code file} replaces: {@code file} itself, or, when it is a symbolic
     * link, the file the link (chain) points to, so the link stays a link. Refuses what is not a
     * regular file.
     */
    public static Path resolve(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        for (int i = 0; Files.isSymbolicLink(current); i++) {
            if (i == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "is a chain of more than " + MAX_LINKS
                        + " symbolic links (a loop?)");
            }
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        checkRegular(current);
        return current;
    }

    private static void checkRegular(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            throw new NotARegularFileException(target, "a folder");
        }
        if (attributes.isOther()) {
            throw new NotARegularFileException(target, "a FIFO, socket or device");
        }
    }

    /** The prefix of this process's temporaries for {@code target}: {@code .NAME.p1234-}. */
    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".p" + ProcessHandle.current().pid() + "-";
    }

    /** How long a save waits for another process's save of the same file to finish. */
    private static final long LOCK_WAIT_MS = 15_000;

    /**
     * Holds off this user's other Touchline processes on this machine that write the same file,
     * until the returned handle is closed: an exclusive operating-system lock on {@link
     * #lockFileOf the file's lock file}, which the system releases when a process dies, so a lock
     * is never stale. The lock is never taken on the target itself: POSIX drops a process's lock
     * on a file as soon as it closes any descriptor of that file, and the check reads the target.
     *
     * <p>The lock files live in the user's own folder, never in a folder others may write: a
     * shared lock folder lets another user hold every save off, remove a lock while it is held,
     * or plant a link that makes a save touch a file of theirs. So writers of other users and of
     * other machines (a network share) are not held off; the precondition (the content hash)
     * still catches their change, outside the short window between check and rename. Where no
     * lock file can be made, nothing is held; the check and the lock within this process remain.
     */
    private static AutoCloseable lockBetweenProcesses(Path target) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFileOf(target), java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), PRIVATE_FILE);
        } catch (IOException | RuntimeException e) {
            return () -> {
            };
        }
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
        try {
            while (true) {
                java.nio.channels.FileLock lock = channel.tryLock();
                if (lock != null) {
                    return () -> {
                        try {
                            lock.release();
                        } finally {
                            channel.close();
                        }
                    };
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new FileSystemException(target.toString(), null, "another save of this file is under way"
                            + " and has not finished in " + LOCK_WAIT_MS / 1000 + " s");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new java.io.InterruptedIOException("interrupted while waiting for another save");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> PRIVATE_FOLDER =
            PosixFilePermissions.fromString("rwx------");

    private static final FileAttribute<?> PRIVATE_FILE = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"));

    /**
     * The lock file of the writers of {@code file} (its real path: links followed): named after
     * that path's hash, in {@code ~/.touchline/locks} (or the folder named by the system property
     * {@code touchline.locks}), a folder only this user may enter; made on first use. A lock
     * folder that is a link or belongs to another user is not used: the save goes on without a
     * lock between processes.
     */
    public static Path lockFileOf(Path file) throws IOException {
        String configured = System.getProperty("touchline.locks");
        Path folder = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".touchline", "locks");
        if (!folder.isAbsolute()) {
            // a user without a home (a container's user without a passwd entry has home "?")
            throw new FileSystemException(folder.toString(), null, "is not an absolute folder");
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)
                .getName().equals(System.getProperty("user.name"))) {
            throw new FileSystemException(folder.toString(), null, "is not a folder of this user's");
        }
        if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE_FOLDER)) {
            Files.setPosixFilePermissions(folder, PRIVATE_FOLDER); // the user's own folder, not a link
        }
        java.security.MessageDigest digest = DiskVersion.digest();
        String name = java.util.HexFormat.of().formatHex(digest.digest(
                resolve(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 16);
        return folder.resolve(name + ".lock");
    }

    private static void keepBackup(Path target, Path folder) throws IOException {
        Path temporary = createTemporary(target, folder, temporaryPrefix(target) + "bak-");
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
     * A new temporary for {@code target} in {@code folder}. When the file system refuses it (a
     * read-only disk, an immutable folder, no space), the error names {@code target}: the user
     * knows the file they save, not Touchline's temporary.
     */
    private static Path createTemporary(Path target, Path folder, String prefix) throws IOException {
        try {
            return Files.createTempFile(folder, prefix, ".tmp");
        } catch (java.nio.file.FileSystemException e) {
            java.nio.file.FileSystemException about = e instanceof java.nio.file.AccessDeniedException
                    ? new java.nio.file.AccessDeniedException(target.toString(), null, e.getReason())
                    : new java.nio.file.FileSystemException(target.toString(), null, e.getReason());
            about.initCause(e);
            throw about;
        }
    }

    /**
     * Removes hidden temporary files that earlier writes of this file left when their process was
     * killed mid-write: only Touchline's ({@code .NAME.p<pid>-*.tmp}) and only of processes that
     * are gone, never the temporary of a save (or an export) still running.
     */
    private static void removeStaleTemporaries(Path target, Path folder) {
        String prefix = "." + target.getFileName() + ".p";
        try (var entries = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path stale : entries) {
                String rest = stale.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, Math.max(0, dash)));
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                // A pid is this machine's: on a network share, another machine's running save can
                // lose its temporary here; that save then fails and says so (its file unchanged).
                if (ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // leftovers are hidden and harmless; the write itself succeeded
        }
    }

    /**
     * Gives the replacement the original's permissions, owner and group (a new file: rw-r--r--).
     * A process may not give a file away to another user, or to a group it is not in; then the
     * replacement keeps this process's and a note says so.
     */
    private static void keepAttributes(Path original, Path replacement, List<String> notes) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!Files.exists(original)) {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes was = Files.readAttributes(original, PosixFileAttributes.class);
        PosixFileAttributes now = view.readAttributes();
        if (!was.group().equals(now.group())) {
            try {
                view.setGroup(was.group());
            } catch (FileSystemException e) {
                notes.add(note(original, "group", was.group(), now.group()));
            }
        }
        if (!was.owner().equals(now.owner())) {
            try {
                view.setOwner(was.owner());
            } catch (FileSystemException e) {
                notes.add(note(original, "owner", was.owner(), now.owner()));
            }
        }
        // after the owner: giving a file away clears its set-id bits on some systems
        view.setPermissions(was.permissions());
    }

    private static String note(Path file, String what, UserPrincipal was, UserPrincipal now) {
        String kind = was instanceof GroupPrincipal ? "group" : "user";
        return file.getFileName() + ": its " + what + " was " + was.getName() + "; this " + kind
                + " may not be given the file, so it now has " + what + " " + now.getName()
                + " (the permissions are kept). Ask " + was.getName() + " or an administrator to set it back if needed.";
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
