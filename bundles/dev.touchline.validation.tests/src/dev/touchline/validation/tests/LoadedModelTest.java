package dev.touchline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.validation.Finding;
import dev.touchline.validation.ModelValidator;

/** {@link ModelValidator#validateLoaded} finds exactly what {@link ModelValidator#validate} finds on a loaded model. */
class LoadedModelTest {

    @TempDir
    Path dir;

    @Test
    void validatingALoadedModelWithoutItsStructureGivesTheSameFindings() throws Exception {
        Path file = dir.resolve("model.touchline");
        ModelFiles.save(SyntheticModel.generate(3000, 11), file);
        for (Path p : List.of(file, Path.of("../../samples/northwind-movers.touchline"))) {
            JourneyModel model = ModelFiles.load(p);
            List<String> full = describe(new ModelValidator().validate(model).findings());
            assertFalse(full.isEmpty());
            assertEquals(full, describe(new ModelValidator().validateLoaded(model).findings()), p.toString());
        }
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.elementId() + " " + f.message()).toList();
    }
}
