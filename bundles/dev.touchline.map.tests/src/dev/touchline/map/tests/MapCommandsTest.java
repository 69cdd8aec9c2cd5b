package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.map.commands.QuickFixes;
import dev.touchline.model.util.ModelIntegrity;
import dev.touchline.model.util.Texts;
import dev.touchline.model.Department;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;
import dev.touchline.validation.Finding;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.Rule;

class MapCommandsTest {

    @Test
    void movingATouchpointToAnotherStageAndLaneUndoesAsOneStep() throws Exception {
        SampleMap sample = new SampleMap();
        Touchpoint contract = sample.byId("tp-contract");
        Stage book = sample.byId("st-book");
        Stage prepare = sample.byId("st-prepare");
        int indexInBook = book.getTouchpoints().indexOf(contract);
        byte[] before = ModelFiles.toBytes(sample.model);

        execute(sample, JourneyMapCommands.moveTouchpoint(sample.domain, contract,
                new MapLayout.DropTarget(prepare, Lane.BACKSTAGE, 0)));
        assertSame(prepare, contract.eContainer());
        assertEquals(0, prepare.getTouchpoints().indexOf(contract));
        assertEquals(Visibility.BACKSTAGE, contract.getVisibility());

        sample.domain.getCommandStack().undo();
        assertSame(book, contract.eContainer());
        assertEquals(indexInBook, book.getTouchpoints().indexOf(contract));
        assertEquals(new String(before, "UTF-8"), new String(ModelFiles.toBytes(sample.model), "UTF-8"));
        sample.domain.getCommandStack().redo();
        assertSame(prepare, contract.eContainer());
    }

    @Test
    void movingWithinAStageCountsTheIndexBeforeTheMove() throws Exception {
        SampleMap sample = new SampleMap();
        Stage quote = sample.byId("st-quote");
        Touchpoint first = quote.getTouchpoints().get(0);
        Touchpoint third = quote.getTouchpoints().get(2);
        // Dropped before the third card: it lands just before it, i.e. at index 1 after removal.
        execute(sample, JourneyMapCommands.moveTouchpoint(sample.domain, first,
                new MapLayout.DropTarget(quote, Lane.FRONTSTAGE, 2)));
        assertEquals(1, quote.getTouchpoints().indexOf(first));
        assertEquals(quote.getTouchpoints().indexOf(first) + 1, quote.getTouchpoints().indexOf(third));
    }

    @Test
    void createRenameAndDeleteEachUndo() throws Exception {
        SampleMap sample = new SampleMap();
        Stage book = sample.byId("st-book");
        int count = book.getTouchpoints().size();
        execute(sample, JourneyMapCommands.createTouchpoint(sample.domain, book, Visibility.SUPPORT, -1));
        Touchpoint created = book.getTouchpoints().get(count);
        assertEquals(Visibility.SUPPORT, created.getVisibility());
        assertTrue(created.getId().startsWith("tp-"));

        execute(sample, JourneyMapCommands.rename(sample.domain, created, "  Deposit\u0000 receipt\u000b  "));
        assertEquals("Deposit receipt", created.getName(), "control characters cleaned as the text comes in");
        execute(sample, JourneyMapCommands.delete(sample.domain, List.of(created)));
        assertEquals(count, book.getTouchpoints().size());

        CommandStack stack = sample.domain.getCommandStack();
        stack.undo();
        assertEquals("Deposit receipt", book.getTouchpoints().get(count).getName());
        stack.undo();
        assertEquals("New touchpoint", created.getName());
        stack.undo();
        assertEquals(count, book.getTouchpoints().size());
        assertFalse(JourneyMapCommands.rename(sample.domain, created, " \u0001 ").canExecute(), "an empty name");
    }

    @Test
    void supportingDepartmentsAreToggledAndEachToggleUndoes() throws Exception {
        SampleMap sample = new SampleMap();
        Touchpoint ads = sample.byId("tp-search-ads");
        Department it = sample.model.getDepartments().stream().filter(d -> "IT".equals(d.getName()))
                .findFirst().orElseThrow();
        List<Department> before = List.copyOf(ads.getSupporters());
        assertFalse(before.contains(it));

        execute(sample, JourneyMapCommands.toggleSupporter(sample.domain, ads, it));
        assertTrue(ads.getSupporters().contains(it));
        assertTrue(it.getSupportedTouchpoints().contains(ads), "the department sees it too");
        execute(sample, JourneyMapCommands.toggleSupporter(sample.domain, ads, it));
        assertEquals(before, ads.getSupporters());
        assertFalse(JourneyMapCommands.toggleSupporter(sample.domain, ads, ads.getOwner()).canExecute(),
                "the owner is not its own supporter");

        CommandStack stack = sample.domain.getCommandStack();
        stack.undo();
        assertTrue(ads.getSupporters().contains(it));
        stack.undo();
        assertEquals(before, ads.getSupporters());
        assertFalse(it.getSupportedTouchpoints().contains(ads));
    }

