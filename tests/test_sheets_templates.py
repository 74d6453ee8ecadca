"""Templates of every input kind, filled in as a clerk would and read back (issue 10,
item 1); the XLSX extra's error; the docs page lists every column.
"""

from __future__ import annotations

import builtins
import codecs
import io
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from _sheets_support import fill_xlsx_template
from receptionrules.duty import Absence, Availability, Person, ReceptionRecord
from receptionrules.sheets import (
    INPUT_KINDS,
    XlsxUnavailableError,
    read_absences,
    read_announced,
    read_matters,
    read_people,
    read_records,
    template,
)
from receptionrules.supervision import PetitionMatter

ROOT = Path(__file__).resolve().parent.parent

# What a clerk types into each template, column by column (in template order).
FILLED: dict[str, list[list[Any]]] = {
    "people": [
        ["ts1", "王强", "副镇长", "副科级领导", "是"],
        ["ts2", "李芳", "", "所、站长", "否"],
    ],
    "absences": [["ts1", "2026/5/6", "2026年5月8日", "请假", "年休假"]],
    "records": [
        ["township-duty", "2026-05-06", "8:30", "17:30", "镇信访接待室", "ts1、ts2", "", "4", ""]
    ],
    "announced": [["2026年3月16日", "市长接待"], ["2026-01-12", ""]],
    "matters": [["AK-1", "2026/3/2", "走访", "P-1", "", "工资", "某公司", "区人社局", "否"]],
    "events": [
        ["AK-1", "受理", "2026-03-05", "区人社局", "", "", "", "", "", "", "", ""],
        ["AK-1", "交承办", "2026-03-06", "", "张科长", "", "2026-04-01", "", "", "", "", ""],
    ],
}
EXPECTED: dict[str, object] = {
    "people": (
        Person(id="ts1", name="王强", title="副镇长", roles=["deputy_section_leader"]),
        Person(id="ts2", name="李芳", roles=["station_chief"], active=False),
    ),
    "absences": Availability(
        absences=[
            Absence(
                person="ts1",
                first=date(2026, 5, 6),
                last=date(2026, 5, 8),
                reason="leave",
                note="年休假",
            )
        ]
    ),
    "records": (
        ReceptionRecord(
            regime="township-duty",
            day=date(2026, 5, 6),
            start=time(8, 30),
            end=time(17, 30),
            location="镇信访接待室",
            receivers=["ts1", "ts2"],
            visits=4,
        ),
    ),
    "announced": (date(2026, 1, 12), date(2026, 3, 16)),
}
MATTER = PetitionMatter.model_validate(
    {
        "id": "AK-1",
        "received_on": "2026-03-02",
        "channel": "visit",
        "petitioner_ids": ["P-1"],
        "subject": "工资",
        "place": "某公司",
        "handling_organ": "区人社局",
        "events": [
            {"kind": "accepted", "on": "2026-03-05", "by": "区人社局"},
            {"kind": "assigned", "on": "2026-03-06", "to": "张科长", "deadline": "2026-04-01"},
        ],
    }
)
READERS = {
    "people": read_people,
    "absences": read_absences,
    "records": read_records,
    "announced": read_announced,
}


def _csv_filled(kind: str, language: str) -> bytes:
    rows = "".join(",".join(str(v) for v in row) + "\r\n" for row in FILLED[kind])
    return template(kind, format="csv", language=language) + rows.encode()  # type: ignore[arg-type]


def _title(kind: str, language: str) -> str:
    spec = INPUT_KINDS[kind]
    return spec.zh if language == "zh" else spec.en


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", list(READERS))
def test_round_trip_template_filled_read(kind: str, language: str) -> None:
    read = READERS[kind]
    assert read(_csv_filled(kind, language), source=f"{kind}.csv") == EXPECTED[kind]
    data = template(kind, format="xlsx", language=language)  # type: ignore[arg-type]
    filled = fill_xlsx_template(data, {_title(kind, language): FILLED[kind]})
    assert read(filled, source=f"{kind}.xlsx") == EXPECTED[kind]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_round_trip_of_the_matters_templates(language: str) -> None:
    got = read_matters(
        _csv_filled("matters", language),
        source="matters.csv",
        events=_csv_filled("events", language),
        events_source="events.csv",
    )
    assert got == (MATTER,)
    data = template("matters", format="xlsx", language=language)  # type: ignore[arg-type]
    filled = fill_xlsx_template(
        data,
        {
            _title("matters", language): FILLED["matters"],
            _title("events", language): FILLED["events"],
        },
    )
    assert read_matters(filled, source="台账.xlsx") == (MATTER,)


