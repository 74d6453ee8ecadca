"""Output: ``--format text|json|csv|xlsx``, ``-o FILE``, and the writers of each format.

A command builds :class:`Table` values (named columns with Chinese and English
headers, rows of plain values) and hands them to :meth:`Output.write`:

- ``text`` — aligned columns, by display width (a CJK character counts two:
  :func:`receptionrules.wording.display_width`);
- ``json`` — JSON Lines: one object per row, English keys, typed values (ISO dates);
  when a command prints several tables each object says which in ``"type"``;
- ``csv`` — UTF-8 with a byte-order mark, so Excel opens it as Unicode
  (``--encoding gb18030`` for older software); several tables follow each other,
  each under its title, a blank line between;
- ``xlsx`` — a workbook, one sheet per table, dates as date cells (the ``xlsx`` extra,
  openpyxl). A workbook is not written to a terminal: give ``-o FILE.xlsx``.

``-o FILE`` writes the output to a file; its extension picks the format when
``--format`` is not given.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any, Literal, cast

from receptionrules.cli.errors import CliError
from receptionrules.cli.lang import Language, pick, yes_no
from receptionrules.wording import display_width, pad

__all__ = [
    "FORMATS",
    "TEXT_ONLY",
    "Column",
    "Format",
    "Output",
    "Shown",
    "Table",
    "add_output_options",
    "display_width",
    "installed",
    "output_for",
    "pad",
    "require_xlsx",
]

Format = Literal["text", "json", "csv", "xlsx"]
FORMATS: tuple[Format, ...] = ("text", "json", "csv", "xlsx")
_BY_EXTENSION: dict[str, Format] = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "json",
    ".csv": "csv",
    ".xlsx": "xlsx",
}


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its JSON key and its headers in Chinese and English."""

    key: str
    zh: str
    en: str

    def header(self, lang: Language) -> str:
        return pick(lang, self.zh, self.en)


@dataclass(frozen=True, slots=True)
class Shown:
    """A value with the text people read for it: JSON writes ``value``, the other
    formats ``zh`` or ``en`` (``zh`` when there is no English)."""

    value: Any
    zh: str
    en: str | None = None

    def text(self, lang: Language) -> str:
        return self.zh if lang == "zh" or self.en is None else self.en

    @classmethod
    def only(cls, zh: str, en: str | None = None) -> Shown:
        """Text for people that JSON leaves out."""
        return cls(TEXT_ONLY, zh, en)


TEXT_ONLY = object()
"""The value of a :class:`Shown` that JSON leaves out."""


