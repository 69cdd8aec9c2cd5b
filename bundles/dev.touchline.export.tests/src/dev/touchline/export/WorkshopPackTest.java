package dev.touchline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.sheet.SheetImport;

class WorkshopPackTest {

    @TempDir
    Path dir;

    @Test
    void thePackHoldsPostersHandoutsGapsAndTheWorkbook() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Path zip = dir.resolve("pack.zip");
        WorkshopPack.Contents contents = WorkshopPack.write(model, zip, "Touchline test");
        Map<String, byte[]> entries = read(zip);
        assertEquals(contents.files(), List.copyOf(entries.keySet()));
        assertEquals(model.getJourneys().size(), contents.posters());
        assertEquals(model.getDepartments().size(), contents.handouts());
        assertTrue(entries.containsKey("index.html") && entries.containsKey("gaps.html")
                && entries.containsKey("workshop.xlsx"), entries.keySet().toString());
        assertTrue(entries.containsKey("handouts/billing-accounting.html"), entries.keySet().toString());
        assertTrue(entries.containsKey("posters/move-house.svg"), entries.keySet().toString());
        assertTrue(entries.containsKey("heatmaps/move-house.svg"), entries.keySet().toString());
        assertTrue(new String(entries.get("heatmaps/move-house.pdf"), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "the heatmap as PDF");
        assertTrue(new String(entries.get("index.html"), StandardCharsets.UTF_8).contains("heatmaps/move-house.svg"),
                "the index links the heatmap");
        assertTrue(new String(entries.get("posters/move-house.pdf"), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "each poster comes as a PDF for print too");
        assertTrue(new String(entries.get("posters/move-house-a3.pdf"), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "and as A3 sheets to join");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertFalse(e.getKey().contains("..") || e.getKey().startsWith("/"), e.getKey());
            if (e.getKey().endsWith(".html")) {
                Document page = ExportFixtures.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                assertEquals(0, page.getElementsByTagNameNS("*", "script").getLength(), e.getKey());
                assertTrue(csp(page).startsWith("default-src 'none'"), e.getKey() + ": " + csp(page));
                NodeList links = page.getElementsByTagNameNS("*", "a");
                for (int i = 0; i < links.getLength(); i++) {
                    String href = ((Element) links.item(i)).getAttribute("href");
                    assertTrue(entries.containsKey(href), e.getKey() + " links to " + href + ", which the pack holds");
                }
            }
        }
    }

    @Test
    void aHandoutListsWhatTheDepartmentOwnsAndItsGaps() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Department billing = model.getDepartments().stream().filter(d -> d.getName().equals("Billing & Accounting"))
                .findFirst().orElseThrow();
        Map<String, byte[]> entries = read(pack(model));
        Document page = ExportFixtures.parse(new String(entries.get("handouts/billing-accounting.html"), StandardCharsets.UTF_8));
        Element owned = (Element) page.getElementsByTagNameNS("*", "tbody").item(0);
        assertEquals(billing.getOwnedTouchpoints().size(), owned.getElementsByTagNameNS("*", "tr").getLength());
        for (var t : billing.getOwnedTouchpoints()) {
            assertTrue(owned.getTextContent().contains(t.getName()), t.getName());
        }
        String text = page.getDocumentElement().getTextContent();
        int findings = (int) new dev.touchline.validation.ModelValidator().validate(model).findings().stream()
                .filter(f -> f.departments().contains(billing)).count();
        assertTrue(text.contains(findings + "gaps to close"), "the tile counts " + findings + " gaps");
    }

