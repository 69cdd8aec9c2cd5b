package dev.touchline.export;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

/** The sample model, and a strict XML parser for what the exports write. */
final class ExportFixtures {

    static final Path SAMPLE = Path.of("../../samples/northwind-movers.touchline");

    private ExportFixtures() {
    }

    static JourneyModel sample() throws Exception {
        return ModelFiles.load(SAMPLE);
    }

    /** Parses {@code markup} as XML (the exports write polyglot HTML), failing on anything malformed. */
    static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes("UTF-8")));
    }
}
