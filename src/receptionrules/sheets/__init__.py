"""Spreadsheets in: the files petition offices keep in Excel or WPS, read as the library's values.

People, absences, reception records, announced dates and petition matters with their
events, from CSV (UTF-8, UTF-8 with a BOM, GB18030) or XLSX (the ``xlsx`` extra,
openpyxl), with Chinese or English headers. Every error is a :class:`SheetError`
naming the file, the row and the column. See ``docs/spreadsheets.md``.

The modules, bottom up; each imports only modules listed before it:

- :mod:`.errors` — :class:`SheetError`, :class:`XlsxUnavailableError` and their texts;
- :mod:`.vocab` — the values cells name, in Chinese or English (roles, reasons, …);
- :mod:`.cells` — one cell: text, lists, dates, times, yes/no, numbers, choices;
- :mod:`.columns` — :class:`Column`, :class:`InputKind`, header matching;
- :mod:`.kinds` — :data:`INPUT_KINDS`, the kinds and their columns;
- :mod:`.grid` — a sheet's rows, CSV decoding, format sniffing, the size limits;
- :mod:`.workbook` — XLSX workbooks (openpyxl);
- :mod:`.rows` — a grid read as a kind: headers bound, cells parsed, errors placed;
- :mod:`.loading` — bytes to the sheets of the kinds asked for;
- :mod:`.readers` — :func:`read_people`, :func:`read_absences`, :func:`read_records`,
  :func:`read_announced`;
- :mod:`.matters` — :func:`read_matters`, matters with their events;
- :mod:`.templates` — :func:`template`, an empty headed template of each kind.

>>> from receptionrules.sheets import read_people, template
>>> filled = template("people", format="csv") + "p1,张三,副市长,副市长,是\\r\\n".encode()
>>> read_people(filled, source="people.csv")[0].display
'张三 (副市长)'
"""

from __future__ import annotations

from receptionrules.sheets.columns import Column, InputKind, ValueKind
from receptionrules.sheets.errors import SheetError, XlsxUnavailableError
from receptionrules.sheets.grid import MAX_BYTES, MAX_ROWS, Format
from receptionrules.sheets.kinds import INPUT_KINDS, InputKindName
from receptionrules.sheets.matters import read_matters
from receptionrules.sheets.readers import read_absences, read_announced, read_people, read_records
from receptionrules.sheets.templates import template
from receptionrules.sheets.vocab import Choice, Vocabulary

__all__ = [
    "INPUT_KINDS",
    "MAX_BYTES",
    "MAX_ROWS",
    "Choice",
    "Column",
    "Format",
    "InputKind",
    "InputKindName",
    "SheetError",
    "ValueKind",
    "Vocabulary",
    "XlsxUnavailableError",
    "read_absences",
    "read_announced",
    "read_matters",
    "read_people",
    "read_records",
    "template",
]