@dataclass
class Table:
    """Rows under named columns. A row may hold keys that are no column: JSON writes them,
    the other formats don't (details such as a finding's facts)."""

    name: str
    zh: str
    en: str
    columns: Sequence[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def title(self, lang: Language) -> str:
        return pick(lang, self.zh, self.en)


def _json_value(value: Any) -> Any:
    if isinstance(value, Shown):
        return _json_value(value.value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


def _text_value(value: Any, lang: Language) -> str:
    if isinstance(value, Shown):
        return value.text(lang)
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple | list):
        return pick(lang, "、", ", ").join(_text_value(v, lang) for v in value)
    return str(value)


def _xlsx_value(value: Any, lang: Language) -> Any:
    if isinstance(value, Shown) or value is None or isinstance(value, bool | Enum | tuple | list):
        return _text_value(value, lang)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # Asia/Shanghai wall-clock time; Excel has no zones
    if isinstance(value, date | int | float | str | time):
        return value
    return _text_value(value, lang)


def installed(module: str) -> bool:
    """Whether ``module`` can be imported (an extra's package is installed)."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def require_xlsx() -> None:
    """Refuse, in one line naming the extra, when openpyxl is not installed."""
    if not installed("openpyxl"):
        raise CliError("XLSX needs the 'xlsx' extra (openpyxl): pip install 'receptionrules[xlsx]'")


@dataclass
class Output:
    """Where and how a command writes: the format, the language, ``-o`` and the CSV
    encoding. Writing twice to ``-o FILE`` appends the second part."""

    format: Format
    lang: Language
    path: str | None = None
    encoding: str = "utf-8-sig"
    _written: bool = field(default=False, init=False, repr=False)

    @property
    def json(self) -> bool:
        return self.format == "json"

    def write(self, tables: Sequence[Table]) -> None:
        """The tables in the chosen format."""
        if self.format == "json":
            typed = len(tables) > 1
            lines = [
                json.dumps(
                    ({"type": t.name} if typed else {})
                    | {
                        k: _json_value(v)
                        for k, v in row.items()
                        if not (isinstance(v, Shown) and v.value is TEXT_ONLY)
                    },
                    ensure_ascii=False,
                )
                + "\n"
                for t in tables
                for row in t.rows
            ]
            self._text("".join(lines))
        elif self.format == "csv":
            self._bytes(self._csv(tables).encode(self.encoding))
        elif self.format == "xlsx":
            self._bytes(self._xlsx(tables))
        else:
            self._text(self.plain(tables))

    def write_text(self, text: str) -> None:
        """Text as it is (a roster document, an iCalendar feed)."""
        self._text(text)

    def write_bytes(self, data: bytes) -> None:
        """Bytes as they are (a workbook, a CSV file already encoded)."""
        self._bytes(data)

    # -- the formats -------------------------------------------------------------------

    def _rows(self, table: Table) -> list[list[str]]:
        return [
            [_text_value(row.get(c.key), self.lang) for c in table.columns] for row in table.rows
        ]

    def plain(self, tables: Sequence[Table], *, titled: bool | None = None) -> str:
        """The tables as aligned text; with ``titled`` (default: when there are several)
        each under its title, an empty one saying so."""
        out: list[str] = []
        several = len(tables) > 1 if titled is None else titled
        for t in tables:
            if several:
                if out:
                    out.append("")
                out.append(pick(self.lang, f"【{t.zh}】", f"[{t.en}]"))
                if not t.rows:
                    out.append(pick(self.lang, "（无）", "(none)"))
                    continue
            if not t.rows:
                continue
            cells = [[c.header(self.lang) for c in t.columns], *self._rows(t)]
            widths = [max(display_width(r[i]) for r in cells) for i in range(len(t.columns))]
            for r in cells:
                line = "  ".join(pad(v, widths[i]) for i, v in enumerate(r[:-1]))
                out.append(f"{line}  {r[-1]}".rstrip() if len(r) > 1 else r[0])
        return "".join(line + "\n" for line in out)

    def _csv(self, tables: Sequence[Table]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        several = len(tables) > 1
        for i, t in enumerate(tables):
            if several:
                if i:
                    writer.writerow([])
                writer.writerow([t.title(self.lang)])
            writer.writerow([c.header(self.lang) for c in t.columns])
            writer.writerows(self._rows(t))
        return buffer.getvalue()

    def _xlsx(self, tables: Sequence[Table]) -> bytes:
        require_xlsx()
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        book.remove(book.active)  # type: ignore[arg-type]
        used: set[str] = set()
        for t in tables:
            sheet = book.create_sheet(_sheet_name(t.title(self.lang), used))
            sheet.append([c.header(self.lang) for c in t.columns])
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for row in t.rows:
                sheet.append([_xlsx_value(row.get(c.key), self.lang) for c in t.columns])
            sheet.freeze_panes = "A2"
            texts = [[c.header(self.lang) for c in t.columns], *self._rows(t)]
            for i, column in enumerate(sheet.iter_cols(min_row=1, max_row=1), start=0):
                letter = column[0].column_letter
                widest = max(display_width(r[i]) for r in texts)
                sheet.column_dimensions[letter].width = min(60, widest + 2)
            for column in sheet.iter_cols(min_row=2):
                for cell in column:
                    if isinstance(cell.value, datetime):
                        cell.number_format = "yyyy-mm-dd hh:mm"
                    elif isinstance(cell.value, date):
                        cell.number_format = "yyyy-mm-dd"
        if not tables:
            book.create_sheet("-")
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    # -- destinations ------------------------------------------------------------------

    def _text(self, text: str) -> None:
        if self.path is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            self._save(text.encode("utf-8"))

    def _bytes(self, data: bytes) -> None:
        if self.path is not None:
            self._save(data)
            return
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()

    def _save(self, data: bytes) -> None:
        assert self.path is not None
        try:
            with Path(self.path).open("ab" if self._written else "wb") as f:
                f.write(data)
            self._written = True
        except (OSError, ValueError) as e:  # ValueError: a NUL in the name
            raise CliError(
                f"-o: cannot write {self.path}: {getattr(e, 'strerror', None) or e}"
            ) from None


def _sheet_name(title: str, used: set[str]) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, unique."""
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    base, n = name, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def add_output_options(
    parser: argparse.ArgumentParser,
    *,
    formats: Sequence[Format] = FORMATS,
    default: Format = "text",
) -> None:
    """``--format``, its shorthand ``--json``, ``-o/--output`` and ``--encoding``."""
    parser.add_argument(
        "--format",
        choices=formats,
        default=None,
        help=f"output format (default: {default}, or the extension of -o); json is JSON Lines",
    )
    if "json" in formats:
        parser.add_argument(
            "--json",
            dest="format",
            action="store_const",
            const="json",
            help="JSON Lines, one object per line (= --format json)",
        )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    if "csv" in formats:
        parser.add_argument(
            "--encoding",
            choices=("utf-8", "gb18030"),
            default="utf-8",
            help="of CSV output: utf-8 with a byte-order mark (default; Excel, WPS) or gb18030",
        )
    parser.set_defaults(default_format=default, formats=tuple(formats))


def output_for(args: argparse.Namespace) -> Output:
    """The :class:`Output` the options ask for. A workbook is refused for a terminal."""
    fmt = cast("Format | None", getattr(args, "format", None))
    path: str | None = getattr(args, "output", None)
    formats: tuple[Format, ...] = getattr(args, "formats", FORMATS)
    if fmt is None and path is not None:
        fmt = _BY_EXTENSION.get(Path(path).suffix.lower())
        if fmt is not None and fmt not in formats:
            fmt = None
    if fmt is None:
        fmt = cast("Format", getattr(args, "default_format", "text"))
    if fmt == "xlsx":
        require_xlsx()
        if path is None and sys.stdout.isatty():
            raise CliError(
                "--format xlsx writes a workbook, not text for a terminal; give -o FILE.xlsx "
                "or redirect standard output to a file"
            )
    encoding = "gb18030" if getattr(args, "encoding", "utf-8") == "gb18030" else "utf-8-sig"
    return Output(format=fmt, lang=getattr(args, "lang", "zh"), path=path, encoding=encoding)
