package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.OutlineDrop;
import dev.touchline.ui.editor.OutlineDrop.Where;

/** What a drop in the Outline does: reorder, move into another element, or nothing. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class OutlineDropTest {

    @TempDir
    Path folder;

    @Test
    void dropsReorderAndMoveAsOneStepAndRefuseWhatCannotBe() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Journey journey = editor.session().journey();
        List<Stage> stages = journey.getStages();
        Stage first = stages.get(0);
        Stage third = stages.get(2);

        editor.session().execute(OutlineDrop.move(editor.domain(), first, Where.BEFORE, List.of(third)));
        Ui.flush();
        assertEquals(third, stages.get(0), "a stage dropped before the first one goes first");
        assertEquals(third, editor.canvas().mapLayout().stages().get(0).stage(), "and the map follows");

        Touchpoint moved = first.getTouchpoints().get(0);
        editor.session().execute(OutlineDrop.move(editor.domain(), third, Where.ON, List.of(moved)));
        Ui.flush();
        assertTrue(third.getTouchpoints().contains(moved), "a touchpoint dropped on a stage moves into it");

        Command nonsense = OutlineDrop.move(editor.domain(), moved, Where.ON, List.of(editor.model().getDepartments()
                .get(0)));
        assertFalse(nonsense.canExecute(), "a department does not go into a touchpoint");

        editor.domain().getCommandStack().undo();
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertEquals(first, stages.get(0));
        assertEquals(moved, first.getTouchpoints().get(0), "two undos put everything back");
    }
}
