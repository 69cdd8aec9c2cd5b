package dev.touchline.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.ui.IWorkbenchWindow;

import dev.touchline.io.Recovery;
import dev.touchline.ui.TouchlineUi;

/**
 * At start-up, offers back the unsaved work a previous session left as recovery copies (it ended
 * without saving: a crash, a kill, a power cut).
 */
public final class RecoveryOffer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private RecoveryOffer() {
    }

    /** Asks about each recovery copy; returns how many recovered copies were opened. */
    public static int offer(IWorkbenchWindow window) {
        Recovery recovery = Recovery.standard();
        int opened = 0;
        try {
            for (Recovery.Entry entry : recovery.pending()) {
                String name = entry.original().getFileName().toString();
                int choice = UserPrompts.current().choose(window.getShell(), "Recover unsaved work",
                        "Touchline was closed while " + name + " had unsaved changes. A copy of them from "
                                + TIME.format(entry.savedAt()) + " was kept.\n\nOpen the recovered copy? It is saved"
                                + " next to the original as a new file; " + entry.original() + " stays as it is.",
                        "Open recovered copy", "Discard");
                if (choice == 0) {
                    Path restored = recovery.restore(entry);
                    if (MapEditors.open(window, restored) != null) {
                        opened++;
                    }
                } else {
                    recovery.discard(entry.original());
                }
            }
        } catch (IOException e) {
            TouchlineUi.log("Could not read the recovery copies in " + recovery.folder(), e);
        }
        return opened;
    }
}
