package dev.touchline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;

/** {@code touchline generate}: a deterministic synthetic model for tests and benchmarks. */
final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "Write a realistic synthetic model of a given size (for tests and benchmarks)";
    }

    @Override
    public String help() {
        return """
                Usage: touchline generate --touchpoints N --out FILE [--seed S] [--per-journey P] [--force]

                Writes a synthetic service company: twelve departments (IT and Billing & Accounting
                among them), channels, brand promises, service values linked to metrics, personas,
                and journeys of six stages holding N touchpoints in all, with a small share of gaps
                (about 2 % of touchpoints without owner, 3 % without measurement, 10 % of
                measurements off target). The same N and seed always give the same file.

                Options:
                  --touchpoints N   how many touchpoints (0 to 5,000,000)
                  --out FILE        where to write the model
                  --seed S          the random seed (default 1)
                  --per-journey P   at most P touchpoints per journey (default 500)
                  --force           replace FILE if it exists
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException {
        Arguments a = Arguments.parse(name(), args, Set.of("touchpoints", "seed", "out", "per-journey"), Set.of("force"));
        if (!a.positional().isEmpty()) {
            throw a.usage("unexpected argument '" + a.positional().get(0) + "'");
        }
        if (a.option("touchpoints", null) == null) {
            throw a.usage("say how many touchpoints with --touchpoints N");
        }
        int touchpoints = (int) a.number("touchpoints", 0, 0, 5_000_000);
        long seed = a.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int perJourney = (int) a.number("per-journey", SyntheticModel.DEFAULT_TOUCHPOINTS_PER_JOURNEY, 1, 5_000_000);
        String out0 = a.option("out", null);
        if (out0 == null) {
            throw a.usage("say where to write the model with --out FILE");
        }
        Path target = Path.of(out0);
        if (Files.exists(target) && !a.flag("force")) {
            throw a.usage(target + " exists; add --force to replace it");
        }
        JourneyModel model = SyntheticModel.generate(touchpoints, perJourney, seed);
        for (String note : ModelFiles.save(model, target)) {
            err.println("touchline: " + note);
        }
        int journeys = model.getJourneys().size();
        out.println("Wrote " + target + ": " + touchpoints + (touchpoints == 1 ? " touchpoint" : " touchpoints") + " in "
                + journeys + (journeys == 1 ? " journey" : " journeys") + " (seed " + seed + ")");
        return TouchlineCli.OK;
    }
}
