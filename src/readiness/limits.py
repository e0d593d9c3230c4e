"""Bounds on untrusted input (SPEC §4, §10). Documented in the README."""

# A YAML assessment or checklist file, before decoding.
MAX_YAML_BYTES = 5 * 1024 * 1024
# Nesting of YAML collections; a real assessment is 5 levels deep.
MAX_YAML_DEPTH = 64
# Parser events (scalars, collection starts and ends) in one YAML file.
MAX_YAML_EVENTS = 500_000
# One text value: Excel's own limit for a cell, so everything fits the workbooks.
MAX_STRING_CHARS = 32_767
# A workbook file on disk.
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
# The sum of a workbook's unpacked parts, checked before unpacking (zip bombs).
MAX_WORKBOOK_UNPACKED_BYTES = 100 * 1024 * 1024
# Unpacked size / packed size of any one part of a workbook.
MAX_WORKBOOK_COMPRESSION_RATIO = 200
# Parts (files) inside a workbook archive.
MAX_WORKBOOK_PARTS = 500
# Rows read from a questionnaire sheet.
MAX_WORKBOOK_ROWS = 5_000
