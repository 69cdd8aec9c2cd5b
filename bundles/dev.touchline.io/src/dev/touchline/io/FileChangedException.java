package dev.touchline.io;

import java.nio.file.Path;

/**
 * A save refused because the model file changed on disk since it was read (another program, or
 * another Touchline, saved it meanwhile): writing would silently lose that other edit. Nothing
 * was written.
 */
public final class FileChangedException extends ModelFileException {

    private static final long serialVersionUID = 1L;

    FileChangedException(Path file) {
        super(file, -1, "was not saved: it changed on disk since Touchline read it (another program, or another"
                + " Touchline, saved it meanwhile), and saving would overwrite that change. Nothing was written",
                "Load the file again and redo your change, or save your version under another name.", null);
    }
}
