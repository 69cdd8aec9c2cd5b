package dev.touchline.fuzz;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.touchline.export.WorkshopPack;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.util.Texts;
import dev.touchline.sheet.SheetImport;

/**
 * The workshop pack of any model Touchline can hold: the sample with its texts, numbers and
 * choices set by the fuzzer (names of any length and character, emotion scales of any range,
 * values of any size) and elements removed or doubled. Every pack must be written, and be a
 * pack a consultant can hand over: zip entry names unique, plain ASCII, never a Windows device
 * name; every SVG and HTML page well-formed XML without a script or a DOCTYPE; every PDF a PDF;
 * its workbook importing back into the model as no change. Anything else is a finding.
 */
class PackFuzzTest {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*\\.[a-z0-9]+");
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private static Path folder;
    private static JourneyModel sample;

    @BeforeAll
    static void setUp() throws Exception {
        folder = FuzzFiles.newFolder("touchline-fuzz-pack");
        sample = ModelFiles.load(FuzzFiles.SAMPLE);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FuzzFiles.delete(folder);
    }

    @DictionaryEntries({ "con", "NUL", "com1", "X A3", "X", "../../index", "</text><script>", "]]>", "&amp;",
            "\\x00", "\\x1B[2J", "\\xE2\\x80\\xAE", "\\xF0\\x9F\\x9A\\x9A", "@Home", "=HYPERLINK(", "Sales; IT",
            "Cafe\\xCC\\x81", "Caf\\xC3\\xA9", "\\xE2\\x80\\xA8", "\\xEF\\xBB\\xBF", "\\x0A" }) // round three: NFD, U+2028, U+FEFF, LF
    @FuzzTest(maxDuration = "60s")
    void packsWhateverTheModelHolds(FuzzedDataProvider data) throws Exception {
        JourneyModel model = EcoreUtil.copy(sample);
        List<EObject> all = new ArrayList<>();
        all.add(model);
        model.eAllContents().forEachRemaining(all::add);
        int edits = data.consumeInt(1, 16);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            EObject target = all.get(data.consumeInt(0, all.size() - 1));
            if (!EcoreUtil.isAncestor(model, target)) {
                continue; // removed by an earlier edit
            }
            switch (data.consumeInt(0, 9)) {
            case 0 -> {
                if (target != model) {
                    EcoreUtil.delete(target, true);
                }
            }
            case 1 -> doubleUp(target);
            default -> setAttribute(target, data);
            }
        }
        Path zip = folder.resolve("pack.zip");
        Files.deleteIfExists(zip);
        WorkshopPack.write(model, zip, data.consumeString(200));
        check(zip, model);
    }

    /** Sets one of {@code target}'s attributes (not its id: ids are checked where they enter). */
    private static void setAttribute(EObject target, FuzzedDataProvider data) {
        List<EAttribute> attributes = target.eClass().getEAllAttributes().stream()
                .filter(a -> a.isChangeable() && !a.isMany() && !a.isID() && !a.isDerived()).toList();
        if (attributes.isEmpty()) {
            return;
        }
        EAttribute a = attributes.get(data.consumeInt(0, attributes.size() - 1));
        Class<?> type = a.getEAttributeType().getInstanceClass();
        Object value;
        if (a.getEAttributeType() instanceof EEnum e) {
            value = e.getELiterals().get(data.consumeInt(0, e.getELiterals().size() - 1)).getInstance();
        } else if (type == String.class) {
            String text = data.consumeBoolean() ? data.consumeString(300)
                    : data.consumeString(20).repeat(data.consumeInt(0, 5_000));
            value = Texts.cleanKeepingLines(text); // as typed text enters a model; a file's is refused
        } else if (type == int.class || type == Integer.class) {
            value = data.consumeInt();
        } else if (type == double.class || type == Double.class) {
            value = data.consumeRegularDouble(); // NaN and infinities are refused where values enter
        } else if (type == boolean.class || type == Boolean.class) {
            value = data.consumeBoolean();
        } else {
            return;
        }
        target.eSet(a, value);
    }

    /** Adds a copy of {@code target} (with a new id) beside it, when it is in a list. */
    @SuppressWarnings("unchecked")
    private static void doubleUp(EObject target) {
        var feature = target.eContainmentFeature();
        if (feature == null || !feature.isMany()) {
            return;
        }
        EObject copy = EcoreUtil.copy(target);
        copy.eAllContents().forEachRemaining(PackFuzzTest::newId);
        newId(copy);
        ((List<EObject>) target.eContainer().eGet(feature)).add(copy);
    }

    private static void newId(EObject o) {
        EAttribute id = o.eClass().getEIDAttribute();
        if (id != null) {
            o.eSet(id, "copy-" + EcoreUtil.generateUUID());
        }
    }

    private static void check(Path zip, JourneyModel model) throws Exception {
        Set<String> names = new HashSet<>();
        Path workbook = null;
        var parser = DocumentBuilderFactory.newInstance();
        parser.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // a browser reads a 100,000-character name with an '&' in it; the JDK's default limit does not
        parser.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "0");
        parser.setAttribute("jdk.xml.totalEntitySizeLimit", "0");
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String name = entry.getName();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new AssertionError("two pack entries named " + name);
                }
                if (!SAFE_NAME.matcher(name).matches()) {
                    throw new AssertionError("a pack entry name that is not plain ASCII: " + name);
                }
                for (String part : name.split("/")) {
                    if (DEVICES.contains(part.replaceFirst("\\..*", ""))) {
                        throw new AssertionError("a Windows device name in the pack: " + name);
                    }
                }
                byte[] bytes = in.readAllBytes();
                if (name.endsWith(".svg") || name.endsWith(".html")) {
                    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    // a page's own HTML5 doctype, and no other
                    String xml = name.endsWith(".html") ? text.replaceFirst("^<!DOCTYPE html>", "") : text;
                    parser.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
                    if (text.toLowerCase(Locale.ROOT).contains("<script")) {
                        throw new AssertionError("a script in " + name);
                    }
                } else if (name.endsWith(".pdf")) {
                    if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                            .equals("%PDF-")) {
                        throw new AssertionError(name + " is not a PDF");
                    }
                } else if (name.endsWith(".xlsx")) {
                    workbook = folder.resolve("pack-workbook.xlsx");
                    Files.write(workbook, bytes);
                }
            }
        }
        if (workbook == null) {
            throw new AssertionError("the pack has no workbook");
        }
        List<SheetImport.Edit> edits = SheetImport.plan(model, workbook).edits();
        if (!edits.isEmpty()) {
            throw new AssertionError("the pack's workbook imports back as changes: " + edits.get(0).description());
        }
    }
}
