package dev.touchline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on a file a command is about to write, made before any work is done. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses an output that is one of the inputs, a folder, a FIFO or device, in a folder that
     * does not exist or cannot be written, a name that is only an ending ({@code .zip}: a hidden
     * file without a name), or (without {@code force}) a file that exists.
     */
    static Path check(Arguments a, String output, boolean force, Path... inputs) throws UsageException {
        Path out = Path.of(output).toAbsolutePath().normalize();
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (name.lastIndexOf('.') == 0) {
            throw a.usage("the output " + output + " has no name before " + name + " (it would be a hidden file of"
                    + " that name); name the file, for example workshop" + name);
        }
        for (Path input : inputs) {
            if (same(out, input)) {
                throw a.usage("the output " + output + " is the input file; write to another file");
            }
        }
        if (Files.isDirectory(out)) {
            throw a.usage("the output " + output + " is a folder; name a file inside it");
        }
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw a.usage("the output folder " + folder + " does not exist (or is not a folder); create it first");
        }
        if (!Files.isWritable(folder)) {
            throw a.usage("the output folder " + folder + " cannot be written to; choose another place");
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            // even with --force: a FIFO or device (or a link to one) is never turned into a plain file
            throw a.usage("the output " + output + " is not a regular file (a FIFO, socket or device); Touchline"
                    + " only replaces regular files");
        }
        if (Files.exists(out) && !force) {
            throw a.usage(output + " exists; add --force to replace it");
        }
        return out;
    }

    private static boolean same(Path out, Path input) {
        Path in = input.toAbsolutePath().normalize();
        try {
            return out.equals(in) || Files.exists(out) && Files.isSameFile(out, in);
        } catch (IOException e) {
            return false;
        }
    }
}
