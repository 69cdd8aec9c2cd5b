package dev.touchline.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import dev.touchline.io.ElementLines;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;

/**
 * Tells the user about data in a file that this version of Touchline does not know (it is kept)
 * and about XML comments (they are not).
 */
final class UnknownContentWarnings {

    private UnknownContentWarnings() {
    }

    static void print(Path file, JourneyModel model, PrintStream err) {
        int comments = ModelFiles.comments(model);
        if (comments > 0) {
            err.println("warning: " + file + ": holds " + comments + " XML comment" + (comments == 1 ? "" : "s")
                    + "; Touchline does not keep comments, so saving the model drops them (the backup, "
                    + ModelFiles.backupOf(file).getFileName() + ", keeps this version). Put notes in descriptions.");
        }
        String newer = ModelFiles.newerFormat(model);
        if (newer != null) {
            err.println("warning: " + file + ": " + newer + ".");
        }
        var unknown = ModelFiles.unknownContent(model);
        if (unknown.isEmpty()) {
            return;
        }
        ElementLines lines = ElementLines.of(file);
        for (ModelFiles.UnknownContent content : unknown) {
            int line = content.element() instanceof Element e && e.getId() != null ? lines.lineOf(e.getId()) : -1;
            err.println("warning: " + file + (line > 0 ? ":" + line : "") + ": " + content.describe()
                    + " is not known to this version of Touchline. It is kept and written back when the model is"
                    + " saved; a newer Touchline may use it.");
        }
    }
}
