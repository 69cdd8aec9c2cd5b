package dev.touchline.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;

import dev.touchline.io.FileChangedException;
import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.io.Recovery;
import dev.touchline.model.JourneyModel;
import dev.touchline.ui.TouchlineUi;

/**
 * The map editor's file life cycle: save (refusing to overwrite a file changed elsewhere unless
 * the user says so), Save As, noticing changes on disk, and the recovery copy of unsaved work
 * written a few seconds after the last edit. The editor part asks; this decides and writes.
 */
final class EditorFile {

    /** How long the model stays dirty and untouched before a recovery copy is written. */
    private static final int AUTOSAVE_MS = Integer.getInteger("touchline.autosaveMillis", 5000);

    /** What the file looked like on disk when it was last loaded or saved here. */
    private record DiskStamp(FileTime modified, long size) {
        static DiskStamp of(Path file) {
            try {
                return new DiskStamp(Files.getLastModifiedTime(file), Files.size(file));
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** What the file life cycle needs from the editor part around it. */
    interface Part {
        EditingDomain domain();

        Shell shell();

        void status(String message);

        /** The dirty mark may have changed. */
        void dirtyChanged();

        boolean isDirty();

        boolean isOpen();

        /** Whether another open map editor has {@code file}. */
        boolean otherEditorHas(Path file);

        /** The file is now {@code file} (Save As). */
        void fileRenamed(Path file);

        /** Closes the editor and opens its file again; returns the new editor. */
        IEditorPart reopen();

        /** The editor part itself. */
        IEditorPart part();
    }

    private final Part editor;
    private final JourneyModel model;
    private Path file;
    private DiskStamp diskStamp;
    private boolean checkingDisk;
    private int autosaveGeneration;
    private boolean recoveryFailureShown;

    EditorFile(Part editor, JourneyModel model, Path file) {
        this.editor = editor;
        this.model = model;
        this.file = file;
        this.diskStamp = DiskStamp.of(file);
    }

    Path path() {
        return file;
    }

    /** Whether the file is gone from disk (which counts as unsaved work: Save writes it again). */
    boolean isGone() {
        return diskStamp == null;
    }

    private BasicCommandStack stack() {
        return (BasicCommandStack) editor.domain().getCommandStack();
    }

    private UserPrompts prompts() {
        return UserPrompts.current();
    }

    void save(IProgressMonitor monitor) {
        try {
            try {
                saved(ModelFiles.save(model, file));
            } catch (FileChangedException e) {
                // changed elsewhere since read: the user decides, nothing is overwritten silently
                int choice = prompts().choose(editor.shell(), file.getFileName() + " changed on disk", file
                        + " changed on disk since you opened it (another program, or another Touchline, saved it)."
                        + "\n\nOverwrite it with your version (that other change is lost, but kept in "
                        + ModelFiles.backupOf(file).getFileName() + "), or cancel and use Save As to keep both?",
                        "Cancel", "Overwrite");
                if (choice != 1) {
                    if (monitor != null) {
                        monitor.setCanceled(true);
                    }
                    return;
                }
                ModelFiles.acceptDiskVersion(model);
                saved(ModelFiles.save(model, file));
            }
        } catch (ModelFileException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            prompts().error(editor.shell(), "Could not save " + file.getFileName(), e.getMessage()
                    + "\n\nYour changes are still open in the editor, and the file on disk is as it was.");
        }
    }

    private void saved(List<String> notes) {
        diskStamp = DiskStamp.of(file);
        stack().saveIsDone();
        editor.dirtyChanged();
        discardRecoveryCopy();
        if (!notes.isEmpty()) {
            editor.status(String.join(" ", notes));
            notes.forEach(note -> TouchlineUi.log(note, null));
        }
    }

    /** Asks for a file and saves there (File > Save As). */
    void saveAs() {
        String chosen = prompts().saveFile(editor.shell(), "Save " + file.getFileName() + " As", file);
        if (chosen != null) {
            Path target = Path.of(chosen);
            String name = target.getFileName().toString();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".touchline")) {
                // the dialog asked about replacing the name typed, not this one
                target = target.resolveSibling(name + ".touchline");
                if (Files.exists(target) && prompts().choose(editor.shell(), "Save As", target.getFileName()
                        + " exists. Replace it?", "Cancel", "Replace") != 1) {
                    return;
                }
            }
            saveAs(target);
        }
    }

