package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.model.Department;
import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.util.IdSource;
import dev.touchline.model.util.ModelIntegrity;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapCanvas;

/**
 * A model-based test of the map editor. Three maps are open (one lacking a department, a promise
 * and a metric the others have); random steps (switch map, select, create, rename, assign owner
 * and supporters, measure, drag, copy, paste, delete, undo, redo, save), 200 for each seed, go
 * through the workbench as a user's would: keys, clicks and drags on the map, its context
 * menu, and the window's handler service for the Edit and File commands (what a key binding
 * runs). After every step each editor's model must equal its {@link EditorOracle}, which applies
 * the same edits to a plain copy of the model through the model API, both as a model and as saved
 * bytes ({@link SameMap}: the bytes alone would trust the file format the oracle shares with the
 * editor); every model must be closed (nothing refers outside it) and its dirty mark right; now
 * and then each saves and loads back to the same model and the same bytes.
 * <p>
 * New ids come from a seeded source on each map, so a run is reproducible: a failure names its seed and step
 * ({@code -Dtouchline.editorModel.seed=N} replays one seed). The build runs a short search;
 * {@code -Dtouchline.editorModel.minutes=30} runs seed after seed for that long.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class EditorModelTest {

    private static final int STEPS = Integer.getInteger("touchline.editorModel.steps", 200);
    private static final long SEED = Long.getLong("touchline.editorModel.seed", 1);
    private static final int SEEDS = Integer.getInteger("touchline.editorModel.seeds", 2);
    private static final int MINUTES = Integer.getInteger("touchline.editorModel.minutes", 0);
    private static final String[] FILES = { "first.touchline", "second.touchline", "third.touchline" };

    @TempDir
    Path folder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    @Test
    void randomStepsThroughTheWorkbenchKeepEveryMapEqualToItsOracle() throws Exception {
        long end = System.nanoTime() + MINUTES * 60_000_000_000L;
        long seed = SEED;
        int runs = 0;
        do {
            run(seed++);
            runs++;
        } while (MINUTES > 0 ? System.nanoTime() < end : runs < SEEDS);
        System.out.println("EditorModelTest: " + runs + " seeds of " + STEPS + " steps, no failure");
    }

    /** What the random steps act on in one run. */
    private final class Run {
        final long seed;
        final Random random;
        final JourneyMapEditor[] editors = new JourneyMapEditor[FILES.length];
        final EditorOracle[] oracles = new EditorOracle[FILES.length];
        final EditorOracle.Clipboard clipboard = new EditorOracle.Clipboard();
        final List<String> log = new ArrayList<>();
        int active;
        int step;

        Run(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        JourneyMapEditor editor() {
            return editors[active];
        }

        EditorOracle oracle() {
            return oracles[active];
        }

        String where() {
            return "seed " + seed + ", step " + step + ", map " + FILES[active] + ", last steps "
                    + log.subList(Math.max(0, log.size() - 8), log.size());
        }
    }

    private void run(long seed) throws Exception {
        Ui.page().closeAllEditors(false);
        dev.touchline.ui.editor.MapClipboard.current().set(null); // the oracle's clipboard starts empty too
        Path runFolder = Files.createDirectories(folder.resolve("seed-" + seed));
        Run run = new Run(seed);
        for (int i = 0; i < FILES.length; i++) {
            Path file = runFolder.resolve(FILES[i]);
            Files.copy(Path.of("../../samples/northwind-movers.touchline"), file);
            if (i == 1) {
                // One map lacks a department, a promise and a metric the others have: pastes into it
                // from them must drop those references, not bind them to nothing.
                var model = ModelFiles.load(file);
                for (String id : List.of("dep-field-ops", "bp-show-up", "met-csat")) {
                    org.eclipse.emf.ecore.util.EcoreUtil.delete(model.eResource().getEObject(id), true);
                }
                ModelFiles.save(model, file);
            }
            run.editors[i] = (JourneyMapEditor) dev.touchline.ui.editor.MapEditors.open(Ui.window(), file);
            // Each map's ids, in the editor and in its oracle, come from two generators with the same
            // seed, one pair per map: a run replays exactly, whatever order the maps are edited in.
            IdSource.install(run.editors[i].model().eResource(), ids(seed, i));
            run.oracles[i] = new EditorOracle(ModelFiles.load(file), ids(seed, i), runFolder);
        }
        Ui.window().getShell().setSize(1600, 1000);
        for (JourneyMapEditor editor : run.editors) {
            editor.canvas().setZoom(0.45, 0, 0);
        }
        run.active = FILES.length - 1;
        Ui.flush();
        for (run.step = 0; run.step < STEPS; run.step++) {
            step(run);
            check(run);
        }
        Ui.screenshot(Ui.window().getShell(), "editor-model-seed-" + seed);
        Ui.page().closeAllEditors(false);
        Ui.flush();
    }

    private void step(Run run) throws Exception {
        int choice = run.random.nextInt(100);
        if (choice < 8) {
            run.active = run.random.nextInt(FILES.length);
            run.log.add("switch to " + FILES[run.active]);
            Ui.page().activate(run.editor());
            Ui.flush();
        } else if (choice < 20) {
            newTouchpoint(run);
        } else if (choice < 24) {
            newStage(run);
        } else if (choice < 32) {
            rename(run);
        } else if (choice < 40) {
            assignOwner(run);
        } else if (choice < 46) {
            toggleSupporter(run);
        } else if (choice < 52) {
            drag(run);
        } else if (choice < 58) {
            copy(run);
        } else if (choice < 64) {
            paste(run);
        } else if (choice < 69) {
            delete(run);
        } else if (choice < 72) {
            measure(run);
        } else if (choice < 84) {
            run.log.add("undo");
            boolean expected = run.oracle().canUndo();
            assertEquals(expected, command("org.eclipse.ui.edit.undo"), "Undo enabled, " + run.where());
            if (expected) {
                run.oracle().undo();
            }
        } else if (choice < 92) {
            run.log.add("redo");
            boolean expected = run.oracle().canRedo();
            assertEquals(expected, command("org.eclipse.ui.edit.redo"), "Redo enabled, " + run.where());
            if (expected) {
                run.oracle().redo();
            }
        } else {
            save(run);
        }
    }

    // --- the steps -------------------------------------------------------------------------------------

    private void newTouchpoint(Run run) throws Exception {
        EObject selected = selectSomething(run, true);
        if (selected == null) {
            return;
        }
        String name = "Touchpoint " + run.step;
        run.log.add("insert after " + id(selected) + " as " + name);
        Ui.key(run.editor().canvas(), SWT.INSERT, '\0', 0);
        run.oracle().newTouchpoint(id(selected));
        typeName(run, name, "a new touchpoint opens for its name");
    }

    private void newStage(Run run) throws Exception {
        Stage stage = pick(run, stages(run.editor()));
        if (stage == null) {
            return;
        }
        select(run, List.of(stage));
        run.log.add("new stage after " + stage.getId());
        Ui.key(run.editor().canvas(), SWT.INSERT, '\0', SWT.MOD1 | SWT.SHIFT);
        run.oracle().newStage(stage.getId());
        typeName(run, "Stage " + run.step, "a new stage opens for its name");
    }

    /** Types a name into the rename field that a new element opened, and confirms it with Enter. */
    private void typeName(Run run, String name, String what) throws Exception {
        var field = run.editor().canvas().renameField();
        assertNotNull(field, what + ", " + run.where());
        field.setText(name);
        field.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        run.oracle().renameNewest(name);
    }

    private void rename(Run run) throws Exception {
        EObject selected = selectSomething(run, false);
        if (selected == null) {
            return;
        }
        String name = "Renamed " + run.step;
        run.log.add("rename " + id(selected) + " to " + name);
        assertEquals(true, command("org.eclipse.ui.edit.rename"), run.where());
        var field = run.editor().canvas().renameField();
        assertNotNull(field, "F2 opens the name for editing, " + run.where());
        field.setText(name);
        field.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        run.oracle().rename(id(selected), name);
    }

    private void assignOwner(Run run) throws Exception {
        Touchpoint touchpoint = pick(run, touchpoints(run.editor()));
        Department department = pick(run, run.editor().model().getDepartments());
        if (touchpoint == null || department == null) {
            return;
        }
        select(run, List.of(touchpoint));
        run.log.add("owner of " + touchpoint.getId() + " := " + department.getId());
        boolean expected = run.oracle().canAssignOwner(touchpoint.getId(), department.getId());
        boolean chosen = Ui.contextMenu(run.editor().canvas(), "Assign owner", department.getName());
        assertEquals(expected, chosen, "Assign owner offered, " + run.where());
        if (expected) {
            run.oracle().assignOwner(touchpoint.getId(), department.getId());
        }
    }

    private void toggleSupporter(Run run) throws Exception {
        Touchpoint touchpoint = pick(run, touchpoints(run.editor()));
        Department department = pick(run, run.editor().model().getDepartments());
        if (touchpoint == null || department == null) {
            return;
        }
        select(run, List.of(touchpoint));
        run.log.add("toggle supporter " + department.getId() + " of " + touchpoint.getId());
        boolean expected = run.oracle().canToggleSupporter(touchpoint.getId(), department.getId());
        String label = department.getName() + (touchpoint.getOwner() == department ? " (owner)" : "");
        boolean chosen = Ui.contextMenu(run.editor().canvas(), "Supporting departments", label);
        assertEquals(expected, chosen, "Supporting department offered, " + run.where());
        if (expected) {
            run.oracle().toggleSupporter(touchpoint.getId(), department.getId());
        }
    }

    private void drag(Run run) throws Exception {
        MapCanvas canvas = run.editor().canvas();
        MapLayout layout = canvas.mapLayout();
        Touchpoint touchpoint = pick(run, touchpoints(run.editor()));
        MapLayout.StageColumn column = pick(run, layout.stages());
        List<MapLayout.LaneBand> bands = layout.lanes().stream().filter(b -> b.lane().holdsCards()).toList();
        MapLayout.LaneBand band = pick(run, bands);
        if (touchpoint == null || column == null || band == null || layout.cardOf(touchpoint) == null) {
            return;
        }
        var card = layout.cardOf(touchpoint).bounds();
        int x = column.column().x() + 4 + run.random.nextInt(Math.max(1, column.column().width() - 8));
        int y = band.bounds().y() + 4 + run.random.nextInt(Math.max(1, band.bounds().height() - 8));
        Point from = canvas.toControl(card.centerX(), card.centerY());
        Point to = canvas.toControl(x, y);
        Rectangle area = canvas.getClientArea();
        if (!area.contains(from) || !area.contains(to) || Math.abs(from.x - to.x) + Math.abs(from.y - to.y) < 12) {
            return;
        }
        // Where the map will take the press and the drop: the control points back in map units.
        Point pressed = canvas.toMap(from.x, from.y);
        // (the lane titles are pinned over the map's left edge: a press there hits nothing)
        if (layout.elementAt(pressed.x, pressed.y) != touchpoint
                || from.x < dev.touchline.map.JourneyMapLayout.GUTTER * canvas.zoom()) {
            return;
        }
        Point dropped = canvas.toMap(to.x, to.y);
        MapLayout.DropTarget target = layout.dropTargetAt(dropped.x, dropped.y, Lane.of(touchpoint.getVisibility()));
        run.log.add("drag " + touchpoint.getId() + " to " + (target == null ? "nowhere"
                : target.stage().getId() + "/" + target.lane() + "/" + target.index()));
        Ui.drag(canvas, from, to);
        if (target != null) {
            run.oracle().move(touchpoint.getId(), target.stage().getId(), target.lane().visibility(), target.index());
        }
    }

    private void copy(Run run) throws Exception {
        List<Touchpoint> all = touchpoints(run.editor());
        if (all.isEmpty()) {
            return;
        }
        List<Touchpoint> chosen = new ArrayList<>();
        for (int i = 1 + run.random.nextInt(2); i > 0; i--) {
            Touchpoint next = pick(run, all);
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        chosen = select(run, chosen);
        run.log.add("copy " + chosen.stream().map(Touchpoint::getId).toList());
        assertEquals(true, command("org.eclipse.ui.edit.copy"), run.where());
        run.clipboard.copy(run.oracle(), chosen.stream().map(Touchpoint::getId).toList());
    }

    private void paste(Run run) throws Exception {
        EObject selected = selectSomething(run, true);
        if (selected == null) {
            return;
        }
        run.log.add("paste at " + id(selected));
        boolean expected = !run.clipboard.isEmpty();
        assertEquals(expected, command("org.eclipse.ui.edit.paste"), "Paste enabled, " + run.where());
        if (expected) {
            run.oracle().paste(id(selected), run.clipboard);
        }
    }

    private void measure(Run run) throws Exception {
        Touchpoint touchpoint = pick(run, touchpoints(run.editor()));
        var metric = pick(run, run.editor().model().getMetrics());
        if (touchpoint == null || metric == null) {
            return;
        }
        select(run, List.of(touchpoint));
        run.log.add("measure " + touchpoint.getId() + " by " + metric.getId());
        assertEquals(true, Ui.contextMenu(run.editor().canvas(), "New measurement of", metric.getName()), run.where());
        run.oracle().newMeasurement(touchpoint.getId(), metric.getId());
    }

    private void delete(Run run) throws Exception {
        List<EObject> chosen = new ArrayList<>();
        if (run.random.nextInt(6) == 0) {
            Stage stage = pick(run, stages(run.editor()));
            if (stage != null) {
                chosen.add(stage);
            }
        } else {
            for (int i = 1 + run.random.nextInt(2); i > 0; i--) {
                Touchpoint next = pick(run, touchpoints(run.editor()));
                if (next != null && !chosen.contains(next)) {
                    chosen.add(next);
                }
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        chosen = select(run, chosen);
        run.log.add("delete " + chosen.stream().map(EditorModelTest::id).toList());
        assertEquals(true, command("org.eclipse.ui.edit.delete"), run.where());
        run.oracle().delete(chosen.stream().map(EditorModelTest::id).toList());
    }

    private void save(Run run) throws Exception {
        run.log.add("save");
        boolean dirty = run.oracle().isDirty();
        boolean ran = command("org.eclipse.ui.file.save");
        assertEquals(dirty, ran, "Save enabled, " + run.where());
        if (ran) {
            run.oracle().saved();
            assertEquals(List.of(), prompts.said, "saving said nothing, " + run.where());
            String where = "the saved file, " + run.where();
            SameMap.assertSameBytes(run.oracle().bytes(), Files.readAllBytes(run.editor().file()), where);
            SameMap.assertSameModel(run.oracle().model(), ModelFiles.load(run.editor().file()), where);
        }
    }

    // --- checks --------------------------------------------------------------------------------------------

    private void check(Run run) throws Exception {
        for (int i = 0; i < FILES.length; i++) {
            JourneyMapEditor editor = run.editors[i];
            String where = FILES[i] + " after " + run.where();
            assertEquals(List.of(), ModelIntegrity.outsideReferences(editor.model()), where);
            // Every element has its id before the model is written (writing gives missing ids, which
            // would hide an edit that made an element without one).
            editor.model().eAllContents().forEachRemaining(e -> {
                if (e instanceof Element element && (element.getId() == null || element.getId().isBlank())) {
                    fail("an element without an id: " + e + ", " + where);
                }
            });
            SameMap.assertSameBytes(run.oracles[i].bytes(), ModelFiles.toBytes(editor.model()), where);
            SameMap.assertSameModel(run.oracles[i].model(), editor.model(), where);
            assertEquals(run.oracles[i].isDirty(), editor.isDirty(), "dirty mark of " + where);
            if (run.step % 40 == 39) {
                Path file = folder.resolve("reload.touchline");
                byte[] bytes = ModelFiles.toBytes(editor.model());
                Files.write(file, bytes);
                JourneyModel loaded = ModelFiles.load(file);
                SameMap.assertSameBytes(bytes, ModelFiles.toBytes(loaded), "saved and loaded, " + where);
                SameMap.assertSameModel(editor.model(), loaded, "saved and loaded, " + where);
            }
        }
        assertEquals(List.of(), prompts.said, "nothing went wrong on screen, " + run.where());
    }

    // --- selecting, as a user clicks -------------------------------------------------------------------

    /** Clicks a random touchpoint or stage of the active map (no selection at all, sometimes). */
    private EObject selectSomething(Run run, boolean allowNone) {
        List<EObject> candidates = new ArrayList<>(touchpoints(run.editor()));
        candidates.addAll(stages(run.editor()));
        if (candidates.isEmpty()) {
            return null;
        }
        EObject chosen = pick(run, candidates);
        select(run, List.of(chosen));
        return chosen;
    }

    /**
     * Clicks the first element (scrolled into view), Ctrl+clicks each other one that is in view,
     * and checks the map selected them; returns what was selected.
     */
    private static <T extends EObject> List<T> select(Run run, List<T> elements) {
        MapCanvas canvas = run.editor().canvas();
        List<T> selected = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            if (i == 0) {
                canvas.reveal(element); // scrolls (and selects: the click below selects it again)
                Ui.flush();
            }
            MapLayout layout = canvas.mapLayout();
            var bounds = element instanceof Stage stage ? layout.columnOf(stage).header() : layout.boundsOf(element);
            Point at = Ui.centerOf(canvas, bounds);
            if (i > 0 && (!canvas.getClientArea().contains(at)
                    || at.x < dev.touchline.map.JourneyMapLayout.GUTTER * canvas.zoom())) {
                continue; // out of view (or under the pinned lane titles): not clicked
            }
            int ctrl = i == 0 ? 0 : SWT.MOD1;
            Ui.mouse(canvas, SWT.MouseDown, at.x, at.y, 1, ctrl);
            Ui.mouse(canvas, SWT.MouseUp, at.x, at.y, 1, SWT.BUTTON1 | ctrl);
            selected.add(element);
        }
        assertEquals(selected, canvas.selection(), "clicked elements are selected, " + run.where());
        return selected;
    }

    /** Runs a workbench command as a key binding does; false when its handler is disabled. */
    private static boolean command(String id) throws Exception {
        try {
            Ui.command(id);
            return true;
        } catch (NotEnabledException e) {
            return false;
        }
    }

    private static List<Touchpoint> touchpoints(JourneyMapEditor editor) {
        return stages(editor).stream().flatMap(s -> s.getTouchpoints().stream()).toList();
    }

    private static List<Stage> stages(JourneyMapEditor editor) {
        return editor.model().getJourneys().stream().flatMap(j -> j.getStages().stream()).toList();
    }

    /** The generator of new ids for map {@code map} in the run of {@code seed} (distinct for every seed and map). */
    private static Random ids(long seed, int map) {
        return new Random(~seed * FILES.length - map);
    }

    private static <T> T pick(Run run, List<T> from) {
        return from.isEmpty() ? null : from.get(run.random.nextInt(from.size()));
    }

    private static String id(EObject element) {
        return ((Element) element).getId();
    }
}
