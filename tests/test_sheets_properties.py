"""Properties of the spreadsheet readers (issue 10, item 1), sized to keep the suite quick
(each example writes and reads a file; HYPOTHESIS_PROFILE=thorough runs many more):

- any valid person, absence or matter (with its events), written to CSV or XLSX the
  way offices write it (any header language, any spelling of a value, any date form),
  reads back equal;
- any cell of a valid file changed to anything gives back values or a SheetError
  naming the file, never another exception; so does any damaged byte.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _sheets_support import csv_bytes, xlsx_bytes
from receptionrules.duty import Absence, AbsenceReason, Availability, Person, Role
from receptionrules.sheets import SheetError, read_absences, read_matters, read_people
from receptionrules.sheets.cells import EXCEL_EPOCH
from receptionrules.sheets.kinds import ABSENCES, EVENTS, MATTERS, PEOPLE
from receptionrules.sheets.vocab import (
    ABSENCE_REASONS,
    CHANNELS,
    EVENT_KINDS,
    LIST_SEPARATORS,
    METHODS,
    ROLES,
    Vocabulary,
)
from receptionrules.supervision import PetitionMatter

# The default profile's 60 examples, scaled down here: each example writes and reads a file.
_SCALE = settings.default.max_examples / 60
_FEW, _FEWER = max(1, round(30 * _SCALE)), max(1, round(20 * _SCALE))
FORMATS = st.sampled_from(("csv", "xlsx"))
_CHARS = st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"))
TEXT = st.text(st.one_of(_CHARS, st.just(" ")), min_size=1, max_size=10).map(str.strip).filter(bool)
ITEM = TEXT.filter(lambda t: not any(s in t for s in LIST_SEPARATORS))
DAYS = st.dates(date(2000, 1, 1), date(2099, 12, 31))


def spell(draw: st.DrawFn, vocabulary: Vocabulary, value: str) -> str:
    """``value`` as an office might write it: the value, or the English or Chinese label."""
    c = vocabulary.choice(value)
    return draw(st.sampled_from((c.value, c.en, c.zh, c.value.upper(), c.en.title())))


def write_day(draw: st.DrawFn, day: date, fmt: str) -> object:
    forms: list[object] = [
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%Y%m%d"),
        str((day - EXCEL_EPOCH).days),  # Excel's serial, typed as text
    ]
    if fmt == "xlsx":
        forms += [datetime.combine(day, time.min), (day - EXCEL_EPOCH).days]
    return draw(st.sampled_from(forms))


def write_bool(draw: st.DrawFn, value: bool, fmt: str, *, default: bool) -> object:
    forms: list[object] = [
        "是" if value else "否",
        "yes" if value else "no",
        "Y" if value else "N",
        "1" if value else "0",
        "TRUE" if value else "false",
    ]
    if value == default:
        forms.append(None)
    if fmt == "xlsx":
        forms.append(value)
    return draw(st.sampled_from(forms))


def headers(draw: st.DrawFn, kind: Any) -> list[str]:
    language = draw(st.sampled_from(("zh", "en")))
    return [c.header(language) for c in kind.columns]


def to_bytes(fmt: str, sheets: dict[str, list[list[object]]], draw: st.DrawFn) -> bytes:
    if fmt == "xlsx":
        return xlsx_bytes(sheets)
    (rows,) = sheets.values()
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "gb18030")))
    delimiter = draw(st.sampled_from((",", "\t", ";")))
    return csv_bytes(rows, encoding=encoding, delimiter=delimiter)


@st.composite
def people(draw: st.DrawFn) -> list[Person]:
    ids = draw(st.lists(TEXT, min_size=0, max_size=5, unique=True))
    return [
        Person(
            id=i,
            name=draw(TEXT),
            title=draw(st.one_of(st.just(""), TEXT)),
            roles=draw(st.lists(st.sampled_from(list(Role)), min_size=1, max_size=3, unique=True)),
            active=draw(st.booleans()),
        )
        for i in ids
    ]


@st.composite
def people_files(draw: st.DrawFn) -> tuple[list[Person], str, list[list[object]]]:
    fmt = draw(FORMATS)
    folks = draw(people())
    rows: list[list[object]] = [headers(draw, PEOPLE)]
    for p in folks:
        sep = draw(st.sampled_from(("、", "，", ",", ";", "；", "\n", ", ")))
        roles = sep.join(spell(draw, ROLES, r.value) for r in p.roles)
        rows.append(
            [p.id, p.name, p.title or None, roles, write_bool(draw, p.active, fmt, default=True)]
        )
    return folks, fmt, rows


@given(people_files(), st.data())
@settings(max_examples=_FEW)
def test_any_people_written_read_back_equal(case: Any, data: st.DataObject) -> None:
    folks, fmt, rows = case
    got = read_people(to_bytes(fmt, {"人员": rows}, data.draw), source=f"people.{fmt}")
    assert got == tuple(folks)


@st.composite
def absence_files(draw: st.DrawFn) -> tuple[Availability, str, list[list[object]]]:
    fmt = draw(FORMATS)
    rows: list[list[object]] = [headers(draw, ABSENCES)]
    absences = []
    for _ in range(draw(st.integers(0, 5))):
        first = draw(DAYS)
        last = draw(
            st.one_of(st.none(), st.integers(0, 30).map(lambda n, f=first: f + timedelta(n)))
        )
        reason = draw(st.sampled_from(list(AbsenceReason)))
        note = draw(st.one_of(st.just(""), TEXT))
        absences.append(
            Absence(person=draw(TEXT), first=first, last=last, reason=reason, note=note)
        )
        written_reason = (
            None
            if reason is AbsenceReason.OTHER and draw(st.booleans())
            else spell(draw, ABSENCE_REASONS, reason.value)
        )
        rows.append(
            [
                absences[-1].person,
                write_day(draw, first, fmt),
                None if last is None else write_day(draw, last, fmt),
                written_reason,
                note or None,
            ]
        )
    return Availability(absences=absences), fmt, rows


@given(absence_files(), st.data())
@settings(max_examples=_FEW)
def test_any_absences_written_read_back_equal(case: Any, data: st.DataObject) -> None:
    expected, fmt, rows = case
    got = read_absences(to_bytes(fmt, {"缺勤": rows}, data.draw), source=f"absences.{fmt}")
    assert got == expected


@st.composite
def matter_files(draw: st.DrawFn) -> tuple[list[PetitionMatter], str, dict[str, Any]]:
    """Matters with consistent histories, and their matters and events sheets."""
    fmt = draw(FORMATS)
    matter_rows: list[list[object]] = [headers(draw, MATTERS)]
    event_head = headers(draw, EVENTS)
    event_rows: list[list[object]] = [event_head]
    keys = [c.key for c in EVENTS.columns]
    matters = []
    for matter_id in draw(st.lists(TEXT, max_size=4, unique=True)):
        received = draw(DAYS)
        ids = draw(st.lists(ITEM, max_size=3, unique=True))
        count = draw(st.one_of(st.none(), st.integers(max(1, len(ids)), 20)))
        events: list[dict[str, Any]] = []
        day = received
        for kind in draw(
            st.sampled_from(
                (
                    (),
                    ("accepted",),
                    ("accepted", "assigned", "extended", "answered", "fed_back"),
                    ("transferred", "accepted", "answered", "concluded"),
                    ("declined",),
                )
            )
        ):
            day = day + timedelta(days=draw(st.integers(0, 20)))
            event: dict[str, Any] = {"kind": kind, "on": day}
            if kind == "accepted":
                event["by"] = draw(st.one_of(st.just(""), TEXT))
            elif kind in ("transferred", "assigned"):
                event["to"] = draw(TEXT)
                if kind == "assigned":
                    event["deadline"] = draw(
                        st.one_of(
                            st.none(), st.integers(0, 60).map(lambda n, d=day: d + timedelta(n))
                        )
                    )
            elif kind == "extended":
                event.update(
                    days=draw(st.integers(1, 60)),
                    reason=draw(TEXT),
                    petitioner_told=draw(st.booleans()),
                )
            events.append(event)
        if draw(st.booleans()):
            opened = received + timedelta(days=draw(st.integers(0, 40)))
            events.append(
                {
                    "kind": "supervision_opened",
                    "on": opened,
                    "method": draw(st.sampled_from(METHODS.values)),
                }
            )
        matter = PetitionMatter.model_validate(
            {
                "id": matter_id,
                "received_on": received,
                "channel": draw(st.sampled_from(CHANNELS.values)),
                "petitioner_ids": ids,
                "petitioner_count": count,
                "subject": draw(TEXT),
                "place": draw(TEXT),
                "handling_organ": draw(st.one_of(st.none(), TEXT)),
                "in_legal_proceedings": draw(st.booleans()),
                "events": events,
            }
        )
        matters.append(matter)
        matter_rows.append(
            [
                matter.id,
                write_day(draw, received, fmt),
                spell(draw, CHANNELS, matter.channel),
                "、".join(ids) or None,
                count,
                matter.subject,
                matter.place,
                matter.handling_organ,
                write_bool(draw, matter.in_legal_proceedings, fmt, default=False),
            ]
        )
        for event in events:
            row: list[object] = [None] * len(keys)
            row[keys.index("matter")] = matter.id
            row[keys.index("kind")] = spell(draw, EVENT_KINDS, event["kind"])
            for key, value in event.items():
                if key == "kind" or value is None or value == "":
                    continue
                if isinstance(value, date):
                    value = write_day(draw, value, fmt)
                elif isinstance(value, bool):
                    value = write_bool(draw, value, fmt, default=True)
                elif key == "method":
                    value = spell(draw, METHODS, value)
                row[keys.index(key)] = value
            event_rows.append(row)
    order = draw(st.permutations(range(1, len(event_rows))))  # events in any order
    event_rows = [event_rows[0], *(event_rows[i] for i in order)]
    return matters, fmt, {"matters": matter_rows, "events": event_rows}


def _read_matters(fmt: str, sheets: dict[str, Any], draw: st.DrawFn) -> tuple[PetitionMatter, ...]:
    if fmt == "xlsx":
        return read_matters(
            xlsx_bytes({"信访事项": sheets["matters"], "办理过程": sheets["events"]}),
            source="台账.xlsx",
        )
    return read_matters(
        to_bytes("csv", {"m": sheets["matters"]}, draw),
        source="matters.csv",
        events=to_bytes("csv", {"e": sheets["events"]}, draw),
        events_source="events.csv",
    )


def _same_histories(a: PetitionMatter, b: PetitionMatter) -> bool:
    key = lambda m: sorted(e.model_dump_json() for e in m.events)  # noqa: E731
    return a.model_copy(update={"events": ()}) == b.model_copy(update={"events": ()}) and key(
        a
    ) == key(b)


@given(matter_files(), st.data())
@settings(max_examples=_FEWER, suppress_health_check=[HealthCheck.too_slow])
def test_any_matters_written_read_back_equal(case: Any, data: st.DataObject) -> None:
    matters, fmt, sheets = case
    got = _read_matters(fmt, sheets, data.draw)
    assert [m.id for m in got] == [m.id for m in matters]
    for read, written in zip(got, matters, strict=True):
        assert _same_histories(read, written)


# -- nothing but a SheetError -----------------------------------------------------------

T = TypeVar("T")


def outcome(read: Callable[[], T]) -> T | SheetError:
    """What ``read`` returns, or the SheetError it raises (any other error propagates)."""
    try:
        return read()
    except SheetError as e:
        return e


JUNK = st.one_of(
    TEXT,
    st.just(""),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.sampled_from(["副市长", "是", "受理", "2026-02-30", "46027", "8:30", "P-1、P-1", "0"]),
)
XLSX_JUNK = st.one_of(
    JUNK,
    st.booleans(),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 1, 1)),
    st.dates(date(1900, 3, 1)),
    st.times(),
    st.none(),
)


def _mutate(draw: st.DrawFn, rows: list[list[object]], fmt: str) -> list[list[object]]:
    rows = [list(r) for r in rows]
    header_too = len(rows) == 1 or draw(st.integers(0, 4)) == 0  # mostly a data cell
    r = draw(st.integers(0 if header_too else 1, len(rows) - 1))
    c = draw(st.integers(0, len(rows[r])))
    value = draw(XLSX_JUNK if fmt == "xlsx" else JUNK)
    if fmt == "csv" and value is not None:
        value = str(value)
    if isinstance(value, float) and fmt == "xlsx" and value != value:
        value = None  # a NaN can't be stored in a workbook
    if isinstance(value, float) and fmt == "xlsx" and abs(value) == float("inf"):
        value = None
    if c == len(rows[r]):
        rows[r].append(value)
    else:
        rows[r][c] = value
    return rows


@given(people_files(), st.data())
@settings(max_examples=_FEW)
def test_any_changed_cell_of_a_people_file_gives_people_or_a_sheet_error(
    case: Any, data: st.DataObject
) -> None:
    _, fmt, rows = case
    mutated = _mutate(data.draw, rows, fmt)
    data_bytes = to_bytes(fmt, {"人员": mutated}, data.draw)
    got = outcome(lambda: read_people(data_bytes, source=f"people.{fmt}"))
    if isinstance(got, SheetError):
        assert str(got).startswith(f"people.{fmt}")
    else:
        assert all(isinstance(p, Person) for p in got)


@given(matter_files(), st.data())
@settings(max_examples=_FEWER, suppress_health_check=[HealthCheck.too_slow])
def test_any_changed_cell_of_a_ledger_gives_matters_or_a_sheet_error(
    case: Any, data: st.DataObject
) -> None:
    _, fmt, sheets = case
    which = data.draw(st.sampled_from(("matters", "events")))
    sheets = {**sheets, which: _mutate(data.draw, sheets[which], fmt)}
    got = outcome(lambda: _read_matters(fmt, sheets, data.draw))
    if isinstance(got, SheetError):
        assert got.source in ("台账.xlsx", "matters.csv", "events.csv")
    else:
        assert all(isinstance(m, PetitionMatter) for m in got)


@given(people_files(), st.data())
@settings(max_examples=_FEWER)
def test_any_damaged_byte_gives_people_or_a_sheet_error(case: Any, data: st.DataObject) -> None:
    _, fmt, rows = case
    raw = bytearray(to_bytes(fmt, {"人员": rows}, data.draw))
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    got = outcome(lambda: read_people(bytes(raw), source="people.file"))
    if isinstance(got, SheetError):
        assert got.source == "people.file"
    else:
        assert all(isinstance(p, Person) for p in got)