    @Test
    void deletingAnOwnedTouchpointUndoesWithItsOwnerSupportersAndPromises() throws Exception {
        SampleMap sample = new SampleMap();
        Touchpoint survey = sample.byId("tp-survey-visit");
        Stage quote = sample.byId("st-quote");
        Department fieldOps = sample.byId("dep-field-ops");
        int index = quote.getTouchpoints().indexOf(survey);
        byte[] before = ModelFiles.toBytes(sample.model);
        Command del = JourneyMapCommands.delete(sample.domain, List.of(survey));
        execute(sample, del);
        assertFalse(quote.getTouchpoints().contains(survey));
        assertFalse(fieldOps.getOwnedTouchpoints().contains(survey));
        sample.domain.getCommandStack().undo();
        assertEquals(index, quote.getTouchpoints().indexOf(survey));
        assertSame(fieldOps, survey.getOwner());
        assertTrue(fieldOps.getOwnedTouchpoints().contains(survey));
        assertEquals(new String(before, "UTF-8"), new String(ModelFiles.toBytes(sample.model), "UTF-8"));
        sample.domain.getCommandStack().redo();
        assertFalse(quote.getTouchpoints().contains(survey));
    }

    @Test
    void deletingAnyElementAndUndoingGivesBackTheSameFile() throws Exception {
        SampleMap sample = new SampleMap();
        String before = new String(ModelFiles.toBytes(sample.model), "UTF-8");
        List<org.eclipse.emf.ecore.EObject> all = new java.util.ArrayList<>();
        sample.model.eAllContents().forEachRemaining(all::add);
        for (org.eclipse.emf.ecore.EObject element : all) {
            execute(sample, JourneyMapCommands.delete(sample.domain, List.of(element)));
            assertNull(element.eContainer(), element.toString());
            sample.domain.getCommandStack().undo();
            assertEquals(before, new String(ModelFiles.toBytes(sample.model), "UTF-8"), "after undoing " + element);
        }
    }

    @Test
    void deletingADepartmentLeavesItsTouchpointsUnownedAndUndoRestoresThem() throws Exception {
        SampleMap sample = new SampleMap();
        Department sales = sample.byId("dep-sales");
        Touchpoint contract = sample.byId("tp-contract");
        execute(sample, JourneyMapCommands.delete(sample.domain, List.of(sales)));
        assertNull(contract.getOwner());
        assertFalse(sample.model.getDepartments().contains(sales));
        sample.domain.getCommandStack().undo();
        assertSame(sales, contract.getOwner());
    }

    @Test
    void pastedCopiesGetFreshIdsAndKeepTheirReferences() throws Exception {
        SampleMap sample = new SampleMap();
        Touchpoint survey = sample.byId("tp-survey-visit");
        Stage follow = sample.byId("st-follow-up");
        execute(sample, JourneyMapCommands.paste(sample.domain, follow, List.of(survey)));
        Touchpoint copy = follow.getTouchpoints().get(follow.getTouchpoints().size() - 1);
        assertEquals(survey.getName(), copy.getName());
        assertNotEquals(survey.getId(), copy.getId());
        assertNotEquals(survey.getMeasurements().get(0).getId(), copy.getMeasurements().get(0).getId());
        assertSame(survey.getOwner(), copy.getOwner());
        // Ids stay unique, so the file saves and loads back with both touchpoints.
        assertTrue(new ModelValidator().validate(sample.model).findings().stream()
                .noneMatch(f -> f.rule() == Rule.MODEL_INTEGRITY));
        assertSame(copy, sample.model.eResource().getEObject(copy.getId()));
    }

