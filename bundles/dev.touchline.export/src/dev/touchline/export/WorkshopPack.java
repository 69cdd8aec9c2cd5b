package dev.touchline.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.touchline.io.AtomicFiles;
import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.Health;
import dev.touchline.departments.Heatmap;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Palette;
import dev.touchline.map.draw.MapView;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.sheet.SheetExport;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.ValidationReport;

/**
 * What a consultant takes to a client workshop, as one zip file: {@code index.html} (what is in
 * the pack), a poster of each journey ({@code posters/*.svg} for screens, {@code posters/*.pdf}
 * for a plotter, {@code posters/*-a3.pdf} on A3 sheets for an office printer), the heatmap of each
 * journey's departments ({@code heatmaps/*.svg}, {@code heatmaps/*.pdf}), a handout per department
 * ({@code handouts/*.html}), the gaps validation found ({@code gaps.html}) and the workbook
 * participants edit ({@code workshop.xlsx}, read back by {@code touchline import}). Written
 * atomically: a failed write leaves no pack and no temporary file.
 */
public final class WorkshopPack {

    /** What a pack holds, for the caller to report. */
    public record Contents(int posters, int handouts, int findings, List<String> files) {

        /** "1 poster, 7 department handouts, 4 findings, workbook". */
        public String summary() {
            return count(posters, "poster") + ", " + count(handouts, "department handout") + ", "
                    + count(findings, "finding") + ", workbook";
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    private WorkshopPack() {
    }

    /**
     * Writes the pack of {@code model} to {@code zip}, validating the model first (as loaded:
     * see {@link ModelValidator#validateLoaded}).
     *
     * @param caption what each page and poster says at the bottom (model file, date), plain text
     */
    public static Contents write(JourneyModel model, Path zip, String caption) throws IOException {
        return write(model, new ModelValidator().validateLoaded(model), zip, caption);
    }

    /**
     * What a pack's pages say at the bottom: the product, the model file's name and today's date.
     */
    public static String caption(Path modelFile) {
        return "Touchline \u00b7 " + modelFile.getFileName() + " \u00b7 " + LocalDate.now();
    }

    /**
     * Writes the pack of {@code model} with the findings of {@code report} (a validation of this
     * model as it is now: an edited model needs {@link ModelValidator#validate}, not
     * {@code validateLoaded}).
     */
    public static Contents write(JourneyModel model, ValidationReport report, Path zip, String caption)
            throws IOException {
        FindingIndex findings = new FindingIndex(report);
        List<String> files = new ArrayList<>();
        int[] counts = new int[2];
        AtomicFiles.write(zip, out -> {
            ZipOutputStream pack = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Set<String> used = new HashSet<>();
            Set<String> handoutNames = new HashSet<>(); // their own folder
            List<String[]> posters = new ArrayList<>();
            int journeyIndex = 0;
            for (Journey journey : model.getJourneys()) {
                journeyIndex++;
                String base = "posters/" + unique(used, Markup.slug(journey.getName(), "journey-" + journeyIndex), "journey",
                        ".svg", ".pdf", "-a3.pdf");
                MapLayout layout = JourneyMapLayout.of(journey, findings);
                entry(pack, base + ".svg", PosterSvg.of(layout, MapView.PLAIN, caption), files);
                pack.putNextEntry(stamped(base + ".pdf"));
                PosterPdf.write(layout, MapView.PLAIN, caption, AtomicFiles.keepOpen(pack));
                pack.closeEntry();
                files.add(base + ".pdf");
                pack.putNextEntry(stamped(base + "-a3.pdf"));
                PosterPdf.writeTiled(layout, MapView.PLAIN, caption, AtomicFiles.keepOpen(pack));
                pack.closeEntry();
                files.add(base + "-a3.pdf");
                String heatmap = "heatmaps/" + base.substring("posters/".length());
                Heatmap grid = Heatmap.of(journey, findings);
                entry(pack, heatmap + ".svg", HeatmapExport.svg(grid), files);
                pack.putNextEntry(stamped(heatmap + ".pdf"));
                HeatmapExport.pdf(grid, caption, AtomicFiles.keepOpen(pack));
                pack.closeEntry();
                files.add(heatmap + ".pdf");
                posters.add(new String[] { base,
                        journey.getName() == null ? "Journey " + journeyIndex : journey.getName() });
            }
            List<String[]> handouts = new ArrayList<>();
            int departmentIndex = 0;
            for (DepartmentFigures figures : DepartmentFigures.all(model, DepartmentFigures.Scope.model(model), findings)) {
                departmentIndex++;
                Department department = figures.department();
                String name = "handouts/" + unique(handoutNames, Markup.slug(department.getName(),
                        "department-" + departmentIndex), "department", ".html") + ".html";
                entry(pack, name, Pages.handout(figures, model, caption), files);
                Health health = figures.health();
                handouts.add(new String[] { name, Pages.name(department), Integer.toString(Palette.of(health)),
                        figures.owned().size() + " owned, " + figures.supported().size() + " supported \u00b7 "
                                + health.label() });
            }
            entry(pack, "gaps.html", Pages.gaps(model, findings, caption), files);
            String workbook = "workshop.xlsx";
            pack.putNextEntry(stamped(workbook));
            SheetExport.writeWorkbook(model, AtomicFiles.keepOpen(pack));
            pack.closeEntry();
            files.add(workbook);
            entry(pack, "index.html", Pages.index(model, posters, handouts, workbook, findings, caption), files);
            pack.finish();
            counts[0] = posters.size();
            counts[1] = handouts.size();
        }, false);
        return new Contents(counts[0], counts[1], report.findings().size(), List.copyOf(files));
    }

    private static void entry(ZipOutputStream pack, String name, String content, List<String> files)
            throws IOException {
        pack.putNextEntry(stamped(name));
        pack.write(content.getBytes(StandardCharsets.UTF_8));
        pack.closeEntry();
        files.add(name);
    }

    private static ZipEntry stamped(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(Instant.now()));
        return entry;
    }

    /** Names Windows reserves for devices, with or without an ending: a file so named cannot be extracted there. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * A base name for the files {@code base + ending} that collides with no file already in the
     * pack (journeys "X" and "X A3" both wanted {@code x-a3.pdf}) and is not a name Windows
     * reserves ("con", "nul": {@code con-journey}); the files' names are then taken.
     */
    static String unique(Set<String> used, String slug, String kind, String... endings) {
        String start = RESERVED.contains(slug) ? slug + "-" + kind : slug;
        String name = start;
        for (int n = 2; !free(used, name, endings); n++) {
            name = start + "-" + n;
        }
        for (String ending : endings) {
            used.add(name + ending);
        }
        return name;
    }

    private static boolean free(Set<String> used, String name, String... endings) {
        for (String ending : endings) {
            if (used.contains(name + ending)) {
                return false;
            }
        }
        return true;
    }
}