    @Test
    void theWorkbookInThePackComesBackIntoTheModel() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Path workbook = dir.resolve("workshop.xlsx");
        Files.write(workbook, read(pack(model)).get("workshop.xlsx"));
        JourneyModel copy = ModelFiles.load(ExportFixtures.SAMPLE);
        SheetImport.Plan plan = SheetImport.plan(copy, workbook);
        assertEquals(0, plan.edits().size(), "an unedited workbook changes nothing");
        assertTrue(plan.rows() > 30, plan.rows() + " rows read: touchpoints and measurements");
    }

    @Test
    void namesThatCollideOrPointElsewhereGiveDistinctSafeFiles() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Department twin = TouchlineFactory.eINSTANCE.createDepartment();
        twin.setId("dep-twin");
        twin.setName("Billing & Accounting");
        Department sneaky = TouchlineFactory.eINSTANCE.createDepartment();
        sneaky.setId("dep-sneaky");
        sneaky.setName("../../index");
        model.getDepartments().add(twin);
        model.getDepartments().add(sneaky);
        Map<String, byte[]> entries = read(pack(model));
        assertTrue(entries.containsKey("handouts/billing-accounting-2.html"), entries.keySet().toString());
        assertTrue(entries.containsKey("handouts/index.html"), entries.keySet().toString());
        assertEquals(model.getDepartments().size(), entries.keySet().stream().filter(k -> k.startsWith("handouts/")).count());
    }

    /**
     * Found by hardening round two: journeys "X" and "X A3" both wanted posters/x-a3.pdf (the
     * second write failed with a disk-space message), and "con" or "NUL" made files Windows
     * cannot extract. Every entry name is now distinct and none is a Windows device name.
     */
    @Test
    void journeyAndDepartmentNamesNeverCollideOrNameAWindowsDevice() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        var first = model.getJourneys().get(0);
        first.setName("X");
        for (String name : new String[] { "X A3", "NUL", "con" }) {
            var journey = org.eclipse.emf.ecore.util.EcoreUtil.copy(first);
            journey.setName(name);
            journey.setId("jr-" + name.replace(' ', '-'));
            journey.eAllContents().forEachRemaining(o -> {
                if (o instanceof dev.touchline.model.Element e) {
                    e.setId(e.getId() + "-" + name.replace(' ', '-'));
                }
            });
            model.getJourneys().add(journey);
        }
        model.getDepartments().get(0).setName("aux");
        Map<String, byte[]> entries = read(pack(model));
        assertEquals(model.getJourneys().size() * 5 + model.getDepartments().size() + 3, entries.size(), // per journey: 3 posters, 2 heatmaps
                entries.keySet().toString());
        for (String name : entries.keySet()) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            base = base.substring(0, base.indexOf('.')).toLowerCase(java.util.Locale.ROOT);
            assertFalse(java.util.Set.of("con", "prn", "aux", "nul").contains(base), name + " is a Windows device name");
        }
        assertTrue(entries.containsKey("posters/x-a3.pdf") && entries.containsKey("posters/x-a3-2.pdf"),
                entries.keySet().toString());
    }

    /** A 100,000-character word in a name (the wrap was quadratic: past 120 s) packs at once. */
    @Test
    void aHundredThousandCharacterWordDoesNotHangThePack() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        String word = "x".repeat(100_000);
        model.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0).setName(word);
        model.getDepartments().get(0).setName(word);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> read(pack(model)), "a budget against hangs, not a speed measurement");
    }

    /** An emotion scale of the whole int range gave an "internal error"; now it packs. */
    @Test
    void anOverflowingEmotionScaleStillDraws() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        model.setEmotionMin(Integer.MIN_VALUE);
        model.setEmotionMax(Integer.MAX_VALUE);
        model.getJourneys().get(0).getStages().get(0).setEmotion(Integer.MAX_VALUE);
        model.getJourneys().get(0).getStages().get(1).setEmotion(Integer.MIN_VALUE);
        assertTrue(read(pack(model)).containsKey("posters/move-house.svg"));
    }

    @Test
    void aPackThatCannotBeWrittenLeavesNothing() throws Exception {
        Path zip = dir.resolve("missing-folder/pack.zip");
        assertThrows(IOException.class, () -> WorkshopPack.write(ExportFixtures.sample(), zip, "x"));
        assertFalse(Files.exists(zip.getParent()));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left");
        }
    }

    private Path pack(JourneyModel model) throws IOException {
        Path zip = dir.resolve("pack-" + System.nanoTime() + ".zip");
        WorkshopPack.write(model, zip, "Touchline test");
        return zip;
    }

    private static String csp(Document page) {
        NodeList metas = page.getElementsByTagNameNS("*", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("http-equiv").equals("Content-Security-Policy")) {
                return meta.getAttribute("content");
            }
        }
        return "";
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