    /**
     * Regression (issue 13): the paste set the copy's owner while the command was being built, so
     * the owner's list of owned touchpoints kept the copy after undo and every save failed.
     */
    @Test
    void undoingAPasteLeavesNothingInTheModelReferringToTheCopy() throws Exception {
        SampleMap sample = new SampleMap();
        byte[] before = ModelFiles.toBytes(sample.model);
        Touchpoint comparison = sample.byId("tp-search-ads");
        Stage follow = sample.byId("st-follow-up");
        execute(sample, JourneyMapCommands.paste(sample.domain, follow, List.of(comparison)));
        sample.domain.getCommandStack().undo();
        assertEquals(List.of(), ModelIntegrity.outsideReferences(sample.model));
        assertEquals(new String(before, "UTF-8"), new String(ModelFiles.toBytes(sample.model), "UTF-8"));
        execute(sample, JourneyMapCommands.rename(sample.domain, comparison, "Price comparison portals"));
        assertEquals(List.of(), ModelIntegrity.outsideReferences(sample.model), "the next edit saves");
        sample.domain.getCommandStack().undo();
        sample.domain.getCommandStack().redo();
        assertEquals(List.of(), ModelIntegrity.outsideReferences(sample.model), "and so does its undo and redo");
        assertEquals("Price comparison portals", comparison.getName());
    }

    /**
     * Regression (issue 13, found by the model-based tests): undoing a delete put the metric's
     * backward list of measurements in another order, and EMF undoes an add by position, so undoing
     * the paste before it removed another touchpoint's measurement from the metric and left the
     * pasted copy's in it: one measurement silently lost its metric, and the model could not be saved.
     */
    @Test
    void undoingADeleteRestoresBackwardListsSoEarlierEditsStillUndoExactly() throws Exception {
        SampleMap source = new SampleMap();
        SampleMap target = new SampleMap();
        byte[] before = ModelFiles.toBytes(target.model);
        Metric csat = target.byId("met-csat");
        List<Object> measurementsBefore = List.copyOf(csat.getMeasurements());
        Stage book = target.byId("st-book");
        execute(target, JourneyMapCommands.paste(target.domain, book, List.of(source.byId("tp-checklist"))));
        List<Object> measurementsPasted = List.copyOf(csat.getMeasurements());
        execute(target, JourneyMapCommands.delete(target.domain, List.of(csat)));
        target.domain.getCommandStack().undo();
        assertEquals(measurementsPasted, List.copyOf(csat.getMeasurements()), "undoing the delete restores the order");
        target.domain.getCommandStack().undo();
        assertEquals(List.of(), ModelIntegrity.outsideReferences(target.model));
        assertEquals(measurementsBefore, List.copyOf(csat.getMeasurements()), "in the same order");
        assertEquals(new String(before, "UTF-8"), new String(ModelFiles.toBytes(target.model), "UTF-8"));

        // The same with owners: undoing an owner change after a department was deleted and restored.
        Touchpoint contract = target.byId("tp-contract");
        Department sales = contract.getOwner();
        List<Object> ownedBefore = List.copyOf(sales.getOwnedTouchpoints());
        execute(target, JourneyMapCommands.assignOwner(target.domain, contract, target.byId("dep-it")));
        Department it = target.byId("dep-it");
        List<Object> itOwned = List.copyOf(it.getOwnedTouchpoints());
        execute(target, JourneyMapCommands.delete(target.domain, List.of(it)));
        target.domain.getCommandStack().undo();
        assertEquals(itOwned, List.copyOf(it.getOwnedTouchpoints()), "undoing the delete restores the order");
        target.domain.getCommandStack().undo();
        assertEquals(ownedBefore, List.copyOf(sales.getOwnedTouchpoints()));
        assertEquals(new String(before, "UTF-8"), new String(ModelFiles.toBytes(target.model), "UTF-8"));
    }

    @Test
    void textsEditedOnTheMapAreCleanedAndAnEmptyGoalIsCleared() throws Exception {
        SampleMap sample = new SampleMap();
        Stage book = sample.byId("st-book");
        var pkg = dev.touchline.model.TouchlinePackage.eINSTANCE;
        execute(sample, JourneyMapCommands.editText(sample.domain, book, pkg.getStage_CustomerActions(),
                "Signs online\nand pays\u0007 the deposit "));
        assertEquals("Signs online and pays the deposit", book.getCustomerActions());
        execute(sample, JourneyMapCommands.editText(sample.domain, book, pkg.getStage_CustomerGoal(), "  "));
        assertNull(book.getCustomerGoal(), "an emptied goal is cleared, not kept as blanks");
        assertFalse(JourneyMapCommands.editText(sample.domain, book, pkg.getNamedElement_Name(), " ").canExecute(),
                "a name cannot be emptied");
        sample.domain.getCommandStack().undo();
        assertEquals("Secure the moving date", book.getCustomerGoal());
    }

