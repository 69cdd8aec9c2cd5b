package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFileException;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.Exchange;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.UserPrompts;

/** File > Import Spreadsheet, Export Spreadsheet and Export Workshop Pack, on the open editor. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class ExchangeTest {

    @TempDir
    Path folder;

    /** Answers "Import" (0) or "Cancel" (1), and records the questions. */
    private static final class Answers implements UserPrompts {
        final List<String> asked = new ArrayList<>();
        /** The buttons chosen, question by question (the last one for every question after). */
        final int[] answers;
        /** The buttons offered, question by question. */
        final List<List<String>> offered = new ArrayList<>();

        Answers(int... answers) {
            this.answers = answers;
        }

        @Override
        public void error(Shell shell, String title, String message) {
            asked.add("error: " + message);
        }

        @Override
        public void inform(Shell shell, String title, String message) {
            asked.add("inform: " + message);
        }

        @Override
        public String saveFile(Shell shell, String title, Path suggested) {
            return null;
        }

        @Override
        public int choose(Shell shell, String title, String message, String... buttons) {
            asked.add(title + ": " + message);
            offered.add(List.of(buttons));
            return answers[Math.min(offered.size() - 1, answers.length - 1)];
        }
    }

    private static Touchpoint touchpoint(JourneyMapEditor editor, String id) {
        return (Touchpoint) editor.model().eResource().getEObject(id);
    }

    private static int touchpointsNamed(JourneyMapEditor editor, String name) {
        return (int) editor.model().getJourneys().stream().flatMap(j -> j.getStages().stream())
                .flatMap(s -> s.getTouchpoints().stream()).filter(t -> name.equals(t.getName())).count();
    }

    /** The editor's touchpoints as CSV, with one name changed and one row added. */
    private Path editedCsv(JourneyMapEditor editor) throws Exception {
        Path csv = folder.resolve("touchpoints.csv");
        Exchange.exportSheet(editor.session(), csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(",Customer reviews,"), "the export holds the sample's touchpoint");
        text = text.replace(",Customer reviews,", ",Reviews on comparison sites,")
                + ",Move house,Discover,Workshop idea: moving checklist,,Web site,frontstage,Marketing,,1,no\r\n";
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void anImportedSpreadsheetIsOneStepThatUndoTakesBack() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        byte[] onDisk = Files.readAllBytes(editor.file());
        Path csv = editedCsv(editor);
        Answers answers = new Answers(0);

        String said = Exchange.importSheet(editor.session(), csv, answers);

        assertEquals(1, answers.asked.size(), "asked once before changing anything");
        assertTrue(answers.asked.get(0).contains("31 rows read, 2 changes (1 added)"), answers.asked.get(0));
        assertTrue(answers.asked.get(0).contains("Reviews on comparison sites"), answers.asked.get(0));
        assertTrue(answers.asked.get(0).contains("add new touchpoint 'Workshop idea: moving checklist' to stage"
                + " 'Discover' (channel 'Web site', owner 'Marketing', emotion 1)"), answers.asked.get(0));
        assertNotNull(said);
        assertTrue(said.startsWith("Imported touchpoints.csv"), said);
        assertEquals("Reviews on comparison sites", touchpoint(editor, "tp-reviews").getName());
        assertEquals(1, touchpointsNamed(editor, "Workshop idea: moving checklist"));
        assertTrue(editor.isDirty());
        assertArrayEquals(onDisk, Files.readAllBytes(editor.file()), "an import is saved only when the user saves");

        CommandStack stack = editor.domain().getCommandStack();
        assertEquals("Import touchpoints.csv", stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals("Customer reviews", touchpoint(editor, "tp-reviews").getName());
        assertEquals(0, touchpointsNamed(editor, "Workshop idea: moving checklist"));
        assertFalse(editor.isDirty());
        stack.redo();
        assertEquals("Reviews on comparison sites", touchpoint(editor, "tp-reviews").getName());
        assertEquals(1, touchpointsNamed(editor, "Workshop idea: moving checklist"));
    }

    @Test
    void theSameSpreadsheetImportedTwiceSaysNothingToChangeTheSecondTime() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path csv = editedCsv(editor);
        byte[] sheet = Files.readAllBytes(csv);
        assertNotNull(Exchange.importSheet(editor.session(), csv, new Answers(0)));
        Command first = editor.domain().getCommandStack().getUndoCommand();
        Answers again = new Answers(0);

        String said = Exchange.importSheet(editor.session(), csv, again);

        assertEquals(1, touchpointsNamed(editor, "Workshop idea: moving checklist"), "the new row is added once");
        assertTrue(said.contains("nothing to change"), said);
        assertEquals(1, again.asked.size(), again.asked.toString());
        assertTrue(again.asked.get(0).startsWith("inform: touchpoints.csv: 31 rows read, nothing to change"),
                again.asked.get(0));
        assertTrue(again.asked.get(0).contains("recognised as imported before"), "says how: " + again.asked.get(0));
        assertSame(first, editor.domain().getCommandStack().getUndoCommand(), "no second command");
        assertArrayEquals(sheet, Files.readAllBytes(csv), "the user's spreadsheet is only read");
    }

    @Test
    void anAmpersandInAMessageIsShownAsWritten() throws Exception {
        String message = "sheet 'Touchpoints', cell H4 (Owner): there is no department 'Billing & Acounting'";
        org.eclipse.jface.dialogs.MessageDialog dialog = UserPrompts.dialog(Ui.window().getShell(), "Touchline",
                message, org.eclipse.jface.dialogs.MessageDialog.ERROR, "OK");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.flush();
            org.eclipse.swt.widgets.Label label = Ui.find(dialog.getShell(), org.eclipse.swt.widgets.Label.class,
                    l -> l.getText().contains("Acounting"));
            assertEquals(message.replace("&", "&&"), label.getText(), "SWT shows && as one &");
            Ui.screenshot(dialog.getShell(), "ampersand-in-message");
        } finally {
            dialog.close();
        }
    }

    /**
     * A file whose only number is "1,000" is read with decimal points (a comma-separated CSV);
     * the question says so and offers decimal commas, which reads the file again as 1.0.
     */
    @Test
    void theQuestionSaysHowNumbersWereReadAndOffersTheOtherSeparator() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path csv = folder.resolve("polish.csv");
        Files.writeString(csv, "Measurement id,Actual\nms-reviews-nps,\"1,000\"\n", StandardCharsets.UTF_8);
        Answers answers = new Answers(2, 0);

        String said = Exchange.importSheet(editor.session(), csv, answers);

        assertEquals(2, answers.asked.size(), "asked again after reading the other way: " + answers.asked);
        assertTrue(answers.asked.get(0).contains("actual 44.0 → 1000.0"), answers.asked.get(0));
        assertTrue(answers.asked.get(0).contains("Numbers are read with '.' for decimals (by the file's form)."),
                answers.asked.get(0));
        assertEquals(List.of("Import", "Cancel", "Decimal Commas Instead"), answers.offered.get(0));
        assertTrue(answers.asked.get(1).contains("actual 44.0 → 1.0"), answers.asked.get(1));
        assertTrue(answers.asked.get(1).contains("Numbers are read with ',' for decimals (as chosen)."), answers.asked.get(1));
        assertEquals(List.of("Import", "Cancel", "Decimal Points Instead"), answers.offered.get(1));
        assertNotNull(said);
        var nps = (dev.touchline.model.Measurement) editor.model().eResource().getEObject("ms-reviews-nps");
        assertEquals(1.0, nps.getActual());
    }

    @Test
    void aCancelledImportChangesNothing() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path csv = editedCsv(editor);

        assertNull(Exchange.importSheet(editor.session(), csv, new Answers(1)));

        assertEquals("Customer reviews", touchpoint(editor, "tp-reviews").getName());
        assertEquals(0, touchpointsNamed(editor, "Workshop idea: moving checklist"));
        assertFalse(editor.isDirty());
        assertFalse(editor.domain().getCommandStack().canUndo());
    }

    @Test
    void wrongCellsAreListedAndChangeNothing() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path csv = editedCsv(editor);
        Files.writeString(csv, Files.readString(csv).replace("Marketing,,1,no", "Marketing,,very happy,no"));
        Answers answers = new Answers(0);

        ModelFileException e = assertThrows(ModelFileException.class, () -> Exchange.importSheet(editor.session(), csv, answers));

        assertTrue(e.getMessage().contains("very happy"), e.getMessage());
        assertTrue(e.getMessage().contains("the model is unchanged"), e.getMessage());
        assertTrue(answers.asked.isEmpty(), "nothing is asked about a file that cannot be imported");
        assertEquals("Customer reviews", touchpoint(editor, "tp-reviews").getName());
        assertFalse(editor.isDirty());
    }

    @Test
    void exportsWriteTheModelAsTheEditorShowsIt() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        editor.session().execute(JourneyMapCommands.rename(editor.domain(), touchpoint(editor, "tp-reviews"), "Reviews, unsaved"));
        Path zip = folder.resolve("pack.zip");
        Path workbook = folder.resolve("map.xlsx");

        String said = Exchange.exportPack(editor.session(), zip);
        Exchange.exportSheet(editor.session(), workbook);

        assertTrue(said.matches("Wrote pack\\.zip: 1 poster, 7 department handouts, \\d+ findings?, workbook"), said);
        try (ZipFile pack = new ZipFile(zip.toFile())) {
            ZipEntry poster = pack.stream().filter(e -> e.getName().startsWith("posters/")).findFirst().orElseThrow();
            String svg = new String(pack.getInputStream(poster).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(svg.contains("Reviews, unsaved"), "the poster shows the unsaved name");
            assertTrue(svg.contains("northwind-movers.touchline"), "the caption names the model file");
        }
        assertTrue(Files.size(workbook) > 0);
        assertFalse(Files.readString(editor.file()).contains("Reviews, unsaved"), "exporting does not save");
        assertTrue(editor.isDirty());
    }

    @Test
    void anExportToAnUnknownKindOfFileWritesNothing() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path pdf = folder.resolve("map.pdf");

        ModelFileException e = assertThrows(ModelFileException.class, () -> Exchange.exportSheet(editor.session(), pdf));

        assertTrue(e.getMessage().contains(".xlsx or .csv"), e.getMessage());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void theMapImageIsTheWholeJourneyAsTheMapDrawsIt() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path png = folder.resolve("map.png");

        String said = Exchange.exportImage(editor.session(), png);

        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(editor.canvas().mapLayout().width(), image.width, said);
        int mapHeight = editor.canvas().mapLayout().height();
        assertTrue(image.height > mapHeight + 20 && image.height < mapHeight + 120,
                "the whole map and the legend under it: " + said);
        assertEquals("Wrote map.png: " + image.width + " \u00d7 " + image.height + " px", said);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.height; y += 7) {
            for (int x = 0; x < image.width; x += 7) {
                colours.add(image.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn map, not a blank image: " + colours.size() + " colours");
        Ui.screenshot(editor.canvas(), "exported-map-for-comparison");
    }

    /** Regression (issue 30): the caption of an image exported through a lens did not name it. */
    @Test
    void anImageSeenThroughALensSaysWhoseItIs() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        var it = (dev.touchline.model.Department) editor.model().eResource().getEObject("dep-it");
        editor.session().setLens(it, null);
        Ui.flush();
        Path svg = folder.resolve("map.svg");

        Exchange.exportImage(editor.session(), svg);

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("lens: " + it.getName()), "the caption names the lens");
        editor.session().setLens(null, null);
        Exchange.exportImage(editor.session(), svg);
        assertFalse(Files.readString(svg, StandardCharsets.UTF_8).contains("lens:"), "no lens, no such words");
    }

    @Test
    void aPdfImageIsThePosterForPrint() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path pdf = folder.resolve("map.pdf");

        String said = Exchange.exportImage(editor.session(), pdf);

        assertEquals("Wrote map.pdf: the journey as a poster for print", said);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 10_000, bytes.length + " bytes: text and shapes of 30 touchpoints");
    }

    @Test
    void largeMapsAreScaledToFitOneImage() {
        assertEquals(1.0, Exchange.imageScale(4_000, 2_000));
        double wide = Exchange.imageScale(40_000, 2_000);
        assertEquals(16_000, Math.round(40_000 * wide), "the longest side is capped");
        double huge = Exchange.imageScale(15_000, 15_000);
        assertTrue(15_000 * huge * 15_000 * huge <= 64_000_000 + 1, "the pixel count is capped");
    }
}
