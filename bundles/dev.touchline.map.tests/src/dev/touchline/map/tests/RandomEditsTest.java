package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.commands.CopiedTouchpoints;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;
import dev.touchline.model.util.IdSource;
import dev.touchline.model.util.ModelIntegrity;

/**
 * Seeded random sequences of the map's edit commands, undo and redo, against the simplest oracle:
 * the saved bytes before and after each command. After every step the model refers to nothing
 * outside itself; undo gives back exactly the bytes before the command, redo exactly the bytes
 * after it; the model saves and loads back to the same bytes. A failing seed is printed with the
 * step, so it can be replayed and kept as a case of {@link MapCommandsTest}.
 */
class RandomEditsTest {

    private static final int SEEDS = Integer.getInteger("touchline.randomEdits.seeds", 60);
    private static final int STEPS = Integer.getInteger("touchline.randomEdits.steps", 200);

    @TempDir
    Path folder;

    @Test
    void randomEditsUndoAndRedoKeepTheModelWholeAndReversible() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            run(seed);
        }
    }

    private void run(long seed) throws Exception {
        Random random = new Random(seed);
        SampleMap sample = new SampleMap();
        // reproducible ids, on this map only: a failing seed replays exactly
        IdSource.install(sample.model.eResource(), new Random(~seed));
        SampleMap other = new SampleMap();
        CommandStack stack = sample.domain.getCommandStack();
        Deque<byte[]> undone = new ArrayDeque<>();
        Deque<byte[]> redone = new ArrayDeque<>();
        CopiedTouchpoints clipboard = CopiedTouchpoints.NONE;
        List<String> log = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            String where = "seed " + seed + ", step " + step + " after " + log.subList(Math.max(0, log.size() - 8),
                    log.size());
            byte[] before = bytes(sample, where);
            int choice = random.nextInt(100);
            if (choice < 12) {
                log.add("undo");
                assertEquals(!undone.isEmpty(), stack.canUndo(), where);
                if (stack.canUndo()) {
                    stack.undo();
                    redone.push(before);
                    assertArrayEquals(undone.pop(), bytes(sample, "undo, " + where), "undo, " + where);
                }
            } else if (choice < 20) {
                log.add("redo");
                assertEquals(!redone.isEmpty(), stack.canRedo(), where);
                if (stack.canRedo()) {
                    stack.redo();
                    undone.push(before);
                    assertArrayEquals(redone.pop(), bytes(sample, "redo, " + where), "redo, " + where);
                }
            } else if (choice < 26) {
                List<Touchpoint> touchpoints = pick(random, all(sample, Touchpoint.class), 1 + random.nextInt(2));
                if (random.nextBoolean() && !all(other, Touchpoint.class).isEmpty()) {
                    touchpoints = pick(random, all(other, Touchpoint.class), 1);
                }
                clipboard = CopiedTouchpoints.of(touchpoints);
                log.add("copy " + touchpoints.stream().map(t -> t.getId() + (t.eResource() == sample.model.eResource() ? ""
                        : " of the other map")).toList());
            } else {
                CopiedTouchpoints copied = clipboard;
                Supplier<Command> edit = edit(random, sample, copied, log);
                Command command = edit.get();
                if (command != null && command.canExecute()) {
                    log.add(command.getLabel());
                    stack.execute(command);
                    undone.push(before);
                    redone.clear();
                }
            }
            List<String> outside = ModelIntegrity.outsideReferences(sample.model);
            assertTrue(outside.isEmpty(), where + ": " + outside);
            if (step % 25 == 24) {
                byte[] bytes = ModelFiles.toBytes(sample.model);  // the file alone
                Path file = folder.resolve("seed-" + seed + ".touchline");
                Files.write(file, bytes);
                assertArrayEquals(bytes, ModelFiles.toBytes(ModelFiles.load(file)), "save and load, " + where);
            }
        }
    }

    /**
     * The model's state: its saved bytes and the order of every backward list (a department's
     * owned touchpoints, a metric's measurements...), which the file does not hold but EMF's undo
     * relies on. A model that cannot be saved fails the test at the step that made it so.
     */
    private static byte[] bytes(SampleMap sample, String where) {
        StringBuilder state = new StringBuilder();
        try {
            state.append(new String(ModelFiles.toBytes(sample.model), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
        sample.model.eAllContents().forEachRemaining(element -> {
            for (org.eclipse.emf.ecore.EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isTransient() && reference.isMany() && reference.getEOpposite() != null) {
                    List<String> ids = new ArrayList<>();
                    for (Object value : (List<?>) element.eGet(reference)) {
                        ids.add(((dev.touchline.model.Element) value).getId());
                    }
                    // In order where EMF undoes by position (the other end is single-valued: owner,
                    // metric), else as a set (supporters, promises).
                    if (reference.getEOpposite().isMany()) {
                        ids.sort(null);
                    }
                    state.append('\n').append(((dev.touchline.model.Element) element).getId()).append('.')
                            .append(reference.getName()).append(" = ").append(ids);
                }
            }
        });
        return state.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One random edit of the map (or {@code null} when nothing fits), with what it is in the log. */
    private static Supplier<Command> edit(Random random, SampleMap sample, CopiedTouchpoints clipboard,
            List<String> log) {
        var domain = sample.domain;
        List<Stage> stages = all(sample, Stage.class);
        List<Touchpoint> touchpoints = all(sample, Touchpoint.class);
        List<Department> departments = sample.model.getDepartments();
        List<Metric> metrics = sample.model.getMetrics();
        Journey journey = sample.model.getJourneys().get(0);
        Touchpoint touchpoint = one(random, touchpoints);
        Stage stage = one(random, stages);
        int kind = random.nextInt(13);
        log.add("edit " + kind + " (touchpoint " + (touchpoint == null ? null : touchpoint.getId()) + ", stage "
                + (stage == null ? null : stage.getId()) + ")");
        return () -> switch (kind) {
            case 0 -> stage == null ? null : JourneyMapCommands.createTouchpoint(domain, stage,
                    Visibility.VALUES.get(random.nextInt(Visibility.VALUES.size())),
                    random.nextInt(stage.getTouchpoints().size() + 2) - 1);
            case 1 -> JourneyMapCommands.createStage(domain, journey, random.nextInt(stages.size() + 2) - 1);
            case 2 -> random.nextBoolean() ? JourneyMapCommands.createDepartment(domain, sample.model)
                    : JourneyMapCommands.createPromise(domain, sample.model);
            case 3 -> touchpoint == null ? null : JourneyMapCommands.createMeasurement(domain, touchpoint,
                    random.nextInt(4) == 0 ? null : one(random, metrics));
            case 4 -> touchpoint == null ? null : JourneyMapCommands.rename(domain, touchpoint,
                    "Renamed " + random.nextInt(1000));
            case 5 -> touchpoint == null ? null : JourneyMapCommands.assignOwner(domain, touchpoint,
                    random.nextInt(5) == 0 ? null : one(random, departments));
            case 6 -> touchpoint == null || departments.isEmpty() ? null
                    : JourneyMapCommands.toggleSupporter(domain, touchpoint, one(random, departments));
            case 7 -> touchpoint == null || stage == null ? null : JourneyMapCommands.moveTouchpoint(domain,
                    touchpoint, new MapLayout.DropTarget(stage, Lane.values()[random.nextInt(Lane.values().length)],
                            random.nextInt(stage.getTouchpoints().size() + 1)));
            case 8 -> stage == null ? null : JourneyMapCommands.paste(domain, stage, clipboard);
            case 9 -> touchpoint == null ? null : JourneyMapCommands.delete(domain, List.of(touchpoint));
            case 10 -> JourneyMapCommands.delete(domain, pick(random, deletable(sample), 1 + random.nextInt(2)));
            case 11 -> stage == null || random.nextInt(3) > 0 ? null : JourneyMapCommands.delete(domain, List.of(stage));
            default -> touchpoint == null || sample.model.getBrandPromises().isEmpty() ? null
                    : org.eclipse.emf.edit.command.AddCommand.create(domain, touchpoint,
                            dev.touchline.model.TouchlinePackage.Literals.TOUCHPOINT__PROMISES,
                            one(random, sample.model.getBrandPromises()));
        };
    }

    private static List<EObject> deletable(SampleMap sample) {
        List<EObject> elements = new ArrayList<>();
        elements.addAll(sample.model.getDepartments());
        elements.addAll(sample.model.getBrandPromises());
        elements.addAll(sample.model.getMetrics());
        elements.addAll(all(sample, Measurement.class));
        elements.addAll(all(sample, BrandPromise.class));
        return elements.stream().distinct().toList();
    }

    private static <T> List<T> all(SampleMap sample, Class<T> type) {
        List<T> found = new ArrayList<>();
        sample.model.eAllContents().forEachRemaining(e -> {
            if (type.isInstance(e)) {
                found.add(type.cast(e));
            }
        });
        return found;
    }

    private static <T> T one(Random random, List<T> from) {
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    private static <T> List<T> pick(Random random, List<T> from, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            T next = one(random, from);
            if (!picked.contains(next)) {
                picked.add(next);
            }
        }
        return picked;
    }
}
