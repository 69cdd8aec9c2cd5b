package dev.touchline.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

import dev.touchline.export.PosterPdf;
import dev.touchline.export.PosterSvg;
import dev.touchline.export.WorkshopPack;
import dev.touchline.io.AtomicFiles;
import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.map.MapLayout;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.ui.session.MapSession;
import dev.touchline.map.draw.MapView;
import dev.touchline.sheet.SheetExport;
import dev.touchline.sheet.SheetFormat;
import dev.touchline.sheet.SheetImport;
import dev.touchline.sheet.Table;
import dev.touchline.validation.ModelValidator;

/**
 * The editor's model to and from the files consultants take to workshops: the workbook (or one
 * table as CSV), the workshop pack, an image of the map, and an edited workbook brought back in.
 * Exports write the model as the editor shows it, unsaved edits included; an import is one
 * command, so one Undo takes it back. The same code as {@code touchline export}, {@code pack} and
 * {@code import}.
 */
public final class Exchange {

    /** Most changes listed when asking whether to import. */
    static final int LISTED_CHANGES = 12;
    /** Longest side of an exported map image, in pixels; larger maps are scaled down to it. */
    static final int MAX_IMAGE_SIDE = 16_000;
    /** Most pixels in an exported map image (about 256 MB while it is drawn). */
    static final long MAX_IMAGE_PIXELS = 64_000_000L;

    private Exchange() {
    }

    /**
     * Writes the editor's model as a workbook (.xlsx) or, for a .csv file, its touchpoints table.
     *
     * @return what was written, for the status line
     * @throws ModelFileException the file could not be written (nothing was: writes are atomic)
     */
    public static String exportSheet(MapSession editor, Path file) throws ModelFileException {
        SheetFormat format = SheetFormat.of(file);
        if (format == null) {
            throw new ModelFileException(file, "is neither a workbook (.xlsx) nor a CSV file (.csv)",
                    "Choose a file name ending in .xlsx or .csv.");
        }
        try {
            SheetExport.write(editor.model(), file, Table.TOUCHPOINTS);
        } catch (IOException e) {
            throw notWritten(file, e);
        }
        return "Wrote " + file.getFileName() + (format == SheetFormat.XLSX ? " (touchpoints and measurements)"
                : " (touchpoints)") + "; bring it back with File > Import Spreadsheet";
    }

    /**
     * Writes the workshop pack of the editor's model: posters, department handouts, gaps and the
     * workbook, with the findings of a full validation of the model as it is now.
     *
     * @return what was written, for the status line
     * @throws ModelFileException the file could not be written (nothing was)
     */
    public static String exportPack(MapSession editor, Path zip) throws ModelFileException {
        try {
            WorkshopPack.Contents contents = WorkshopPack.write(editor.model(),
                    new ModelValidator().validate(editor.model()), zip, WorkshopPack.caption(editor.file()));
            return "Wrote " + zip.getFileName() + ": " + contents.summary();
        } catch (IOException e) {
            throw notWritten(zip, e);
        }
    }

