package dev.touchline.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;

/**
 * Checks an XLSX file before any spreadsheet library parses it: it must be a complete zip archive
 * whose entries stay inside it (no {@code ../} or absolute names), that does not expand to far
 * more than its size (a "zip bomb"), and whose XML parts carry no DOCTYPE (spreadsheet programs
 * never write one; it is how XML files are made to read local files or expand without end).
 */
final class WorkbookGuard {

    /** Most entries a workbook may have. */
    static final int MAX_ENTRIES = 10_000;
    /** Most bytes all entries may expand to. */
    static final long MAX_EXPANDED = 1L << 30;
    /** An entry may expand to this many times its compressed size... */
    static final long MAX_RATIO = 100;
    /** ...once it is larger than this. */
    static final long RATIO_THRESHOLD = 16L << 20;

    /** The XLSX format's own limits: column XFD, row 1,048,576. */
    static final int MAX_COLUMN = 16_384;
    static final int MAX_ROW = 1_048_576;
    /**
     * Most cell places a sheet may span, counted row by row up to each row's last cell: what the
     * reader allocates. A workshop workbook spans a few thousand; a sheet with one cell at column
     * XFD in each of a few thousand rows would span tens of millions.
     */
    static final long MAX_CELL_PLACES = 5_000_000;

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WorkbookGuard() {
    }

