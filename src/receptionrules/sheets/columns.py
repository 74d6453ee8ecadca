"""The columns of an input kind, and how a header row is matched to them.

A :class:`Column` has a Chinese and an English header (and a few other spellings
offices use), says what its cells hold and whether it is required. An
:class:`InputKind` is one kind of file (people, absences, …) and its columns.

Headers are matched after folding: full-width forms to half-width, case, spaces,
punctuation (``（必填）`` brackets included) dropped, so ``' 姓名 '``, ``'姓名：'`` and
``'Name'`` all name the name column. :func:`match_header` says which column a header
names, or the nearest known header for the error.

>>> c = Column("name", "姓名", "name", "text", required=True)
>>> c.header("zh"), c.header("en"), c.read(" 张三 ")
('姓名', 'name', '张三')
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from receptionrules.remarks import Language
from receptionrules.sheets.cells import (
    EXCEL_EPOCH,
    Cell,
    parse_bool,
    parse_choice,
    parse_choices,
    parse_date,
    parse_int,
    parse_list,
    parse_text,
    parse_time,
)
from receptionrules.sheets.vocab import Vocabulary, fold

__all__ = ["Column", "InputKind", "ValueKind", "fold_header", "match_header"]

ValueKind = Literal["text", "list", "date", "time", "bool", "int", "choice", "choices"]
"""What a column's cells hold: text, a list of texts, a date, a time of day (or a date and
a time), yes/no, a whole number, one value of a vocabulary, or a list of them."""

_HOLDS: dict[ValueKind, tuple[str, str]] = {
    "text": ("text", "文字"),
    "list": ("a list (、 ， , ; or new lines between items)", "列表（以 、 ， , ; 或换行分隔）"),
    "date": ("a date, e.g. 2026-01-05 or 2026年1月5日", "日期，如 2026-01-05 或 2026年1月5日"),
    "time": ("a time of day, e.g. 08:30 or 8时30分", "时间，如 08:30 或 8时30分"),
    "bool": ("是 or 否 (yes or no)", "是 或 否"),
    "int": ("a whole number", "整数"),
    "choice": ("one of the values listed", "下列取值之一"),
    "choices": (
        "one or more of the values listed (、 ， , ; between them)",
        "下列取值之一或多个（以 、 ， , ; 分隔）",
    ),
}


def fold_header(text: str) -> str:
    """A header as compared: :func:`~receptionrules.sheets.vocab.fold`, punctuation dropped.

    >>> fold_header(" 姓名（必填）："), fold_header("Received On")
    ('姓名', 'receivedon')
    """
    folded = fold(text.replace("必填", ""))
    return "".join(ch for ch in folded if not unicodedata.category(ch).startswith(("P", "S")))


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an input kind.

    Attributes:
        key: the field it fills (the model's field name, e.g. ``'roles'``).
        zh, en: the headers a template writes, in Chinese and English.
        value: what its cells hold (:data:`ValueKind`).
        required: a row must fill it.
        vocabulary: the allowed values, for ``choice`` and ``choices``.
        aliases: other headers that name it (e.g. ``工号`` for ``编号``).
        note_en, note_zh: what it is, one line, for templates and docs.
        applies_to: for an event column, the event kinds it belongs to (empty: all).
    """

    key: str
    zh: str
    en: str
    value: ValueKind
    required: bool = False
    vocabulary: Vocabulary | None = None
    aliases: tuple[str, ...] = ()
    note_en: str = ""
    note_zh: str = ""
    applies_to: tuple[str, ...] = ()

    def header(self, language: Language) -> str:
        """The header a template writes in ``language``."""
        return self.zh if language == "zh" else self.en

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every header that names this column."""
        return (self.zh, self.en, self.key, *self.aliases)

    def holds(self, language: Language) -> str:
        """What the cells hold, in ``language``, e.g. ``'日期，如 2026-01-05 …'``."""
        return _HOLDS[self.value][1 if language == "zh" else 0]

    def read(self, cell: Cell, *, epoch: date = EXCEL_EPOCH) -> object:
        """The cell's value for the model; raises
        :class:`~receptionrules.sheets.cells.CellError`."""
        kind = self.value
        if kind == "text":
            return parse_text(cell)
        if kind == "list":
            return parse_list(cell)
        if kind == "date":
            return parse_date(cell, epoch=epoch)
        if kind == "time":
            return parse_time(cell, epoch=epoch)
        if kind == "bool":
            return parse_bool(cell)
        if kind == "int":
            return parse_int(cell)
        if self.vocabulary is None:
            raise TypeError(f"column {self.key!r} holds {kind} but has no vocabulary")
        if kind == "choice":
            return parse_choice(cell, self.vocabulary)
        return parse_choices(cell, self.vocabulary)


@dataclass(frozen=True, slots=True)
class InputKind:
    """One kind of input file and its columns.

    Attributes:
        name: how the library and the command line call it (``'people'``).
        zh, en: what a person calls it (``'人员'``, ``'people'``); also the names of a
            workbook sheet that holds it.
        columns: its columns, in template order.
        sheet_names: other names a workbook sheet of this kind may have.
        note_en, note_zh: one line on what it is, for templates and docs.
    """

    name: str
    zh: str
    en: str
    columns: tuple[Column, ...]
    sheet_names: tuple[str, ...] = ()
    note_en: str = ""
    note_zh: str = ""
    index: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Column] = {}
        for c in self.columns:
            for spelling in c.spellings:
                key = fold_header(spelling)
                if index.get(key, c) is not c:
                    raise ValueError(
                        f"{self.name}: header {spelling!r} names both {index[key].key!r} "
                        f"and {c.key!r}"
                    )
                index[key] = c
        object.__setattr__(self, "index", index)

    def column(self, key: str) -> Column:
        """The column that fills field ``key``."""
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.name} has no column {key!r}; columns: {self.fields()}")

    def fields(self) -> tuple[str, ...]:
        """The fields its columns fill, in order."""
        return tuple(c.key for c in self.columns)

    @property
    def required(self) -> tuple[Column, ...]:
        """The columns every file of this kind must have."""
        return tuple(c for c in self.columns if c.required)

    def is_sheet(self, title: str) -> bool:
        """Whether a workbook sheet called ``title`` holds this kind."""
        names = (self.zh, self.en, self.name, *self.sheet_names)
        return fold_header(title) in {fold_header(n) for n in names}


def match_header(kind: InputKind, header: str) -> tuple[Column | None, str | None]:
    """The column ``header`` names, or ``(None, nearest)``: the header of the closest
    column, Chinese for a Chinese header, English otherwise (``None`` if nothing is close).

    >>> from receptionrules.sheets.kinds import PEOPLE
    >>> match_header(PEOPLE, "Name")[0].key, match_header(PEOPLE, "nmae")
    ('name', (None, 'name'))
    """
    key = fold_header(header)
    found = kind.index.get(key)
    if found is not None:
        return found, None
    close = difflib.get_close_matches(key, list(kind.index), n=1, cutoff=0.5)
    if not close:
        return None, None
    column = kind.index[close[0]]
    return None, column.zh if re.search(r"[\u3400-\u9fff]", header) else column.en
