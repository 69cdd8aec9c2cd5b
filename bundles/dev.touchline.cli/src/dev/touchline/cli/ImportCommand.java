package dev.touchline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.util.Texts;
import dev.touchline.sheet.SheetImport;

/** {@code touchline import}: brings an edited spreadsheet back into a model. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Bring an edited spreadsheet (from 'export') back into a model";
    }

    @Override
    public String help() {
        return """
                Usage: touchline import MODEL SHEET.xlsx|SHEET.csv [--out FILE] [--dry-run] [--force]
                                        [--decimal comma|point]

                Matches the spreadsheet's rows to the model's touchpoints and measurements by id and
                applies what changed: names, descriptions, stage, channel, visibility, owner,
                supporting departments, emotion, moment of truth; metric, target, actual, date and
                source of measurements. A row with an empty id adds a touchpoint (give its journey and
                stage) or a measurement (give its touchpoint id). Rows left out delete nothing.

                The whole spreadsheet is checked first: if any cell is wrong, every problem is listed
                with its cell and the model is not changed. Otherwise the model is saved in place
                (the previous version kept as MODEL.bak), or to --out FILE.

                Options:
                  --out FILE   save the result to FILE instead of MODEL
                  --dry-run    list the changes, save nothing
                  --force      replace --out FILE when it exists
                  --decimal comma|point
                               the spreadsheet's decimal separator (1,5 or 1.5). Without it,
                               the file's numbers decide (3.5 or 0,75 can only be one), or else
                               its form: a workbook and a comma-separated CSV use points, a
                               semicolon-separated CSV commas. A number that contradicts the
                               named or decided separator is refused with its cell.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException {
        Arguments a = Arguments.parse(name(), args, Set.of("out", "decimal"), Set.of("dry-run", "force"));
        if (a.positional().size() != 2) {
            throw a.usage("name the model file and the spreadsheet");
        }
        Path modelFile = Path.of(a.positional().get(0));
        Path sheet = Path.of(a.positional().get(1));
        String output = a.option("out", null);
        char decimal = switch (a.option("decimal", "")) {
            case "" -> 0;
            case "comma", "," -> ',';
            case "point", "." -> '.';
            default -> throw a.usage("--decimal is 'comma' (1,5) or 'point' (1.5), not '" + a.option("decimal", "") + "'");
        };
        Path target = output == null ? modelFile : Outputs.check(a, output, a.flag("force"), modelFile, sheet);
        JourneyModel model = ModelFiles.load(modelFile);
        SheetImport.Plan plan = SheetImport.plan(model, sheet, decimal);
        for (SheetImport.Edit edit : plan.edits()) {
            out.println("  " + Texts.oneLine(edit.description()));
        }
        if (plan.numbersNote() != null && decimal == 0) {
            out.println(plan.numbersNote() + " To read them otherwise: --decimal "
                    + (plan.decimalSeparatorRead() == ',' ? "point" : "comma") + ".");
        }
        String summary = plan.summary();
        if (a.flag("dry-run")) {
            out.println(summary + "; nothing saved (--dry-run)");
            return TouchlineCli.OK;
        }
        if (plan.edits().isEmpty()) {
            out.println(summary + "; nothing saved");
            return TouchlineCli.OK;
        }
        plan.apply();
        UnknownContentWarnings.print(modelFile, model, err);
        for (String note : ModelFiles.save(model, target)) {
            err.println("touchline: " + note);
        }
        out.println(summary + "; saved " + target + (output == null ? " (previous version: "
                + ModelFiles.backupOf(modelFile).getFileName() + ")" : ""));
        return TouchlineCli.OK;
    }
}
