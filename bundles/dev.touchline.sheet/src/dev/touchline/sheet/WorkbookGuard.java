package dev.touchline.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;

/**
 * Checks an XLSX file before any spreadsheet library parses it: it must be a complete zip archive
 * whose entries stay inside it (no {@code ../} or absolute names), that does not expand to far
 * more than its size (a "zip bomb"), and whose XML parts carry no DOCTYPE (spreadsheet programs
 * never write one; it is how XML files are made to read local files or expand without end).
 *
 * <p>Every XML part, wherever it is and whatever it is called (the reader finds sheets through
 * the workbook's relationships, not by name), is then read as XML as the reader will read it, and
 * must not make the reader allocate without end: cell and row references within the format's
 * limits, a bounded number of cell places, rows, merged ranges and formulas, shared-string
 * indexes that name a shared string, and no text longer than a cell may hold.
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

    /** Most merged ranges a sheet may have (the reader checks every row against every one). */
    static final int MAX_MERGES = 1_000;
    /** Most formulas a workbook may hold (Touchline imports values only; the reader's array formulas are quadratic). */
    static final int MAX_FORMULAS = 1_000;
    /** Longest text of one XML element: a cell's limit, {@link SheetReader#MAX_CELL_CHARS}. */
    static final int MAX_TEXT = SheetReader.MAX_CELL_CHARS;

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WorkbookGuard() {
    }

    /**
     * Checks the workbook and returns the merged cell ranges of each sheet, by sheet name
     * ({@code "H4:H6"}): the sheet reader applies them, since the XLSX reader does not.
     */
    static Map<String, List<Range>> check(Path file) throws ModelFileException {
        Map<String, List<Range>> mergesByPart = new HashMap<>();
        Map<String, String> sheetIds = new LinkedHashMap<>();
        Map<String, String> partsById = new HashMap<>();
        Workbook workbook = new Workbook();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refuse(file, "holds " + zip.size() + " archive entries (a workbook has a few dozen)");
            }
            long[] total = {0};
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                checkName(file, name);
                Part part = new Part(zip.getInputStream(entry), file, entry, total);
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                try (part) {
                    java.io.BufferedInputStream in = new java.io.BufferedInputStream(part, 1 << 16);
                    if (lower.endsWith(".xml") || lower.endsWith(".rels") || looksLikeXml(in)) {
                        PartCheck check = new PartCheck(file, name, workbook);
                        readElements(in, file, name, check);
                        if (!check.merges.isEmpty()) {
                            mergesByPart.put(name, check.merges);
                        }
                        if (name.equals("xl/workbook.xml")) {
                            sheetIds.putAll(check.sheets);
                        } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                            partsById.putAll(check.relationships);
                        }
                    }
                    in.transferTo(OutputStream.nullOutputStream()); // the rest counts against the budget too
                } catch (IOException e) {
                    if (part.refusal != null) {
                        throw part.refusal;
                    }
                    throw e;
                }
            }
            workbook.end(file);
        } catch (ModelFileException e) {
            throw e;
        } catch (ZipException e) {
            throw new ModelFileException(file, -1, "is not a complete XLSX workbook (" + ModelFiles.reason(e)
                    + "): the file is truncated or is not a workbook",
                    "Export it again from your spreadsheet program as .xlsx, or from Touchline with 'touchline export'.",
                    e);
        } catch (IOException e) {
            throw new ModelFileException(file, -1, "cannot be read: " + ModelFiles.reason(e),
                    "Check the file and try again.", e);
        }
        Map<String, List<Range>> result = new HashMap<>();
        sheetIds.forEach((sheet, id) -> {
            List<Range> merges = sheet == null || id == null ? null : mergesByPart.get(partsById.get(id));
            if (merges != null) {
                result.put(sheet, merges);
            }
        });
        return result;
    }

    /**
     * Whether an entry's bytes start like XML (after white space, NUL bytes of UTF-16 and a byte
     * order mark): the reader takes a sheet from whatever entry the relationships name, so an
     * entry need not be called .xml to be read as a sheet.
     */
    private static boolean looksLikeXml(java.io.BufferedInputStream in) throws IOException {
        in.mark(512);
        try {
            for (int i = 0; i < 512; i++) {
                int b = in.read();
                if (b == '<') {
                    return true;
                }
                boolean skip = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0 || b == 0xEF || b == 0xBB
                        || b == 0xBF || b == 0xFE || b == 0xFF;
                if (!skip) {
                    return false;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /**
     * A merged range of cells, as checked: columns from 0, rows as shown (from 1).
     *
     * @param ref as written: {@code H4:H6}
     */
    record Range(String ref, int left, int right, int top, int bottom) {
    }

    /** What the check counts over the whole workbook. */
    private static final class Workbook {
        long sharedStrings;
        long highestSharedString = -1;
        String highestSharedStringCell;
        int formulas;

        void end(Path file) throws ModelFileException {
            if (highestSharedString >= sharedStrings) {
                throw refuse(file, "its cell " + highestSharedStringCell + " names shared string "
                        + highestSharedString + ", but the workbook has " + sharedStrings);
            }
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

    /**
     * One archive entry's bytes as they are read, by the XML check or to the end: refuses an entry
     * that expands far beyond its size (or all entries past {@link #MAX_EXPANDED}) and a DOCTYPE in
     * the bytes, before any XML parser sees it. A refusal ends the read with an {@link IOException}
     * and is kept in {@link #refusal}, since an XML parser wraps what its stream throws.
     */
    private static final class Part extends FilterInputStream {
        private final Path file;
        private final ZipEntry entry;
        private final long[] total;
        private long expanded;
        private int doctypeMatched;
        ModelFileException refusal;

        Part(InputStream in, Path file, ZipEntry entry, long[] total) {
            super(in);
            this.file = file;
            this.entry = entry;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (refusal != null) {
                throw new IOException(refusal.getMessage()); // refused: no more bytes
            }
            int n = super.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            expanded += n;
            total[0] += n;
            if (total[0] > MAX_EXPANDED || expanded > RATIO_THRESHOLD
                    && expanded > MAX_RATIO * Math.max(entry.getCompressedSize(), 1)) {
                throw refused(refuse(file, "its entry '" + entry.getName() + "' expands to more than "
                        + (total[0] > MAX_EXPANDED ? "1 GB" : MAX_RATIO + " times its size") + " (a \"zip bomb\")"));
            }
            for (int i = offset; i < offset + n; i++) {
                byte b = buffer[i];
                doctypeMatched = b == DOCTYPE[doctypeMatched] ? doctypeMatched + 1 : b == DOCTYPE[0] ? 1 : 0;
                if (doctypeMatched == DOCTYPE.length) {
                    throw refused(doctype(file, entry.getName()));
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }

        IOException refused(ModelFileException e) {
            refusal = e;
            return new IOException(e.getMessage());
        }
    }

    private static ModelFileException doctype(Path file, String part) {
        return refuse(file, "its part '" + part + "' declares a DOCTYPE, which spreadsheet programs"
                + " never write (it can make a reader fetch files or expand text without end)");
    }

    /** The XML parser of the check: no DTD, no external entity, whatever the JDK's defaults. */
    private static final XMLInputFactory XML = xmlFactory();

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Touchline's limits, not the JDK's defaults (which differ between versions): without a DTD
        // there is no entity to expand; texts are bounded by MAX_TEXT, the whole part by the budget
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        return factory;
    }

    /** What the check does with one part's elements. */
    private interface ElementCheck {
        void start(XMLStreamReader xml) throws ModelFileException;

        /** Text of the element last started (in pieces). */
        void text(XMLStreamReader xml) throws ModelFileException;

        void endElement() throws ModelFileException;

        /** The end of the part. */
        void end() throws ModelFileException;
    }

    /**
     * Reads a part's XML as the spreadsheet reader will (attributes by local name, whatever
     * their quotes, prefixes or character references), calling {@code check} for each element.
     * Damaged XML, a DTD and a text longer than {@link #MAX_TEXT} are refused.
     */
    private static void readElements(InputStream in, Path file, String part, ElementCheck check)
            throws ModelFileException, IOException {
        XMLStreamReader xml = null;
        try {
            // the parser closes its stream at the end of the document; the rest is still to be counted
            xml = XML.createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the part is closed by its owner
                }
            });
            long text = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                case XMLStreamConstants.DTD -> throw doctype(file, part);
                case XMLStreamConstants.START_ELEMENT -> {
                    text = 0;
                    check.start(xml);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    text = 0;
                    check.endElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text += xml.getTextLength();
                    if (text > MAX_TEXT) {
                        throw refuse(file, "its part '" + part + "' holds a text of more than " + MAX_TEXT
                                + " characters, more than a cell may hold");
                    }
                    check.text(xml);
                }
                default -> {
                    // comments, processing instructions
                }
                }
            }
            check.end();
        } catch (XMLStreamException e) {
            // a part refused as its bytes went by (a zip bomb, a DOCTYPE) refuses again here; and a zip
            // bomb is damaged XML too: the rest of its bytes say which it is
            in.transferTo(OutputStream.nullOutputStream());
            throw new ModelFileException(file, -1, "is not a readable XLSX workbook: the XML inside it is damaged"
                    + " (in '" + part + "')", "Open it in your spreadsheet program and save it again as .xlsx.", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by its owner
                }
            }
        }
    }

    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String partName(String target) {
        return target == null ? null : target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    /**
     * The check of one XML part, as it goes by. In a sheet: each cell and row reference must be a
     * reference ({@code AB12}, {@code $AB$12}) within the format's limits (column XFD, row
     * 1,048,576), and the sheet may not spread over more than {@link #MAX_CELL_PLACES}, counted
     * as the reader allocates: a cell without a reference right of the last, each row at least as
     * wide as the widest before it (the reader's rows never shrink), a merged range down a column
     * as wide as its column in each of its rows. The reader would take any character for a column
     * letter and let a long reference overflow; only what a spreadsheet program writes passes.
     * Also: shared strings counted and named, formulas counted, the workbook's sheets and
     * relationships noted.
     */
    private static final class PartCheck implements ElementCheck {
        private static final Pattern CELL = Pattern.compile("\\$?([A-Za-z]{1,7})\\$?([0-9]{1,7})");
        private static final Pattern ROW = Pattern.compile("[0-9]{1,7}");
        private static final Pattern INDEX = Pattern.compile("\\s*[0-9]{1,10}\\s*");
        private final Path file;
        private final String part;
        private final Workbook workbook;
        private long places;
        private long rows;
        private long rowWidth;
        private long widest;
        /** The column of the row's last cell. */
        private long column;
        /** The cell whose value names a shared string, until its value is read. */
        private String sharedCell;
        /** The value of that cell, while it is read (at most a few characters are kept). */
        private StringBuilder sharedValue;
        /** How deep the element being read is. */
        private int depth;
        /** The depth of the string ({@code si}, {@code is}) being read, whose runs the reader joins; or -1. */
        private int stringDepth = -1;
        private long stringLength;
        final List<Range> merges = new ArrayList<>();
        final Map<String, String> sheets = new LinkedHashMap<>();
        final Map<String, String> relationships = new HashMap<>();

        PartCheck(Path file, String part, Workbook workbook) {
            this.file = file;
            this.part = part;
            this.workbook = workbook;
        }

        @Override
        public void start(XMLStreamReader xml) throws ModelFileException {
            depth++;
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeValue(i).length() > MAX_TEXT) {
                    throw refuse(file, "its part '" + part + "' has an attribute '" + xml.getAttributeLocalName(i)
                            + "' of more than " + MAX_TEXT + " characters");
                }
            }
            if (stringDepth < 0 && (xml.getLocalName().equals("si") || xml.getLocalName().equals("is"))) {
                stringDepth = depth;
                stringLength = 0;
            }
            switch (xml.getLocalName()) {
            case "row" -> row(reference(xml, "r"));
            case "c" -> {
                cell(reference(xml, "r"));
                sharedCell = "s".equals(xml.getAttributeValue(null, "t"))
                        ? Objects.requireNonNullElse(xml.getAttributeValue(null, "r"), "(without reference)") : null;
            }
            case "v" -> sharedValue = sharedCell != null ? new StringBuilder() : null;
            case "mergeCell" -> merge(reference(xml, "ref"));
            case "si" -> workbook.sharedStrings++;
            case "f" -> {
                if (++workbook.formulas > MAX_FORMULAS) {
                    throw refuse(file, "it holds more than " + MAX_FORMULAS + " formulas; Touchline imports values"
                            + " only (replace them by their values: Paste Special > Values)");
                }
            }
            case "sheet" -> sheets.put(xml.getAttributeValue(null, "name"), relationshipId(xml));
            case "Relationship" -> relationships.put(xml.getAttributeValue(null, "Id"),
                    partName(xml.getAttributeValue(null, "Target")));
            default -> {
                return;
            }
            }
            if (places + rowWidth > MAX_CELL_PLACES) {
                throw tooSpread();
            }
        }

        @Override
        public void text(XMLStreamReader xml) throws ModelFileException {
            if (stringDepth >= 0) {
                stringLength += xml.getTextLength();
                if (stringLength > MAX_TEXT) {
                    throw refuse(file, "its part '" + part + "' holds a text of more than " + MAX_TEXT
                            + " characters (in runs), more than a cell may hold");
                }
            }
            if (sharedValue != null && sharedValue.length() < 24) {
                sharedValue.append(xml.getTextCharacters(), xml.getTextStart(),
                        Math.min(xml.getTextLength(), 24 - sharedValue.length()));
            }
        }

        @Override
        public void endElement() throws ModelFileException {
            if (depth-- == stringDepth) {
                stringDepth = -1;
            }
            if (sharedValue != null) {
                String value = sharedValue.toString();
                sharedValue = null;
                sharedString(value);
            }
        }

        @Override
        public void end() throws ModelFileException {
            places += rowWidth;
            if (places > MAX_CELL_PLACES) {
                throw tooSpread();
            }
        }

        /**
         * The attribute {@code name}; when it is written more than once (under prefixes), the
         * others are checked as references too, so that no reader's choice among them escapes.
         */
        private String reference(XMLStreamReader xml, String name) throws ModelFileException {
            String found = null;
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)) {
                    if (found != null) {
                        String other = xml.getAttributeValue(i);
                        switch (xml.getLocalName()) {
                        case "row" -> rowNumber(other);
                        case "c" -> column(other);
                        default -> {
                            for (String end : other.split(":", -1)) {
                                column(end);
                            }
                        }
                        }
                    } else {
                        found = xml.getAttributeValue(i);
                    }
                }
            }
            return found;
        }

        /** A new row: the cells so far belong to the previous one. A row without a number follows it. */
        private void row(String reference) throws ModelFileException {
            places += rowWidth;
            widest = Math.max(widest, rowWidth);
            rowWidth = widest;
            column = 0;
            if (++rows > MAX_ROW) {
                throw refuse(file, "its sheet '" + part + "' has more than " + MAX_ROW
                        + " rows, the most an .xlsx file may have");
            }
            if (reference != null) {
                rowNumber(reference);
            }
        }

        private void rowNumber(String reference) throws ModelFileException {
            if (!ROW.matcher(reference).matches()) {
                throw refuse(file, "its sheet '" + part + "' has a row numbered '" + shown(reference) + "', "
                        + (reference.matches("[0-9]+") ? "beyond the last row an .xlsx file may have (1,048,576)"
                                : "which is not a row number"));
            }
            checkRow(Long.parseLong(reference));
        }

        /** A cell: at its reference, or (without one, as the reader places it) right of the last. */
        private void cell(String reference) throws ModelFileException {
            if (reference == null) {
                column++;
                if (column > MAX_COLUMN) {
                    throw refuse(file, "its sheet '" + part + "' has a row of more than " + MAX_COLUMN
                            + " cells, beyond the last column an .xlsx file may have (XFD)");
                }
            } else {
                column = column(reference);
            }
            rowWidth = Math.max(rowWidth, column);
        }

        /** The column of a cell reference (from 1), its row checked too. */
        private long column(String reference) throws ModelFileException {
            Matcher m = CELL.matcher(reference);
            if (!m.matches()) {
                throw refuse(file, "its sheet '" + part + "' has a cell at '" + shown(reference)
                        + "', which is not a cell reference (such as B12)");
            }
            long number = columnNumber(m.group(1));
            if (number > MAX_COLUMN) {
                throw refuse(file, "its sheet '" + part + "' has a cell at column " + m.group(1)
                        + ", beyond the last column an .xlsx file may have (XFD)");
            }
            checkRow(Long.parseLong(m.group(2)));
            return number;
        }

        private static long rowOf(String reference) {
            Matcher m = CELL.matcher(reference);
            return m.matches() ? Long.parseLong(m.group(2)) : 0;
        }

        /**
         * A merged range ({@code H4:H6}): both ends real references. The sheet reader checks every
         * row against every merge and fills a merge down a column in each of its rows, so their
         * number is bounded and their cells are counted.
         */
        private void merge(String range) throws ModelFileException {
            if (range == null) {
                return;
            }
            String[] ends = range.split(":", -1);
            if (ends.length > 2) {
                throw refuse(file, "its sheet '" + part + "' merges '" + shown(range)
                        + "', which is not a range of cells (such as H4:H6)");
            }
            String last = ends[ends.length - 1];
            long left = column(ends[0]);
            long right = column(last);
            long top = rowOf(ends[0]);
            long bottom = rowOf(last);
            if (merges.size() == MAX_MERGES) {
                throw refuse(file, "its sheet '" + part + "' merges more than " + MAX_MERGES
                        + " ranges of cells; a workshop workbook merges a few");
            }
            places += Math.max(0, bottom - top + 1) * Math.max(left, right);
            merges.add(new Range(range, (int) Math.min(left, right) - 1, (int) Math.max(left, right) - 1,
                    (int) Math.min(top, bottom), (int) Math.max(top, bottom)));
        }

        private void sharedString(String value) throws ModelFileException {
            if (!INDEX.matcher(value).matches()) {
                throw refuse(file, "its cell " + shown(sharedCell) + " names shared string '" + shown(value.strip())
                        + "', which is not a number");
            }
            long index = Long.parseLong(value.strip());
            if (index > workbook.highestSharedString) {
                workbook.highestSharedString = index;
                workbook.highestSharedStringCell = shown(sharedCell) + " of '" + part + "'";
            }
            sharedCell = null;
        }

        private void checkRow(long number) throws ModelFileException {
            if (number < 1) {
                throw refuse(file, "its sheet '" + part + "' has a row 0; rows are numbered from 1");
            }
            if (number > MAX_ROW) {
                throw refuse(file, "its sheet '" + part + "' has a row " + number
                        + ", beyond the last row an .xlsx file may have (1,048,576)");
            }
        }

        private ModelFileException tooSpread() {
            return refuse(file, "its sheet '" + part + "' spreads its cells over more than " + MAX_CELL_PLACES
                    + " places (cells far to the right in many rows); a workshop workbook needs a few thousand");
        }
    }

    /** The number of a column's letters: A is 1, XFD 16,384 (at most 7 letters). */
    static long columnNumber(String letters) {
        long number = 0;
        for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            number = number * 26 + (c - 'A' + 1);
        }
        return number;
    }

    /** A reference as shown in a message: at most 20 characters. */
    private static String shown(String reference) {
        return reference.length() > 20 ? reference.substring(0, 20) + "…" : reference;
    }

    private static ModelFileException refuse(Path file, String problem) {
        return new ModelFileException(file, "is not opened: " + problem,
                "If the workbook is genuine, open it in your spreadsheet program and save it again as .xlsx.");
    }
}
