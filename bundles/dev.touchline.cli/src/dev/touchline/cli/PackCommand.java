package dev.touchline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.touchline.export.WorkshopPack;
import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

/** {@code touchline pack}: everything a client workshop needs, in one zip file. */
final class PackCommand implements Command {

    @Override
    public String name() {
        return "pack";
    }

    @Override
    public String summary() {
        return "Write a workshop pack (.zip): posters, department handouts, gaps, workbook";
    }

    @Override
    public String help() {
        return """
                Usage: touchline pack MODEL --out FILE.zip [--force]

                Writes what a client workshop needs into one zip file:
                  index.html        what is in the pack, with links
                  posters/*.svg     each journey map as a poster (open in a browser, print or scale)
                  handouts/*.html   one page per department: what it owns and supports, its
                                    measurements against targets, its brand promises, its gaps
                  gaps.html         every finding of validation, errors first
                  workshop.xlsx     the workbook participants edit; bring it back with
                                    'touchline import MODEL workshop.xlsx'
                The pages run no script and load nothing from elsewhere.

                Options:
                  --out FILE.zip   the pack to write
                  --force          replace FILE.zip when it exists
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException {
        Arguments a = Arguments.parse(name(), args, Set.of("out"), Set.of("force"));
        if (a.positional().size() != 1) {
            throw a.usage("name exactly one model file");
        }
        String output = a.option("out", null);
        if (output == null) {
            throw a.usage("say where to write the pack with --out FILE.zip");
        }
        if (!output.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw a.usage("the pack is a zip file: the output must end in .zip, not " + output);
        }
        Path model = Path.of(a.positional().get(0));
        Path target = Outputs.check(a, output, a.flag("force"), model);
        JourneyModel journeyModel = ModelFiles.load(model);
        WorkshopPack.Contents contents;
        try {
            contents = WorkshopPack.write(journeyModel, target, WorkshopPack.caption(model));
        } catch (IOException e) {
            throw new ModelFileException(Path.of(output), -1, "could not be written: " + ModelFiles.reason(e),
                    "Check that the folder is writable and the disk has space. Nothing was written.", e);
        }
        out.println("Wrote " + output + ": " + contents.summary());
        return TouchlineCli.OK;
    }
}
