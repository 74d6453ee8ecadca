"""Issue 13, item 3 (library part): a fuzz suite over every library surface.

Mutated valid documents (institution files in JSON and TOML, holiday schedules,
matters and their events, rosters, change requests), huge and negative numbers,
dates and moments at the ends of ``datetime`` in any offset, long strings and deep
nesting. Each test asserts that only documented errors escape — a pydantic
``ValidationError`` whose every error names a field, or a ``ReceptionRulesError``
whose message names the value — and that no call hangs: every test has a generous
per-example deadline, a guard against a runaway loop, not a measure of speed
(that is benchmarks/).

Sized to the suite's budget: each test runs a fraction of the profile's examples (60
under "default"). For a long run by hand: ``HYPOTHESIS_PROFILE=fuzz`` (2,000 each,
docs/testing.md).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

import receptionrules as rr
from _duty_support import ts_people
from receptionrules import duty, supervision
from receptionrules import strategies as rst
from receptionrules.errors import CalendarRangeError, ReceptionRulesError

PROFILE = settings()  # the loaded profile: "default", "fuzz", …


def fuzz(fraction: float = 1.0) -> Callable[[Any], Any]:
    """A fraction of the profile's examples, with a hang guard (not a speed check)."""
    return settings(
        max_examples=max(10, int(PROFILE.max_examples * fraction)),
        deadline=timedelta(seconds=30),
        suppress_health_check=list(HealthCheck),
    )


MESSAGE_LIMIT = 2_000  # an error message shows a short form of a bad value
NAMED = re.compile(r"[a-z_\]]( ?=|: )")  # "field=value" or "a.b[0].c: …"
ROOT_ERRORS = {
    "json_invalid",
    "model_type",
    "model_attributes_type",
    "list_type",
    "dict_type",
    "union_tag_invalid",
    "union_tag_not_found",
}


def documented(call: Callable[[], Any]) -> Any:
    """Run ``call``; let only documented errors escape, and check what they name."""
    try:
        return call()
    except ValidationError as e:
        problem: Exception = e
    except ReceptionRulesError as e:
        problem = e
    if isinstance(problem, ValidationError):
        errors = problem.errors()
        assert errors
        for err in errors:
            # A field's error names it by its location; an error of the whole document
            # names what it expected, or (a model's own check) the field in its message.
            assert err["loc"] or err["type"] in ROOT_ERRORS or NAMED.search(err["msg"]), err
            assert len(str(err["msg"])) < MESSAGE_LIMIT
        return None
    message = str(problem)
    assert message
    assert len(message) < MESSAGE_LIMIT, message[:200]
    if isinstance(problem, CalendarRangeError):
        assert problem.day.isoformat() in message
    return None


# -- junk: what an attacker or a careless export script writes -----------------------------

