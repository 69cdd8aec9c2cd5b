package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The New Model wizard's template is a copy of samples/northwind-movers.touchline (a bundle can
 * only ship files inside it); this fails when the two drift apart.
 */
class TemplateIsTheSampleTest {

    @Test
    void theWizardTemplateIsTheSample() throws Exception {
        assertEquals(Files.readString(Path.of("../../samples/northwind-movers.touchline")),
                Files.readString(Path.of("../dev.touchline.ui/templates/northwind-movers.touchline")),
                "copy samples/northwind-movers.touchline to bundles/dev.touchline.ui/templates/");
    }
}