    /**
     * Saves the map to another file and goes on editing that one (the old file stays as it was
     * last saved). Refused when another open editor has that file.
     *
     * @return whether it was saved
     */
    boolean saveAs(Path target) {
        Path to = target.toAbsolutePath().normalize();
        if (to.equals(file)) {
            save(null);
            return !editor.isDirty();
        }
        if (editor.otherEditorHas(to)) {
            prompts().error(editor.shell(), "Could not save as " + to.getFileName(), to
                    + " is open in another editor. Close it first, or choose another name.");
            return false;
        }
        List<String> notes;
        try {
            notes = ModelFiles.save(model, to);
        } catch (ModelFileException e) {
            prompts().error(editor.shell(), "Could not save as " + to.getFileName(), e.getMessage()
                    + "\n\nYour changes are still open in the editor, and " + file.getFileName() + " is as it was.");
            return false;
        }
        discardRecoveryCopy(); // the unsaved work of the old file is now in the new one
        file = to;
        editor.fileRenamed(file);
        saved(notes);
        RecentFiles.add(file);
        return true;
    }

    /**
     * Notices that the file changed (or vanished) on disk since it was loaded or saved here, and
     * asks what to do: reload it, or keep the model in the editor (a later save overwrites the
     * file). Returns the editor now showing the file.
     */
    IEditorPart checkOnDisk() {
        if (checkingDisk) {
            return editor.part();
        }
        DiskStamp now = DiskStamp.of(file);
        if (Objects.equals(now, diskStamp)) {
            return editor.part();
        }
        checkingDisk = true;
        try {
            if (now == null) {
                prompts().error(editor.shell(), file.getFileName() + " is gone", file
                        + " was deleted or moved outside Touchline. The map stays open here; Save writes it again.");
                diskStamp = null;
                editor.dirtyChanged();
                return editor.part();
            }
            boolean dirty = editor.isDirty();
            String message = file + " changed on disk outside Touchline." + (dirty
                    ? "\n\nYou also have unsaved changes here. Reload the file and lose them, or keep yours (saving"
                            + " then overwrites the other changes)?"
                    : "\n\nReload it to see the changes?");
            int choice = prompts().choose(editor.shell(), "File changed on disk", message,
                    dirty ? "Keep mine" : "Reload", dirty ? "Reload and lose my changes" : "Keep mine");
            if (choice < 0) {
                return editor.part(); // closed without choosing: ask again next time, and let a save ask too
            }
            boolean reload = dirty ? choice == 1 : choice == 0;
            diskStamp = now;
            if (reload) {
                discardRecoveryCopy();
                stack().saveIsDone();
                return editor.reopen();
            }
            ModelFiles.acceptDiskVersion(model); // "keep mine": the next save replaces the file
            return editor.part();
        } finally {
            checkingDisk = false;
        }
    }

    /** Writes the recovery copy a few seconds after the last edit, unless another edit comes first. */
    void scheduleAutosave(Display display) {
        int mine = ++autosaveGeneration;
        display.timerExec(AUTOSAVE_MS, () -> {
            if (mine == autosaveGeneration && editor.isOpen()) {
                autosaveNow();
            }
        });
    }

    /** Writes the recovery copy of unsaved work now (when there is any). */
    void autosaveNow() {
        if (!editor.isDirty()) {
            return;
        }
        try {
            Recovery.standard().write(file, model);
            recoveryFailureShown = false;
        } catch (ModelFileException | IOException e) {
            TouchlineUi.log("Could not write the recovery copy of " + file, e);
            if (!recoveryFailureShown) {
                // once until a copy succeeds again: a failure every few seconds would make the editor unusable
                recoveryFailureShown = true;
                prompts().error(editor.shell(), "No recovery copy of " + file.getFileName(),
                        "Touchline could not write the recovery copy of your unsaved changes, so a crash now would"
                                + " lose them.\n\n" + e.getMessage()
                                + "\n\nSave the map to keep your work. This message is not shown again until a"
                                + " recovery copy has been written.");
            }
        }
    }

    void discardRecoveryCopy() {
        try {
            Recovery.standard().discard(file);
        } catch (IOException e) {
            TouchlineUi.log("Could not remove the recovery copy of " + file, e);
        }
    }
}
