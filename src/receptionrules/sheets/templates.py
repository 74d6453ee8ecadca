"""Empty, headed templates for each input kind, as CSV or XLSX, in Chinese or English.

A CSV template is the header line, UTF-8 with a BOM (so Excel and WPS open it with the
Chinese intact) and CRLF line ends. An XLSX template has the data sheet (the matters
template: the matters sheet and the events sheet) with a bold, frozen header row,
column widths, a comment on each header saying what goes in it, cells formatted for
their values (text for ids, so ``001`` stays ``001``; dates as dates), drop-down lists
for the columns with a fixed set of values (roles, reasons, channels, event kinds,
methods, yes/no: a warning, not a refusal, since the other language's spellings are
read too), and a notes sheet (填写说明/notes) listing every column with its allowed
values in both languages. The readers read the data sheets and ignore the rest.

The bytes are the same on every call: the workbook's dates are fixed, not the clock's.

>>> template("people", format="csv").decode("utf-8-sig")
'编号,姓名,职务,角色,在岗\\r\\n'
>>> template("people", format="csv", language="en").decode("utf-8-sig")
'id,name,title,roles,active\\r\\n'
>>> from receptionrules.sheets.readers import read_people
>>> read_people(template("people", format="xlsx"), source="人员.xlsx")
()
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from datetime import datetime
from typing import Any

from receptionrules.remarks import Language
from receptionrules.sheets.columns import Column, InputKind, ValueKind
from receptionrules.sheets.grid import MAX_ROWS, Format
from receptionrules.sheets.kinds import EVENTS, INPUT_KINDS, MATTERS, InputKindName
from receptionrules.sheets.rows import column_letter
from receptionrules.sheets.vocab import EVENT_KINDS, YES_NO, Vocabulary
from receptionrules.sheets.workbook import openpyxl_module

__all__ = ["template"]

_FIXED = datetime(2026, 1, 1)  # noqa: DTZ001 - openpyxl writes naive UTC here
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
_FORMATS: dict[ValueKind, str] = {
    "text": "@",
    "list": "@",
    "choice": "@",
    "choices": "@",
    "bool": "@",
    "date": "yyyy-mm-dd",
    "time": "hh:mm",
    "int": "0",
}
_WIDTHS: dict[ValueKind, int] = {
    "text": 16,
    "list": 24,
    "choice": 16,
    "choices": 24,
    "bool": 8,
    "date": 12,
    "time": 8,
    "int": 10,
}
_NOTES = {
    "zh": (
        "第1行为列名，中文或英文列名均可，列的顺序不限；标“必填”的列每行都要填写。",
        "日期可写作 2026-01-05、2026/1/5、2026.1.5、"
        "2026年1月5日、20260105，或用 Excel 日期单元格。",
        "时间可写作 08:30、8:30、8:30:00、8时30分，或用 Excel 时间单元格；均为北京时间。",
        "一个单元格填多个值时，用 、 ， , ; 或换行分隔。",
        "是/否：填“是”或“否”（也可用 yes/no、true/false、Y/N、1/0）。",
        "全部为空的行会被跳过；下拉列表之外的写法（如英文取值）也可读取。",
        "另存为 CSV 时，UTF-8、带 BOM 的 UTF-8 和 GB18030（中文版 Excel、WPS 的“CSV”）均可。",
    ),
    "en": (
        "Row 1 names the columns, in Chinese or English, in any order; a required column "
        "is filled on every row.",
        "Dates: 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日, 20260105, or an Excel date cell.",
        "Times: 08:30, 8:30, 8:30:00, 8时30分, or an Excel time cell; Asia/Shanghai time.",
        "Several values in one cell: separate them with 、 ， , ; or new lines.",
        "Yes/no: 是 or 否 (also yes/no, true/false, Y/N, 1/0).",
        "Rows left entirely empty are skipped; spellings outside the drop-down lists (the "
        "Chinese ones, say) are read too.",
        "Saved as CSV: UTF-8, UTF-8 with a BOM, and GB18030 (Chinese Excel's and WPS's "
        '"CSV") are all read.',
    ),
}
_EVENTS_NOTE = {
    "zh": "办理过程表每行一条事件，以“事项编号”对应信访事项表；不适用于该事件类型的列请留空。",
    "en": "The events sheet holds one event per row, keyed by the matter id; leave the "
    "columns that don't apply to an event's kind empty.",
}
_OUTSIDE = {
    "zh": "不在下拉列表中。如是英文或其他写法也可读取；可填写的值见“填写说明”表。",
    "en": "Not in the list. Other spellings (the Chinese ones, say) are read too; the notes "
    "sheet lists every value.",
}
_HEADINGS = {
    "zh": ("工作表", "列名", "英文列名", "必填", "内容", "可填写的值", "说明"),
    "en": ("sheet", "column", "Chinese header", "required", "holds", "allowed values", "note"),
}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _title(kind: InputKind, language: Language) -> str:
    return kind.zh if language == "zh" else kind.en


def template(kind: InputKindName, *, format: Format, language: Language = "zh") -> bytes:
    """An empty template for input kind ``kind`` (a key of
    :data:`~receptionrules.sheets.kinds.INPUT_KINDS`), headed in ``language``.

    ``'matters'`` as XLSX holds the matters and the events sheets; as CSV the matters
    alone (the events template is ``'events'``).

    Raises:
        KeyError: an unknown kind (naming the known ones).
        XlsxUnavailableError: XLSX without openpyxl installed.
    """
    if kind not in INPUT_KINDS:
        raise KeyError(f"kind={kind!r} is not an input kind; use one of {', '.join(INPUT_KINDS)}")
    if language not in ("zh", "en"):
        raise ValueError(f"language={language!r}: use 'zh' or 'en'")
    spec = INPUT_KINDS[kind]
    if format == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow(c.header(language) for c in spec.columns)
        return out.getvalue().encode("utf-8-sig")
    if format != "xlsx":
        raise ValueError(f"format={format!r}: use 'csv' or 'xlsx'")
    sheets = (spec, EVENTS) if spec is MATTERS else (spec,)
    return _workbook(sheets, language)


def _workbook(kinds: tuple[InputKind, ...], language: Language) -> bytes:
    openpyxl = openpyxl_module()
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    notes_title, values_title = ("填写说明", "取值") if language == "zh" else ("notes", "values")
    values_sheet: Any = None
    lists: dict[str, str] = {}  # vocabulary name -> the range holding its values

    def values_range(vocabulary: Vocabulary) -> str:
        nonlocal values_sheet
        if values_sheet is None:
            values_sheet = book.create_sheet(values_title)
            values_sheet.sheet_state = "hidden"
        found = lists.get(vocabulary.what)
        if found is None:
            col = len(lists) + 1
            letter = column_letter(col - 1)
            values_sheet.cell(1, col, vocabulary.what_zh if language == "zh" else vocabulary.what)
            for row, choice in enumerate(vocabulary.choices, 2):
                values_sheet.cell(row, col, choice.label(language))
            found = f"'{values_title}'!${letter}$2:${letter}${len(vocabulary.choices) + 1}"
            lists[vocabulary.what] = found
        return found

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    sheets = [book.active if n == 0 else book.create_sheet() for n in range(len(kinds))]
    for sheet, kind in zip(sheets, kinds, strict=True):
        sheet.title = _title(kind, language)
        sheet.freeze_panes = "A2"
        for i, column in enumerate(kind.columns):
            letter = column_letter(i)
            header = column.header(language)
            cell = sheet.cell(1, i + 1, header)
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.comment = Comment(_comment(column, language), "receptionrules", 140, 280)
            dimension = sheet.column_dimensions[letter]
            dimension.width = max(_width(header), _WIDTHS[column.value]) + 2
            dimension.number_format = _FORMATS[column.value]
            vocabulary = YES_NO if column.value == "bool" else column.vocabulary
            if vocabulary is not None and column.value in ("choice", "bool"):
                rule = DataValidation(
                    type="list",
                    formula1=values_range(vocabulary),
                    allow_blank=True,
                    showErrorMessage=True,
                    errorStyle="warning",
                    errorTitle="填写提示" if language == "zh" else "Check the value",
                    error=_OUTSIDE[language],
                    showInputMessage=True,
                    prompt=(column.note_zh if language == "zh" else column.note_en)[:255],
                )
                rule.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
                sheet.add_data_validation(rule)
    _notes_sheet(book.create_sheet(notes_title, len(kinds)), kinds, language, bold, fill)
    return _fixed_bytes(book)


def _allowed(column: Column, language: Language) -> str:
    vocabulary = YES_NO if column.value == "bool" else column.vocabulary
    return "" if vocabulary is None else vocabulary.describe(language)


def _note(column: Column, language: Language) -> str:
    note = column.note_zh if language == "zh" else column.note_en
    if column.applies_to:
        sep = "、" if language == "zh" else ", "
        kinds = sep.join(EVENT_KINDS.choice(k).label(language) for k in column.applies_to)
        note += f"（适用于：{kinds}）" if language == "zh" else f" (for: {kinds})"
    return note


def _comment(column: Column, language: Language) -> str:
    required = ("必填。" if language == "zh" else "Required. ") if column.required else ""
    lines = [required + _note(column, language), column.holds(language)]
    allowed = _allowed(column, language)
    if allowed:
        lines.append(allowed)
    return "\n".join(lines)


def _notes_sheet(
    sheet: Any, kinds: tuple[InputKind, ...], language: Language, bold: Any, fill: Any
) -> None:
    from openpyxl.styles import Alignment

    other: Language = "en" if language == "zh" else "zh"
    row = 1
    for kind in kinds:
        note = kind.note_zh if language == "zh" else kind.note_en
        sheet.cell(
            row,
            1,
            f"{_title(kind, language)}：{note}"
            if language == "zh"
            else f"{_title(kind, language)}: {note}",
        ).font = bold
        row += 1
    row += 1
    for i, heading in enumerate(_HEADINGS[language], 1):
        cell = sheet.cell(row, i, heading)
        cell.font = bold
        cell.fill = fill
    for kind in kinds:
        for column in kind.columns:
            row += 1
            values = (
                _title(kind, language),
                column.header(language),
                column.header(other),
                ("是" if language == "zh" else "yes") if column.required else "",
                column.holds(language),
                _allowed(column, language),
                _note(column, language),
            )
            for i, value in enumerate(values, 1):
                sheet.cell(row, i, value).alignment = Alignment(wrap_text=True, vertical="top")
    row += 2
    for line in (*_NOTES[language], *((_EVENTS_NOTE[language],) if EVENTS in kinds else ())):
        sheet.cell(row, 1, line)
        row += 1
    for letter, width in zip("ABCDEFG", (12, 16, 18, 6, 28, 60, 40), strict=True):
        sheet.column_dimensions[letter].width = width


def _fixed_bytes(book: Any) -> bytes:
    """The workbook's bytes, with fixed dates in its properties and its zip entries."""
    from openpyxl.writer.excel import ExcelWriter

    book.properties.created = book.properties.modified = _FIXED
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