    /**
     * Writes the journey on the map as the map shows it (department lens and hidden lanes
     * included, no selection), with the legend and a caption under it; the same drawing in each
     * format: a file ending in .svg gets a vector image, .pdf the poster for print (as in the
     * workshop pack), anything else a PNG image at 100 %, or smaller when the map would exceed
     * {@link #MAX_IMAGE_SIDE} or {@link #MAX_IMAGE_PIXELS}.
     *
     * @return what was written, for the status line
     * @throws ModelFileException there is no journey to draw, or the file could not be written
     */
    public static String exportImage(MapSession editor, Path file) throws ModelFileException {
        MapLayout layout = editor.layout(); // what the map shows: one layout for the screen and the file
        if (layout == null) {
            throw new ModelFileException(file, "was not written: the model has no journey to draw",
                    "Add a journey (or open a model with one) and export again.");
        }
        // an image seen through a lens says whose it is (the faded cards are not a defect)
        String caption = WorkshopPack.caption(editor.file()) + (editor.lens() == null ? ""
                : " \u00b7 lens: " + dev.touchline.model.util.ElementPaths.label(editor.lens().department()));
        MapView view = MapView.of(editor.lens());
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pdf")) {
                AtomicFiles.write(file, out -> PosterPdf.write(layout, view, caption, out), false);
                return "Wrote " + file.getFileName() + ": the journey as a poster for print";
            }
            if (name.endsWith(".svg")) {
                byte[] svg = PosterSvg.of(layout, view, caption).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(file, out -> out.write(svg), false);
                return "Wrote " + file.getFileName() + ": the journey as a vector image";
            }
            MapDrawing drawing = new MapDrawing();
            double scale = imageScale(MapDrawing.sheetWidth(layout), drawing.sheetHeight(layout, view));
            ImageData image = SwtSurface.sheetImage(drawing, layout, view, caption, scale);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image };
            AtomicFiles.write(file, out -> loader.save(out, SWT.IMAGE_PNG), false);
            return "Wrote " + file.getFileName() + ": " + image.width + " \u00d7 " + image.height + " px"
                    + (scale < 1 ? String.format(Locale.ROOT, " (the map at %.0f %%)", scale * 100) : "");
        } catch (IOException e) {
            throw notWritten(file, e);
        }
    }

    /**
     * Adds a catalogue to the editor's model: what it has and the model lacks, by name (metrics,
     * channels, service values, personas, departments, brand promises), as one undoable command.
     * {@code file} is a model file, or {@code null} for the standard catalogue.
     *
     * @return what was added, for the status line; {@code null} when nothing was (the user was told)
     * @throws ModelFileException the catalogue file cannot be read (nothing changed)
     */
    public static String importCatalogue(MapSession editor, Path file) throws ModelFileException {
        dev.touchline.model.JourneyModel catalogue = file == null ? dev.touchline.io.Catalogues.standard()
                : ModelFiles.load(file);
        int before = catalogueSize(editor.model());
        MapEditing.importCatalogue(editor, catalogue);
        int added = catalogueSize(editor.model()) - before;
        return added == 0 ? null : "Added " + added + " element" + (added == 1 ? "" : "s") + " from the catalogue '"
                + catalogue.getName() + "'; Edit > Undo takes them back";
    }

    private static int catalogueSize(dev.touchline.model.JourneyModel model) {
        return dev.touchline.io.Catalogues.LISTS.stream().mapToInt(list -> ((List<?>) model.eGet(list)).size()).sum();
    }

    /** 1, or less for a map too large for one image. */
    public static double imageScale(int width, int height) {
        double bySide = (double) MAX_IMAGE_SIDE / Math.max(width, height);
        double byPixels = Math.sqrt(MAX_IMAGE_PIXELS / ((double) width * height));
        return Math.min(1, Math.min(bySide, byPixels));
    }

    /**
     * Brings an edited workbook or CSV file back into the editor's model: checks the whole file,
     * shows the changes and asks before making them, as one undoable command.
     *
     * @return what happened, for the status line; {@code null} when the user cancelled
     * @throws ModelFileException the file cannot be read or has wrong cells (all listed); the
     *             model is unchanged
     */
    public static String importSheet(MapSession editor, Path sheet, UserPrompts prompts)
            throws ModelFileException {
        return importSheet(editor, sheet, prompts, (char) 0);
    }

    /**
     * {@link #importSheet(MapSession, Path, UserPrompts)} with the decimal separator named
     * ({@code 0}: decided by the file). When numbers were written with one, the question says how
     * they were read and offers to read them the other way (a Polish file whose only number is
     * "1,000"); that reads the file again and asks again.
     */
    private static String importSheet(MapSession editor, Path sheet, UserPrompts prompts, char decimal)
            throws ModelFileException {
        SheetImport.Plan plan = SheetImport.plan(editor.model(), sheet, decimal);
        String note = plan.numbersNote() == null ? "" : "\n\n" + plan.numbersNote();
        if (plan.edits().isEmpty()) {
            String said = sheet.getFileName() + ": " + plan.summary();
            prompts.inform(editor.shell(), "Import " + sheet.getFileName(), said + "." + (plan
                    .recognised() == 0 ? ""
                            : "\n\n" + plan.recognised() + " row(s) without an id were recognised as imported before:"
                                    + " their stage already has a touchpoint of that name (a measurement: its"
                                    + " touchpoint has one of that metric and date).") + note);
            return said;
        }
        char read = plan.decimalSeparatorRead();
        char other = read == ',' ? '.' : ',';
        String[] buttons = read == 0 ? new String[] { "Import", "Cancel" }
                : new String[] { "Import", "Cancel", other == ',' ? "Decimal Commas Instead" : "Decimal Points Instead" };
        int answer = prompts.choose(editor.shell(), "Import " + sheet.getFileName(),
                question(editor, sheet, plan) + note, buttons);
        if (answer == 2 && read != 0) {
            return importSheet(editor, sheet, prompts, other);
        }
        if (answer != 0) {
            return null;
        }
        ChangeCommand command = new ChangeCommand(editor.model()) {
            @Override
            protected void doExecute() {
                plan.apply();
            }
        };
        command.setLabel("Import " + sheet.getFileName());
        editor.execute(command);
        return "Imported " + sheet.getFileName() + ": " + plan.summary() + "; Edit > Undo takes it back";
    }

    private static String question(MapSession editor, Path sheet, SheetImport.Plan plan) {
        StringBuilder s = new StringBuilder(sheet.getFileName() + ": " + plan.summary() + ".\n\n");
        List<SheetImport.Edit> edits = plan.edits();
        edits.stream().limit(LISTED_CHANGES).forEach(e -> s.append("\u2022 ").append(e.description()).append('\n'));
        if (edits.size() > LISTED_CHANGES) {
            s.append("\u2026 and ").append(edits.size() - LISTED_CHANGES).append(" more\n");
        }
        s.append("\nMake these changes to ").append(editor.file().getFileName())
                .append("? They are not saved until you save; Edit > Undo takes them back as one step.");
        return s.toString();
    }

    private static ModelFileException notWritten(Path file, IOException e) {
        return new ModelFileException(file, -1, "could not be written: " + ModelFiles.reason(e),
                "Check that the folder is writable and the disk has space. Nothing was written.", e);
    }
}
