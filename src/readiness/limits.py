"""Bounds on untrusted input (SPEC §4, §10). Documented in the README."""

import datetime as _dt

# Every date (assessed_on, due, evidence dates): what the workbooks can hold and read back.
# Excel's dates start on 1900-01-01 (serial 0 is 1899-12-30, read back as a time of day)
# and zip archives stamp their entries with years 1980 to 2107 only.
FIRST_DATE = _dt.date(1900, 1, 1)
LAST_DATE = _dt.date(2107, 12, 31)

# A YAML assessment or checklist file, before decoding.
MAX_YAML_BYTES = 5 * 1024 * 1024
# Nesting of YAML collections; a real assessment is 5 levels deep.
MAX_YAML_DEPTH = 64
# Parser events (scalars, collection starts and ends) in one YAML file. An assessment of the
# built-in checklist has about 300; each costs ~5 µs and ~300 bytes to load with positions.
MAX_YAML_EVENTS = 100_000
# One text value: Excel's own limit for a cell, so everything fits the workbooks.
MAX_STRING_CHARS = 32_767
# A number's characters in YAML (and embedded JSON): far beyond any level, weight or year,
# far below the 4,300 digits beyond which Python refuses to convert or print an integer.
MAX_NUMBER_CHARS = 40
# A workbook file on disk.
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
# The sum of a workbook's unpacked parts, checked before unpacking (zip bombs). A gap report
# of the built-in checklist unpacks to about 0.2 MB; one from a 3 MB YAML file, to 5 MB.
MAX_WORKBOOK_UNPACKED_BYTES = 32 * 1024 * 1024
# Unpacked size / packed size of any one part of a workbook.
MAX_WORKBOOK_COMPRESSION_RATIO = 200
# Parts (files) inside a workbook archive.
MAX_WORKBOOK_PARTS = 500
# XML tags (each '<') in all the XML parts of a workbook, counted before any XML is parsed:
# parsing costs per element (up to ~15 µs and ~1 KB each), whatever the bytes. A gap report
# of the built-in checklist has about 4,500.
MAX_WORKBOOK_XML_TAGS = 50_000
# The rightmost column a workbook's defined names may point at (readiness writes fewer than
# 30): each row read is as wide as the widest column wanted.
MAX_WORKBOOK_COLUMNS = 200
# Rows read from a questionnaire sheet.
MAX_WORKBOOK_ROWS = 5_000