    /** Regression (issue 13): the same for a new measurement, whose metric lists its measurements. */
    @Test
    void undoingANewMeasurementLeavesNothingReferringToIt() throws Exception {
        SampleMap sample = new SampleMap();
        Metric csat = sample.byId("met-csat");
        int measurements = csat.getMeasurements().size();
        execute(sample, JourneyMapCommands.createMeasurement(sample.domain, sample.byId("tp-contract"), csat));
        assertEquals(measurements + 1, csat.getMeasurements().size());
        sample.domain.getCommandStack().undo();
        assertEquals(measurements, csat.getMeasurements().size());
        assertEquals(List.of(), ModelIntegrity.outsideReferences(sample.model));
        sample.domain.getCommandStack().redo();
        assertEquals(measurements + 1, csat.getMeasurements().size());
    }

    @Test
    void aPasteIsWhatWasCopiedNotWhatTheOriginalBecameAfterwards() throws Exception {
        SampleMap sample = new SampleMap();
        Touchpoint survey = sample.byId("tp-survey-visit");
        Department owner = survey.getOwner();
        String name = survey.getName();
        var copied = dev.touchline.map.commands.CopiedTouchpoints.of(List.of(survey));
        execute(sample, JourneyMapCommands.rename(sample.domain, survey, "Renamed after the copy"));
        execute(sample, JourneyMapCommands.delete(sample.domain, List.of(survey)));
        Stage book = sample.byId("st-book");
        execute(sample, JourneyMapCommands.paste(sample.domain, book, copied));
        Touchpoint pasted = book.getTouchpoints().get(book.getTouchpoints().size() - 1);
        assertEquals(name, pasted.getName());
        assertSame(owner, pasted.getOwner(), "the owner, found by id in the map");
    }

    @Test
    void pastingIntoAnotherModelRebindsByIdOrDropsReferencesThatWouldDangle() throws Exception {
        SampleMap source = new SampleMap();
        SampleMap target = new SampleMap();
        target.model.getDepartments().clear();
        Stage stage = target.byId("st-book");
        execute(target, JourneyMapCommands.paste(target.domain, stage, List.of(source.byId("tp-survey-visit"))));
        Touchpoint copy = stage.getTouchpoints().get(stage.getTouchpoints().size() - 1);
        assertNull(copy.getOwner(), "Field Operations is not in the target model");
        assertTrue(copy.getSupporters().isEmpty());
        assertSame(target.byId("met-csat"), copy.getMeasurements().get(0).getMetric(),
                "rebound to the target's metric with the same id");
    }

    @Test
    void quickFixesCloseTheOwnerAndMetricFindings() throws Exception {
        SampleMap sample = new SampleMap();
        Finding noOwner = find(sample, Rule.TOUCHPOINT_OWNER, "tp-truck-tracking");
        Finding noMetric = find(sample, Rule.TOUCHPOINT_METRIC, "tp-contract");
        assertTrue(QuickFixes.canFix(noOwner) && QuickFixes.canFix(noMetric));
        assertEquals(sample.model.getDepartments(), QuickFixes.choices(noOwner));
        assertEquals(sample.model.getMetrics(), QuickFixes.choices(noMetric));

        Department it = sample.byId("dep-it");
        Metric csat = sample.byId("met-csat");
        execute(sample, QuickFixes.fix(sample.domain, noOwner, it));
        execute(sample, QuickFixes.fix(sample.domain, noMetric, csat));
        assertTrue(new ModelValidator().validate(sample.model).findings().stream()
                .noneMatch(f -> f.rule() == Rule.TOUCHPOINT_OWNER && f.elementId().equals("tp-truck-tracking")
                        || f.rule() == Rule.TOUCHPOINT_METRIC && f.elementId().equals("tp-contract")));
        assertFalse(QuickFixes.fix(sample.domain, noOwner, csat).canExecute(), "a metric is no owner");
    }

    @Test
    void cleaningKeepsEmojiRightToLeftAndCombiningMarks() {
        String text = "Caf\u0065\u0301 \ud83d\ude9a \u05e9\u05dc\u05d5\u05dd";
        assertEquals(text, Texts.clean(text));
        assertEquals("a b", Texts.clean("a\nb"));
        assertEquals("ab", Texts.clean("a\u0000\u000b\u007fb"));
    }

    private static Finding find(SampleMap sample, Rule rule, String id) {
        return new ModelValidator().validate(sample.model).findings().stream()
                .filter(f -> f.rule() == rule && f.elementId().equals(id)).findFirst().orElseThrow();
    }

    private static void execute(SampleMap sample, Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        sample.domain.getCommandStack().execute(command);
    }
}