    /**
     * Checks the workbook and returns the merged cell ranges of each sheet, by sheet name
     * ({@code "H4:H6"}): the sheet reader applies them, since the XLSX reader does not.
     */
    static java.util.Map<String, List<String>> check(Path file) throws ModelFileException {
        java.util.Map<String, List<String>> mergesByPart = new java.util.HashMap<>();
        String workbookXml = "";
        String relationships = "";
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refuse(file, "holds " + zip.size() + " archive entries (a workbook has a few dozen)");
            }
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                checkName(file, entry.getName());
                long expanded = 0;
                int matched = 0;
                CellReferences cells = entry.getName().startsWith("xl/worksheets/") ? new CellReferences() : null;
                boolean keepText = entry.getName().equals("xl/workbook.xml")
                        || entry.getName().equals("xl/_rels/workbook.xml.rels");
                java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        expanded += n;
                        total += n;
                        if (total > MAX_EXPANDED || expanded > RATIO_THRESHOLD
                                && expanded > MAX_RATIO * Math.max(entry.getCompressedSize(), 1)) {
                            throw refuse(file, "its entry '" + entry.getName() + "' expands to more than "
                                    + (total > MAX_EXPANDED ? "1 GB" : MAX_RATIO + " times its size")
                                    + " (a \"zip bomb\")");
                        }
                        matched = scanForDoctype(buffer, n, matched, file, entry);
                        if (cells != null) {
                            cells.feed(buffer, n, file, entry);
                        }
                        if (keepText && text.size() < (4 << 20)) {
                            text.write(buffer, 0, n);
                        }
                    }
                }
                if (cells != null) {
                    cells.end(file, entry);
                    if (!cells.merges.isEmpty()) {
                        mergesByPart.put(entry.getName(), cells.merges);
                    }
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    workbookXml = text.toString(java.nio.charset.StandardCharsets.UTF_8);
                } else if (keepText) {
                    relationships = text.toString(java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return bySheetName(mergesByPart, workbookXml, relationships);
        } catch (ZipException e) {
            throw new ModelFileException(file, -1, "is not a complete XLSX workbook (" + ModelFiles.reason(e)
                    + "): the file is truncated or is not a workbook",
                    "Export it again from your spreadsheet program as .xlsx, or from Touchline with 'touchline export'.",
                    e);
        } catch (IOException e) {
            throw new ModelFileException(file, -1, "cannot be read: " + ModelFiles.reason(e),
                    "Check the file and try again.", e);
        }
    }

    private static void checkName(Path file, String name) throws ModelFileException {
        String n = name.replace('\\', '/');
        boolean escapes = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..");
        if (escapes) {
            throw refuse(file, "its archive entry '" + name + "' points outside the workbook (an absolute path or ../)");
        }
    }

    /** Finds "<!DOCTYPE" across buffer boundaries; returns how much of it the buffer's end matched. */
    private static int scanForDoctype(byte[] buffer, int length, int matched, Path file, ZipEntry entry)
            throws ModelFileException {
        int m = matched;
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            m = b == DOCTYPE[m] ? m + 1 : b == DOCTYPE[0] ? 1 : 0;
            if (m == DOCTYPE.length) {
                throw refuse(file, "its part '" + entry.getName() + "' declares a DOCTYPE, which spreadsheet programs"
                        + " never write (it can make a reader fetch files or expand text without end)");
            }
        }
        return m;
    }

    /**
     * Reads the cell references ({@code r="AB12"}) of a sheet part as its bytes go by, before any
     * reader allocates for them: refuses a column or row beyond the format's limits and a sheet
     * spanning more than {@link #MAX_CELL_PLACES} cell places.
     */
    private static final class CellReferences {
        private final AttributeValues references = new AttributeValues(" r=\"", 16);
        private final AttributeValues mergeRanges = new AttributeValues("<mergeCell ref=\"", 40);
        private long places;
        private long rowWidth;
        /** Merged ranges ({@code <mergeCell ref="H4:H6"/>}). */
        final List<String> merges = new java.util.ArrayList<>();

        void feed(byte[] buffer, int length, Path file, ZipEntry entry) throws ModelFileException {
            for (int i = 0; i < length; i++) {
                String reference = references.see(buffer[i]);
                if (reference != null) {
                    reference(reference, file, entry);
                }
                String range = mergeRanges.see(buffer[i]);
                if (range != null) {
                    merges.add(range);
                }
            }
        }

        private void reference(String ref, Path file, ZipEntry entry) throws ModelFileException {
            int i = 0;
            long column = 0;
            while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
                column = column * 26 + (ref.charAt(i) - 'A' + 1);
                i++;
                if (column > MAX_COLUMN) {
                    throw refuse(file, "its sheet '" + entry.getName() + "' has a cell at column " + ref.replaceAll(
                            "[0-9]+$", "") + ", beyond the last column an .xlsx file may have (XFD)");
                }
            }
            long number = 0;
            for (int d = i; d < ref.length() && Character.isDigit(ref.charAt(d)); d++) {
                number = Math.min(number * 10 + (ref.charAt(d) - '0'), Integer.MAX_VALUE);
            }
            if (number > MAX_ROW) {
                throw refuse(file, "its sheet '" + entry.getName() + "' has a row " + number
                        + ", beyond the last row an .xlsx file may have (1,048,576)");
            }
            if (column == 0) {
                // a row's own reference: the cells so far belong to the previous row
                places += rowWidth;
                rowWidth = 0;
            } else {
                rowWidth = Math.max(rowWidth, column);
            }
            if (places + rowWidth > MAX_CELL_PLACES) {
                throw tooSpread(file, entry);
            }
        }

        void end(Path file, ZipEntry entry) throws ModelFileException {
            places += rowWidth;
            rowWidth = 0;
            if (places > MAX_CELL_PLACES) {
                throw tooSpread(file, entry);
            }
        }

        private static ModelFileException tooSpread(Path file, ZipEntry entry) {
            return refuse(file, "its sheet '" + entry.getName() + "' spreads its cells over more than "
                    + MAX_CELL_PLACES + " places (cells far to the right in many rows); a workshop workbook needs"
                    + " a few thousand");
        }
    }

    /** The values of one attribute ({@code mark} up to its opening quote) as bytes go by. */
    private static final class AttributeValues {
        private final byte[] mark;
        private final int maxLength;
        private final StringBuilder value = new StringBuilder();
        private int matched;
        private boolean inValue;

        AttributeValues(String mark, int maxLength) {
            this.mark = mark.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            this.maxLength = maxLength;
        }

        /** The value that {@code b} ends, or {@code null}. */
        String see(byte b) {
            if (inValue) {
                if (b == '"' || value.length() > maxLength) {
                    inValue = false;
                    String done = value.toString();
                    value.setLength(0);
                    return done;
                }
                value.append((char) (b & 0xff));
                return null;
            }
            matched = b == mark[matched] ? matched + 1 : b == mark[0] ? 1 : 0;
            if (matched == mark.length) {
                matched = 0;
                inValue = true;
            }
            return null;
        }
    }

    /** Sheet names (from xl/workbook.xml and its relationships) to the merges of their parts. */
    private static java.util.Map<String, List<String>> bySheetName(java.util.Map<String, List<String>> byPart,
            String workbookXml, String relationships) {
        java.util.Map<String, List<String>> result = new java.util.HashMap<>();
        if (byPart.isEmpty()) {
            return result;
        }
        java.util.Map<String, String> targets = new java.util.HashMap<>();
        var rel = java.util.regex.Pattern.compile("<Relationship\\b[^>]*>").matcher(relationships);
        while (rel.find()) {
            String id = attribute(rel.group(), "Id");
            String target = attribute(rel.group(), "Target");
            if (id != null && target != null) {
                String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                targets.put(id, part);
            }
        }
        var sheet = java.util.regex.Pattern.compile("<sheet\\b[^>]*>").matcher(workbookXml);
        while (sheet.find()) {
            String name = attribute(sheet.group(), "name");
            String id = attribute(sheet.group(), "r:id");
            List<String> merges = id == null ? null : byPart.get(targets.get(id));
            if (name != null && merges != null) {
                result.put(unescape(name), merges);
            }
        }
        return result;
    }

    private static String attribute(String tag, String name) {
        var m = java.util.regex.Pattern.compile("\\s" + java.util.regex.Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static ModelFileException refuse(Path file, String problem) {
        return new ModelFileException(file, "is not opened: " + problem,
                "If the workbook is genuine, open it in your spreadsheet program and save it again as .xlsx.");
    }
}
