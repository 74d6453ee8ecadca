"""The errors of reading a spreadsheet: where (file, sheet, row, column) and what to do.

A :class:`SheetError` names the file the caller gave, the row as the spreadsheet shows
it (the header is row 1) and the column by the header text written in the file, then
says what is wrong and the fix, on one line. What is wrong is a
:class:`~receptionrules.remarks.Remark`, so the same error also renders in Chinese for
the office staff who wrote the file (:meth:`SheetError.render`).

>>> e = SheetError("people.xlsx", Remark.of("sheets.required", column="姓名"),
...                row=4, column="姓名")
>>> str(e)
'people.xlsx, row 4, column 姓名: the cell is empty; 姓名 is required, fill it in'
>>> e.render("zh")
'people.xlsx，第4行，“姓名”列：单元格为空；“姓名”为必填项，请填写'
"""

from __future__ import annotations

from receptionrules.errors import ReceptionRulesError
from receptionrules.remarks import Language, Remark, register_templates

__all__ = ["SheetError", "XlsxUnavailableError"]

register_templates(
    {
        # -- the file as a whole
        "sheets.too_large": {
            "en": "the file is {size} bytes, over the limit of {limit} bytes; a petition "
            "office's sheet is far smaller, so check that this is the right file (or raise "
            "max_bytes)",
            "zh": "文件大小为{size}字节，超过上限{limit}字节；"
            "请确认文件是否选错（或调大 max_bytes）",
        },
        "sheets.too_many_rows": {
            "en": "more than {limit} rows; check that this is the right file (or raise max_rows)",
            "zh": "超过{limit}行；请确认文件是否选错（或调大 max_rows）",
        },
        "sheets.unpacks_too_large": {
            "en": "the workbook unpacks to {size} bytes, over the limit of {limit} bytes; save "
            "it again from Excel or WPS, or check that this is the right file",
            "zh": "工作簿解压后为{size}字节，超过上限{limit}字节；"
            "请用 Excel 或 WPS 重新保存，或确认文件是否选错",
        },
        "sheets.encoding": {
            "en": "the text is neither UTF-8 (with or without a BOM) nor GB18030, nor UTF-16 "
            "with a BOM; save it again as CSV UTF-8",
            "zh": "文本编码既不是 UTF-8（含或不含 BOM），也不是 GB18030，"
            "也不是带 BOM 的 UTF-16；请另存为“CSV UTF-8”",
        },
        "sheets.old_excel": {
            "en": "this is an old binary Excel (.xls) or WPS (.et) file; save it as .xlsx or "
            "as CSV",
            "zh": "这是旧版 Excel（.xls）或 WPS（.et）二进制文件；请另存为 .xlsx 或 CSV",
        },
        "sheets.not_xlsx": {
            "en": "not a readable XLSX workbook ({detail}); save it again as .xlsx from Excel "
            "or WPS",
            "zh": "无法读取为 XLSX 工作簿（{detail}）；请用 Excel 或 WPS 重新另存为 .xlsx",
        },
        "sheets.xlsx_as_csv": {
            "en": "format 'csv' was asked for, but the file is an XLSX workbook; read it as xlsx",
            "zh": "指定了 CSV 格式，但文件是 XLSX 工作簿；请按 xlsx 读取",
        },
        "sheets.bad_csv": {
            "en": "not readable as CSV ({detail}); save it again as CSV from Excel or WPS",
            "zh": "无法按 CSV 读取（{detail}）；请用 Excel 或 WPS 重新另存为 CSV",
        },
        "sheets.no_header": {
            "en": "the sheet is empty; the first row must name the columns ({columns})",
            "zh": "表格为空；第一行应为列名（{columns}）",
        },
        "sheets.events_twice": {
            "en": "the workbook has an events sheet ({sheet}) and an events file was given "
            "too; give the events once",
            "zh": "工作簿已有办理过程工作表（{sheet}），又另给了办理过程文件；请只提供一处",
        },
        # -- the header row
        "sheets.unknown_column": {
            "en": "{header!r} is not a column of {kind}; did you mean {nearest}?",
            "zh": "“{header}”不是{kind_zh}表的列；是否应为“{nearest}”？",
        },
        "sheets.unknown_column_far": {
            "en": "{header!r} is not a column of {kind}; the columns are {columns}",
            "zh": "“{header}”不是{kind_zh}表的列；可用的列为：{columns}",
        },
        "sheets.duplicate_column": {
            "en": "{header!r} is the same column as {other!r} (column {letter}); keep one",
            "zh": "“{header}”与“{other}”（第{letter}列）是同一列；请只保留一列",
        },
        "sheets.missing_columns": {
            "en": "the header row lacks the required column(s) {columns}; add them",
            "zh": "表头缺少必填列：{columns}；请补上",
        },
        "sheets.headerless_value": {
            "en": "{value!r} is in column {letter}, which has no header; name the column or "
            "clear the cell",
            "zh": "第{letter}列没有列名，却填有“{value}”；请补上列名或清空该单元格",
        },
        # -- a cell
        "sheets.required": {
            "en": "the cell is empty; {column} is required, fill it in",
            "zh": "单元格为空；“{column}”为必填项，请填写",
        },
        "sheets.not_date": {
            "en": "{value!r} is not a date; write it as 2026-01-05, 2026/1/5, 2026.1.5, "
            "2026年1月5日 or 20260105",
            "zh": "“{value}”不是日期；请写成 2026-01-05、"
            "2026/1/5、2026.1.5、2026年1月5日 或 20260105",
        },
        "sheets.bad_day": {
            "en": "{value!r} is not a day of the calendar ({detail}); check the month and day",
            "zh": "“{value}”不是有效日期（{detail}）；请核对月份和日",
        },
        "sheets.wrong_weekday": {
            "en": "{value!r}: {day} is a {weekday}, not {written}; correct the date or the weekday",
            "zh": "“{value}”：{day}是{weekday_zh}，不是{written}；请更正日期或星期",
        },
        "sheets.not_time": {
            "en": "{value!r} is not a time of day; write it as 08:30, 8:30, 8:30:00 or 8时30分 "
            "(hours 0–23, minutes 00–59)",
            "zh": "“{value}”不是时间；请写成 08:30、8:30、8:30:00 或 8时30分（时0—23，分00—59）",
        },
        "sheets.not_bool": {
            "en": "{value!r} is not yes or no; write 是 or 否 (also yes/no, true/false, Y/N, 1/0)",
            "zh": "“{value}”不是“是/否”；请填写“是”或“否”（也可用 yes/no、true/false、Y/N、1/0）",
        },
        "sheets.not_int": {
            "en": "{value!r} is not a whole number; write digits, e.g. 3",
            "zh": "“{value}”不是整数；请填写数字，如 3",
        },
        "sheets.not_choice": {
            "en": "{value!r} is not {what}; use one of {choices}",
            "zh": "“{value}”不是有效的{what_zh}；请使用：{choices_zh}",
        },
        "sheets.invalid": {
            "en": "{detail}",
            "zh": "取值无效：{detail}",
        },
        "sheets.duplicate_value": {
            "en": "{value!r} is also in row {other}; {fix}",
            "zh": "“{value}”与第{other}行重复；{fix_zh}",
        },
        "sheets.other_day": {
            "en": "{value!r} is on {written}, but the row's day is {day}; give the time alone "
            "or the same day",
            "zh": "“{value}”的日期为{written}，而本行日期为{day}；请只填时间或填同一天",
        },
        "sheets.unknown_matter": {
            "en": "no matter {value!r} in {matters}; give the id of a matter listed there",
            "zh": "{matters}中没有编号为“{value}”的信访事项；请填写其中已有事项的编号",
        },
        "sheets.not_applicable": {
            "en": "{column} does not apply to an event of kind {kind!r}; clear the cell (it "
            "applies to: {kinds})",
            "zh": "“{column}”不适用于“{kind_zh}”；请清空该单元格（适用于：{kinds_zh}）",
        },
        "sheets.event_needs": {
            "en": "an event of kind {kind!r} needs {column}; fill it in",
            "zh": "“{kind_zh}”须填写“{column}”",
        },
    }
)


