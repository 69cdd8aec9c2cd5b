package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML comments in a model are dropped on save (EMF keeps none): never without a word. */
class CommentsTest {

    @TempDir
    Path dir;

    @Test
    void commentsInAModelAreReportedBeforeASaveDropsThem() throws Exception {
        Path model = dir.resolve("commented.touchline");
        String text = Files.readString(Path.of(Cli.SAMPLE), StandardCharsets.UTF_8);
        text = text.replaceFirst("\\n", "\n<!-- reviewed with the client on 12 May -->\n")
                .replace("<journeys ", "<!-- the only journey so far --><journeys ");
        Files.writeString(model, text, StandardCharsets.UTF_8);

        Cli validate = Cli.run("validate", model.toString());
        assertTrue(validate.err().contains("holds 2 XML comments; Touchline does not keep comments"), validate::toString);

        Path csv = dir.resolve("new.csv");
        Files.writeString(csv, "Touchpoint id,Journey,Stage,Touchpoint\n,Move house,Book,Call back\n");
        Cli imported = Cli.run("import", model.toString(), csv.toString());
        assertEquals(0, imported.exit(), imported::toString);
        assertTrue(imported.err().contains("holds 2 XML comments"), "said before the save: " + imported);
        assertTrue(Files.readString(model.resolveSibling("commented.touchline.bak")).contains("reviewed with the client"),
                "the backup keeps the commented version");
    }
}
