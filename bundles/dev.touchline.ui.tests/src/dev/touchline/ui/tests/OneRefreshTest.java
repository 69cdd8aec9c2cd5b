package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.map.Badge;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;

/**
 * An edit is validated, then laid out and shown once, with its own findings: the views never see
 * a map of the new model with the previous findings.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class OneRefreshTest {

    @TempDir
    Path folder;

    @Test
    void anEditRefreshesTheViewsOnceWithItsOwnFindings() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Touchpoint touchpoint = editor.canvas().mapLayout().cards().stream().map(c -> c.touchpoint())
                .filter(t -> t.getOwner() != null).findFirst().orElseThrow();
        List<Boolean> refreshes = new ArrayList<>();
        Runnable listener = () -> refreshes.add(editor.canvas().mapLayout().cardOf(touchpoint).badges()
                .contains(Badge.NO_OWNER));
        editor.session().addChangeListener(listener);
        try {
            editor.session().execute(SetCommand.create(editor.domain(), touchpoint, TouchlinePackage.Literals.TOUCHPOINT__OWNER,
                    null));
            Ui.flush();
            assertEquals(List.of(true), refreshes, "one refresh, whose map already shows the missing owner");

            refreshes.clear();
            editor.domain().getCommandStack().undo();
            Ui.flush();
            assertEquals(List.of(false), refreshes, "undo: one refresh, the badge gone");
            assertTrue(editor.session().isValidationCurrent());
        } finally {
            editor.session().removeChangeListener(listener);
        }
    }
}
