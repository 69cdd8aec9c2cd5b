package dev.touchline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.sheet.SheetExport;
import dev.touchline.sheet.SheetFormat;
import dev.touchline.sheet.Table;

/** {@code touchline export}: a model as a spreadsheet for workshops, read back by {@code import}. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write a model's touchpoints and measurements as a spreadsheet (.xlsx or .csv)";
    }

    @Override
    public String help() {
        return """
                Usage: touchline export MODEL --out FILE.xlsx|FILE.csv [--table touchpoints|measurements] [--force]

                Writes a spreadsheet that workshop participants can edit and that 'touchline import'
                brings back into the model. An .xlsx workbook has two sheets, Touchpoints and
                Measurements, with drop-down lists for owners, channels, visibility and metrics; a
                .csv file (UTF-8) holds one table, chosen with --table (default touchpoints).
                Columns with a grey header are for reading; an import does not change them. Text that
                a spreadsheet program would run as a formula is written with a leading apostrophe in CSV.

                Options:
                  --out FILE     the spreadsheet to write (.xlsx or .csv)
                  --table NAME   for CSV: touchpoints (default) or measurements
                  --force        replace FILE when it exists
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException {
        Arguments a = Arguments.parse(name(), args, Set.of("out", "table"), Set.of("force"));
        if (a.positional().size() != 1) {
            throw a.usage("name exactly one model file");
        }
        String output = a.option("out", null);
        if (output == null) {
            throw a.usage("say where to write the spreadsheet with --out FILE.xlsx or --out FILE.csv");
        }
        SheetFormat format = SheetFormat.of(Path.of(output));
        if (format == null) {
            throw a.usage("the output must end in .xlsx or .csv, not " + output);
        }
        Table table = Table.valueOf(a.choice("table", "touchpoints", "touchpoints", "measurements").toUpperCase());
        if (format == SheetFormat.XLSX && a.option("table", null) != null) {
            throw a.usage("--table is for CSV files; a workbook holds both tables");
        }
        Path model = Path.of(a.positional().get(0));
        Path target = Outputs.check(a, output, a.flag("force"), model);
        JourneyModel journeyModel = ModelFiles.load(model);
        try {
            SheetExport.write(journeyModel, target, table);
        } catch (IOException e) {
            throw new ModelFileException(Path.of(output), -1, "could not be written: " + ModelFiles.reason(e),
                    "Check that the folder is writable and the disk has space. Nothing was written.", e);
        }
        out.println("Wrote " + output);
        return TouchlineCli.OK;
    }
}
