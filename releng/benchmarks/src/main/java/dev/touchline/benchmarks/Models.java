package dev.touchline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * The models measured: the files {@code touchline generate --touchpoints N --seed 1} writes, made
 * once into the folder named by {@code -Dtouchline.bench.dir} and shared by every forked JVM.
 */
final class Models {

    static final long SEED = 1;

    private Models() {
    }

    static Path folder() {
        return Path.of(System.getProperty("touchline.bench.dir", "target/benchmark-models"));
    }

    /** The model file of {@code touchpoints} touchpoints, generated when missing. */
    static synchronized Path file(int touchpoints) {
        Path file = folder().resolve(touchpoints + ".touchline");
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.getParent());
                ModelFiles.save(SyntheticModel.generate(touchpoints, SEED), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return file;
    }

    /** A namespace-aware SAX parser factory, as the loaders use. */
    static SAXParserFactory saxFactory() {
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.setNamespaceAware(true);
        return sax;
    }

    /** The floor under loading: the XML parser alone over {@code file}, building nothing. */
    static int saxPass(SAXParserFactory sax, Path file) throws Exception {
        SAXParser parser = sax.newSAXParser();
        int[] elements = { 0 };
        parser.parse(file.toFile(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                elements[0] += 1 + attributes.getLength();
            }
        });
        return elements[0];
    }

    /** A scratch file in the benchmark folder. */
    static Path scratch(String name) {
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder().resolve(name);
    }
}