class SheetError(ReceptionRulesError, ValueError):
    """A spreadsheet (CSV or XLSX) that can't be read as the kind asked for.

    Attributes:
        source: the file name the caller gave.
        sheet: the worksheet, when a workbook's sheets are read together (matters and
            their events); otherwise ``None``.
        row: the row number as the spreadsheet shows it (the header is row 1), or
            ``None`` for a problem of the file as a whole.
        column: the header text as written in the file (or, for a missing column, the
            header it needs), or ``None``.
        remark: what is wrong and the fix, renderable in English and Chinese.
    """

    def __init__(
        self,
        source: str,
        remark: Remark,
        *,
        row: int | None = None,
        column: str | None = None,
        sheet: str | None = None,
    ) -> None:
        self.source = source
        self.sheet = sheet
        self.row = row
        self.column = column
        self.remark = remark
        super().__init__(self.render("en"))

    @property
    def code(self) -> str:
        """The remark code, e.g. ``'sheets.not_date'``; stable, for programs to match on."""
        return self.remark.code

    def render(self, language: Language = "en") -> str:
        """The one-line message in ``language`` ('en' or 'zh')."""
        problem = self.remark.render(language)
        if language == "zh":
            where = [self.source]
            if self.sheet is not None:
                where.append(f"工作表“{self.sheet}”")
            if self.row is not None:
                where.append(f"第{self.row}行")
            if self.column is not None:
                where.append(f"“{self.column}”列")
            return "，".join(where) + "：" + problem
        where = [self.source]
        if self.sheet is not None:
            where.append(f"sheet {self.sheet}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return ", ".join(where) + ": " + problem


class XlsxUnavailableError(ReceptionRulesError, ImportError):
    """Reading or writing XLSX needs openpyxl, which the ``xlsx`` extra installs.

    >>> print(XlsxUnavailableError())
    reading and writing XLSX needs openpyxl: pip install 'receptionrules[xlsx]' (or save the
    sheet as CSV)
    """

    def __init__(self) -> None:
        super().__init__(
            "reading and writing XLSX needs openpyxl: pip install 'receptionrules[xlsx]' "
            "(or save the sheet as CSV)",
            name="openpyxl",
        )