def test_excel_date_and_time_cells_typed_into_a_template() -> None:
    data = template("records", format="xlsx")
    row = [
        "township-duty",
        datetime(2026, 5, 6),
        time(8, 30),
        time(17, 30),
        "镇信访接待室",
        "ts1、ts2",
        None,
        4,
        None,
    ]
    assert (
        read_records(fill_xlsx_template(data, {"接待登记": [row]}), source="r.xlsx")
        == (EXPECTED["records"])
    )


def test_empty_templates_read_as_nothing() -> None:
    for kind, read in READERS.items():
        for fmt in ("csv", "xlsx"):
            got = read(template(kind, format=fmt), source=f"{kind}.{fmt}")  # type: ignore[arg-type]
            assert got == (() if kind != "absences" else Availability())
    assert read_matters(template("matters", format="xlsx"), source="m.xlsx") == ()


def test_csv_templates_are_utf8_with_a_bom_and_crlf() -> None:
    data = template("matters", format="csv")
    assert data.startswith(codecs.BOM_UTF8)
    assert data.endswith(b"\r\n")
    assert data.decode("utf-8-sig").rstrip().split(",") == [
        c.zh for c in INPUT_KINDS["matters"].columns
    ]


def test_xlsx_templates_help_the_clerk() -> None:
    book = openpyxl.load_workbook(io.BytesIO(template("matters", format="xlsx")))
    assert book.sheetnames == ["信访事项", "办理过程", "填写说明", "取值"]
    assert book["取值"].sheet_state == "hidden"
    events = book["办理过程"]
    header = [c.value for c in events[1]]
    assert header == [c.zh for c in INPUT_KINDS["events"].columns]
    assert all(c.font.bold for c in events[1])
    assert events.freeze_panes == "A2"
    assert events.column_dimensions["B"].width >= 10
    assert "受理（accepted）" in events["B1"].comment.text  # allowed values, both languages
    lists = {str(dv.sqref): dv for dv in events.data_validations.dataValidation}
    kind_list = lists["B2:B100001"]
    assert kind_list.type == "list"
    assert kind_list.formula1.startswith("'取值'!$")
    assert kind_list.errorStyle == "warning"  # English spellings are read too
    assert all(
        len(dv.error or "") <= 255 and len(dv.prompt or "") <= 255 for dv in lists.values()
    )  # Excel's limits
    notes = [row for row in book["填写说明"].iter_rows(values_only=True) if any(row)]
    roles_or_kinds = " ".join(str(v) for row in notes for v in row if v)
    assert "事件类型" in roles_or_kinds
    assert "复核意见（re_review_decided）" in roles_or_kinds
    people = openpyxl.load_workbook(io.BytesIO(template("people", format="xlsx", language="en")))
    assert people.sheetnames == ["people", "notes", "values"]
    lists = {str(dv.sqref) for dv in people["people"].data_validations.dataValidation}
    assert lists == {"E2:E100001"}  # active: yes/no; roles are a list, so no drop-down
    notes_text = " ".join(
        str(v) for row in people["notes"].iter_rows(values_only=True) for v in row if v
    )
    assert "deputy_section_leader (副科级领导)" in notes_text
    assert people["people"].column_dimensions["A"].number_format == "@"  # ids stay text


def test_templates_are_the_same_bytes_every_time() -> None:
    assert template("matters", format="xlsx") == template("matters", format="xlsx")


def test_template_arguments_are_checked() -> None:
    with pytest.raises(KeyError, match="'staff' is not an input kind; use one of people"):
        template("staff", format="csv")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="format='ods'"):
        template("people", format="ods")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="language='fr'"):
        template("people", format="csv", language="fr")  # type: ignore[arg-type]


def test_without_openpyxl_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    xlsx = template("people", format="xlsx")
    real_import = builtins.__import__

    def no_openpyxl(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "openpyxl", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    for call in (
        lambda: read_people(xlsx, source="people.xlsx"),
        lambda: template("people", format="xlsx"),
    ):
        with pytest.raises(XlsxUnavailableError) as e:
            call()
        assert isinstance(e.value, ImportError)
        assert "pip install 'receptionrules[xlsx]'" in str(e.value)
    # CSV needs nothing more
    assert read_people(template("people", format="csv"), source="people.csv") == ()


def test_the_docs_page_shows_every_column_in_both_languages() -> None:
    page = (ROOT / "docs" / "spreadsheets.md").read_text(encoding="utf-8")
    for kind in INPUT_KINDS.values():
        assert f"`{kind.name}`" in page
        for column in kind.columns:
            assert f"| {column.zh} | {column.en} |" in page, (kind.name, column.key)
    assert "(spreadsheets.md)" in (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