HUGE = st.sampled_from([10**7, 10**10, 10**20, -1, -(10**12), 0, 3660, 3661, 2**63])
EDGE_DAYS = st.sampled_from(
    ["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "1899-12-31", "2201-01-01"]
)
EDGE_MOMENTS = st.sampled_from(
    [
        "0001-01-01T00:00:00+09:00",
        "9999-12-31T23:59:59-01:00",
        "2026-05-06T08:30:00",
        "2026-05-06T08:30:00+23:59",
        "2026-05-06T08:30:00Z",
    ]
)
LONG_TEXT = st.sampled_from(["x" * 201, "名" * 3001, "x" * 100_000, "", " ", "\x00"])
junk: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        HUGE,
        st.floats(allow_nan=True),
        st.text(max_size=20),
        LONG_TEXT,
        EDGE_DAYS,
        EDGE_MOMENTS,
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def mutated(draw: st.DrawFn, doc: Any, rounds: int = 3) -> Any:
    """``doc`` with up to ``rounds`` nodes replaced by junk, removed, or joined by an unknown
    key."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, rounds))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "extra"]))
        if action == "replace":
            parent[path[-1]] = draw(junk)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(junk)
    return doc


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


# -- institution files, JSON and TOML ------------------------------------------------------

INSTITUTIONS = [rr.preset_institution(name).to_dict() for name in rr.PRESETS]


def _use(inst: rr.Institution | None) -> None:
    if inst is None:
        return
    for day in (date(2026, 1, 5), date(2100, 12, 20)):
        documented(lambda day=day: inst.regime.next_reception(day))
    documented(lambda: list(inst.regime.receptions(date(2026, 1, 1), date(2026, 3, 31))))


@fuzz(1.0)
@given(doc=st.sampled_from(INSTITUTIONS).flatmap(mutated))
def test_fuzz_institution_json_documents(doc: Any) -> None:
    try:
        text = json.dumps(doc, allow_nan=True)
    except (TypeError, ValueError):  # pragma: no cover - junk is JSON-ready
        return
    _use(documented(lambda: rr.load_institution(text)))
    _use(documented(lambda: rr.load_institution(doc)))


TOML = """
name = "district-office"
title = "区信访局局长接待日"
[regime]
rule = { kind = "nth_weekday", weekday = "thursday", n = 2 }
window = { start = "14:30", end = "17:00", label = "下午" }
holiday_policy = { kind = "next_working_day", max_days = 31 }
location = "区信访局接待大厅"
search_days = 732
[supervision]
fixed_point_window_days = 90
[time_limits]
register_days = 15
[[duty.positions]]
key = "leader"
label = "局领导"
roles = ["city_leader"]
"""

TOML_JUNK = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["[" * 3000, "{ a = " * 1500, "99999999999999999999", "-1", '"' + "x" * 5000 + '"']
    ),
    st.sampled_from(["9999-12-31", "0001-01-01T00:00:00+09:00", "[[", "]]", "\\u0000", "= ="]),
)


@st.composite
def mutated_toml(draw: st.DrawFn) -> str:
    text = TOML
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 12)))
        text = text[:i] + draw(TOML_JUNK) + text[j:]
    return text


@fuzz(1.0)
@given(text=mutated_toml())
def test_fuzz_institution_toml_documents(text: str) -> None:
    _use(documented(lambda: rr.load_institution(text, format="toml")))
    _use(
        documented(
            lambda: rr.load_institution(text.encode("utf-8", "surrogatepass"), format="toml")
        )
    )


@pytest.mark.parametrize("depth", [10, 1_000, 100_000])
def test_fuzz_deep_nesting_everywhere(depth: int) -> None:
    for call in (
        lambda: rr.load_institution(_deep(depth)),
        lambda: rr.load_institution("a = " + "[" * depth, format="toml"),
        lambda: rr.load_schedules(_deep(depth)),
        lambda: supervision.PetitionMatter.model_validate_json(_deep(depth)),
        lambda: rr.Roster.model_validate_json(_deep(depth)),
    ):
        documented(call)


# -- holiday schedules ----------------------------------------------------------------------

SCHEDULE = {
    "year": 2027,
    "source": "a notice",
    "holidays": [
        {"name": "元旦", "days_off": "2027-01-01/2027-01-03"},
        {"name": "春节", "days_off": "2027-02-05/2027-02-12", "make_up_workdays": ["2027-01-31"]},
    ],
}


@fuzz(1.0)
@given(doc=mutated(SCHEDULE), day=st.dates())
def test_fuzz_holiday_schedules(doc: Any, day: date) -> None:
    schedules = documented(lambda: rr.load_schedules(json.dumps(doc)))
    if not schedules:
        return
    cal = rr.WorkingCalendar().with_schedule(*schedules)
    for call in (
        lambda: cal.is_working_day(day),
        lambda: cal.day(day),
        lambda: cal.next_working_day(day),
        lambda: cal.previous_working_day(day, inclusive=False),
    ):
        documented(call)


# -- matters and their events, thresholds and limits ---------------------------------------


MATTER = {
    "id": "M-1",
    "received_on": "2026-03-02",
    "channel": "visit",
    "petitioner_ids": ["P-1"],
    "petitioner_count": 6,
    "subject": "wages",
    "place": "Unit A",
    "events": [
        {"kind": "transferred", "on": "2026-03-03", "to": "Bureau B"},
        {"kind": "accepted", "on": "2026-03-05"},
        {"kind": "extended", "on": "2026-04-20", "days": 30, "reason": "complex"},
        {"kind": "supervision_opened", "on": "2026-05-01", "method": "telephone"},
        {"kind": "flagged", "on": "2026-05-02", "note": "n"},
    ],
}


@fuzz(1.0)
@given(docs=st.lists(mutated(MATTER), min_size=1, max_size=3), as_of=st.dates())
def test_fuzz_matters_and_their_events(docs: list[Any], as_of: date) -> None:
    matters = []
    for i, doc in enumerate(docs):
        if isinstance(doc, dict):
            doc = {**doc, "id": f"M-{i}"}
        m = documented(lambda doc=doc: supervision.PetitionMatter.model_validate(doc))
        if m is not None:
            matters.append(m)
    documented(lambda: rr.supervise(matters, as_of))


LIMIT_FIELDS = list(supervision.NationalTimeLimits.model_fields)
THRESHOLD_FIELDS = list(supervision.SupervisionThresholds.model_fields)


@fuzz(0.5)
@given(
    limits=st.dictionaries(st.sampled_from(LIMIT_FIELDS), junk | HUGE, max_size=4),
    thresholds=st.dictionaries(st.sampled_from(THRESHOLD_FIELDS), junk | HUGE, max_size=4),
    matters=st.lists(rst.matters(), max_size=4, unique_by=lambda m: m.id),
    start=st.dates(),
    days=HUGE | st.integers(-5, 5000),
)
def test_fuzz_thresholds_limits_and_due_dates(
    limits: dict[str, Any], thresholds: dict[str, Any], matters: list[Any], start: date, days: int
) -> None:
    lim = documented(lambda: supervision.NationalTimeLimits(**limits))
    th = documented(lambda: supervision.SupervisionThresholds(**thresholds))
    if lim is not None and th is not None:
        documented(lambda: rr.supervise(matters, date(2026, 12, 31), limits=lim, thresholds=th))
    for basis in ("calendar", "working"):
        documented(lambda basis=basis: supervision.due_date(start, days, basis=basis))


# -- people, rosters and change requests ----------------------------------------------------

ROSTER = rr.generate_roster(
    rr.preset("township-duty"), ts_people(3, 3), date(2026, 3, 2), date(2026, 3, 20)
)
ROSTER_DOC = ROSTER.model_dump(mode="json")
PERSON = ROSTER_DOC["people"][0]


@fuzz(1.0)
@given(doc=mutated(PERSON, rounds=2), role=junk)
def test_fuzz_people(doc: Any, role: Any) -> None:
    p = documented(lambda: rr.Person.model_validate(doc))
    if p is not None:
        documented(lambda: p.holds(role))


@fuzz(0.5)
@given(
    doc=mutated(
        {k: ROSTER_DOC[k] for k in ROSTER_DOC if k != "slots"} | {"slots": ROSTER_DOC["slots"][:3]}
    )
)
def test_fuzz_rosters(doc: Any) -> None:
    roster = documented(lambda: rr.Roster.model_validate_json(json.dumps(doc)))
    if roster is not None:
        documented(lambda: rr.notices(roster))


REQUEST = {
    "kind": "swap",
    "slot_id": ROSTER.slots[2].id,
    "requester": ROSTER.slots[2].holders[0],
    "counterpart": ROSTER.slots[3].holders[0],
    "counterpart_slot_id": ROSTER.slots[3].id,
    "requested_at": "2026-03-02T09:00:00+08:00",
    "note": "",
}
CHANGE = st.one_of(
    mutated(REQUEST),
    mutated({**REQUEST, "kind": "cover"}),
    mutated({"kind": "undo", "change": 0, "requested_at": "2026-03-02T09:00:00+08:00"}),
    mutated(
        {
            "kind": "substitution",
            "slot_id": ROSTER.slots[2].id,
            "absent": "d1",
            "substitute": "d2",
            "requested_at": "2026-03-02T09:00:00+08:00",
        }
    ),
)
CHANGE_ADAPTER: TypeAdapter[Any] = TypeAdapter(duty.Change)


@fuzz(1.0)
@given(doc=CHANGE, lead=st.integers(-10, 10**7))
def test_fuzz_change_requests(doc: Any, lead: int) -> None:
    change = documented(lambda: CHANGE_ADAPTER.validate_python(doc))
    lead_time = documented(lambda: duty.BeforeStart(lead=timedelta(hours=lead)))
    if change is None:
        return
    kwargs = {} if lead_time is None else {"lead_time": lead_time}
    documented(lambda: rr.check_change(ROSTER, change, **kwargs))
    documented(lambda: rr.apply_change(ROSTER, change, **kwargs))


@fuzz(0.5)
@given(data=st.data())
def test_fuzz_drawn_change_requests_on_drawn_rosters(data: st.DataObject) -> None:
    roster = data.draw(rst.rosters())
    change = data.draw(rst.change_requests(roster))
    documented(lambda: rr.apply_change(roster, change))


# -- the query functions with any date or datetime ------------------------------------------

OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
ANY_MOMENT = st.one_of(
    st.datetimes(timezones=OFFSETS),
    st.sampled_from([(1, 1, 1, 0, 0), (9999, 12, 31, 23, 59)]).flatmap(
        lambda t: (OFFSETS | st.just(UTC)).map(lambda z: datetime(*t, tzinfo=z))
    ),
)
ANY_DAY = st.one_of(st.dates(), st.sampled_from([date.min, date.max]))
REGIMES = [rr.preset(name) for name in rr.PRESETS] + [
    rr.Regime(
        name="far",
        rule=rr.AnnouncedDates(dates=[date(1900, 1, 1), date(2200, 12, 31)]),
        window=rr.MORNING,
        holiday_policy=rr.MOVE_PREVIOUS,
        location="l",
    )
]


@fuzz(1.5)
@given(regime=st.sampled_from(REGIMES), moment=ANY_MOMENT, day=ANY_DAY, other=ANY_DAY)
def test_fuzz_queries_with_any_date_or_datetime(
    regime: rr.Regime, moment: datetime, day: date, other: date
) -> None:
    lo, hi = min(day, other), max(day, other)
    hi = min(hi, lo + timedelta(days=min(400, (date.max - lo).days)))
    for call in (
        lambda: regime.next_reception(moment),
        lambda: regime.next_reception(day),
        lambda: regime.previous_reception(moment),
        lambda: regime.previous_reception(day),
        lambda: regime.is_open(moment),
        lambda: regime.reception_on(day),
        lambda: regime.check_visit(moment, reason="holiday"),
        lambda: next(iter(regime.receptions(lo, hi)), None),
        lambda: regime.months_without_reception(lo, hi),
        lambda: rr.default_calendar().is_working_day(day),
        lambda: rr.default_calendar().next_working_day(day),
        lambda: rr.default_calendar().add_working_days(day, 20),
        lambda: duty.PREVIOUS_WORKING_DAY.deadline(moment, rr.default_calendar()),
    ):
        documented(call)


@fuzz(0.5)
@given(regime=rst.regimes(calendar=rr.WorkingCalendar()), moment=ANY_MOMENT, start=ANY_DAY)
def test_fuzz_drawn_regimes_with_any_moment(
    regime: rr.Regime, moment: datetime, start: date
) -> None:
    documented(lambda: regime.next_reception(moment))
    documented(lambda: regime.previous_reception(moment))
    documented(
        lambda: (
            list(regime.receptions(start, start + timedelta(days=60)))
            if start < date(9999, 1, 1)
            else None
        )
    )


@fuzz(0.5)
@given(at=st.times(), day=ANY_DAY, name=junk)
def test_fuzz_preset_names_and_options(at: time, day: date, name: Any) -> None:
    documented(lambda: rr.preset(name) if isinstance(name, str) else None)
    documented(lambda: rr.half_day(name) if isinstance(name, str) else None)
