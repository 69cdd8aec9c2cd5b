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
    static Map<String, List<String>> check(Path file) throws ModelFileException {
        Map<String, List<String>> mergesByPart = new HashMap<>();
        Map<String, String> sheetIds = new LinkedHashMap<>();
        Map<String, String> partsById = new HashMap<>();
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
                try (part) {
                    if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                        List<String> merges = new SheetPlaces(file, name).read(part);
                        if (!merges.isEmpty()) {
                            mergesByPart.put(name, merges);
                        }
                    } else if (name.equals("xl/workbook.xml")) {
                        readElements(part, file, name, "sheet", (local, xml) -> sheetIds.put(
                                xml.getAttributeValue(null, "name"), relationshipId(xml)));
                    } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                        readElements(part, file, name, "Relationship", (local, xml) -> partsById.put(
                                xml.getAttributeValue(null, "Id"), partName(xml.getAttributeValue(null, "Target"))));
                    }
                    part.transferTo(OutputStream.nullOutputStream()); // the rest counts against the budget too
                } catch (IOException e) {
                    if (part.refusal != null) {
                        throw part.refusal;
                    }
                    throw e;
                }
            }
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
        Map<String, List<String>> result = new HashMap<>();
        sheetIds.forEach((sheet, id) -> {
            List<String> merges = sheet == null || id == null ? null : mergesByPart.get(partsById.get(id));
            if (merges != null) {
                result.put(sheet, merges);
            }
        });
        return result;
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
            return read(new byte[(int) Math.min(n, 8192)]);
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
        return factory;
    }

    /** What the check does with one element. */
    @FunctionalInterface
    private interface ElementCheck {
        void see(String localName, XMLStreamReader xml) throws ModelFileException;
    }

    /**
     * Reads a part's XML as the spreadsheet reader will (attributes by local name, whatever
     * their quotes, prefixes or character references), calling {@code check} for each element
     * named {@code only} ({@code null}: every element). Damaged XML and a DTD are refused.
     */
    private static void readElements(InputStream in, Path file, String part, String only, ElementCheck check)
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
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw doctype(file, part);
                }
                if (event == XMLStreamConstants.START_ELEMENT && (only == null || only.equals(xml.getLocalName()))) {
                    check.see(xml.getLocalName(), xml);
                }
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            // a zip bomb is damaged XML too; the rest of its bytes say which it is
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
     * The cell places of one sheet part, read before any reader allocates for them: each cell and
     * row reference must be a reference ({@code AB12}, {@code $AB$12}) within the format's limits
     * (column XFD, row 1,048,576), and the sheet may not spread over more than
     * {@link #MAX_CELL_PLACES}. The reader would take any character for a column letter and let
     * a long reference overflow; only what a spreadsheet program writes passes.
     */
    private static final class SheetPlaces {
        private static final Pattern CELL = Pattern.compile("\\$?([A-Za-z]{1,7})\\$?([0-9]{1,7})");
        private static final Pattern ROW = Pattern.compile("[0-9]{1,7}");
        private final Path file;
        private final String part;
        private long places;
        private long rowWidth;
        /** Merged ranges ({@code <mergeCell ref="H4:H6"/>}). */
        private final List<String> merges = new ArrayList<>();

        SheetPlaces(Path file, String part) {
            this.file = file;
            this.part = part;
        }

        List<String> read(InputStream in) throws ModelFileException, IOException {
            readElements(in, file, part, null, this::see);
            places += rowWidth;
            if (places > MAX_CELL_PLACES) {
                throw tooSpread();
            }
            return merges;
        }

        private void see(String element, XMLStreamReader xml) throws ModelFileException {
            String reference = xml.getAttributeValue(null, element.equals("mergeCell") ? "ref" : "r");
            if (reference == null) {
                return;
            }
            switch (element) {
                case "row" -> row(reference);
                case "c" -> cell(reference);
                case "mergeCell" -> merges.add(reference);
                default -> {
                    return;
                }
            }
            if (places + rowWidth > MAX_CELL_PLACES) {
                throw tooSpread();
            }
        }

        private void row(String reference) throws ModelFileException {
            // a new row: the cells so far belong to the previous one
            places += rowWidth;
            rowWidth = 0;
            if (!ROW.matcher(reference).matches()) {
                throw refuse(file, "its sheet '" + part + "' has a row numbered '" + shown(reference)
                        + "', which is not a row number");
            }
            checkRow(Long.parseLong(reference));
        }

        private void cell(String reference) throws ModelFileException {
            Matcher m = CELL.matcher(reference);
            if (!m.matches()) {
                throw refuse(file, "its sheet '" + part + "' has a cell at '" + shown(reference)
                        + "', which is not a cell reference (such as B12)");
            }
            long column = 0;
            for (char c : m.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
                column = column * 26 + (c - 'A' + 1);
            }
            if (column > MAX_COLUMN) {
                throw refuse(file, "its sheet '" + part + "' has a cell at column " + m.group(1)
                        + ", beyond the last column an .xlsx file may have (XFD)");
            }
            checkRow(Long.parseLong(m.group(2)));
            rowWidth = Math.max(rowWidth, column);
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

    /** A reference as shown in a message: at most 20 characters. */
    private static String shown(String reference) {
        return reference.length() > 20 ? reference.substring(0, 20) + "…" : reference;
    }

    private static ModelFileException refuse(Path file, String problem) {
        return new ModelFileException(file, "is not opened: " + problem,
                "If the workbook is genuine, open it in your spreadsheet program and save it again as .xlsx.");
    }
}
