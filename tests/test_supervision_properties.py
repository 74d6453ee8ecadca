"""Properties of the supervision engine (AK-S-2.x, AK-S-3, AK-S-7, Nat-1 … Nat-4, Nat-8, Nat-10).

- findings, lights, warnings and merged repeats don't depend on the order of the input
  matters, nor do the assessment figures;
- an event dated after ``as_of`` (or a matter received after it) changes nothing;
- a finding's facts are consistent with the input;
- a pause never brings a due date earlier, and a pause of 0 days changes nothing (Nat-4);
- every assessment ratio is between 0 and 1, and the figures of any partition of the
  matters add up to those of the whole (Nat-10).

The generated histories hold every kind of event: classifications of every category and
route, handling opinions, pauses and resumptions, evaluations, and repeat links (merged
or not) to an earlier matter.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from receptionrules import strategies as rst
from receptionrules.supervision import (
    FIGURES,
    ClockFacts,
    ClockStatus,
    CollectiveFacts,
    FeedbackFacts,
    FlagFacts,
    MethodLadder,
    OpenFacts,
    PetitionMatter,
    ProcedureFacts,
    SupervisionReport,
    SupervisionThresholds,
    TransferFacts,
    WindowFacts,
    assess,
    clocks,
    repeat_links,
    supervise,
)

BASE = date(2026, 1, 5)
AS_OF = BASE + timedelta(days=150)
PLACES = ("Unit A", "Unit B", "Town C")
SUBJECTS = ("wages", "land", "heating")
PETITIONERS = ("P-1", "P-2", "P-3", "P-4")
METHODS = ("telephone", "written", "meeting", "on_site")


# The library's own generator (receptionrules.strategies), as an application uses it.
histories = rst.event_histories


@st.composite
def matter_sets(draw: st.DrawFn, max_size: int = 12) -> list[PetitionMatter]:
    n = draw(st.integers(0, max_size))
    out: list[PetitionMatter] = []
    for i in range(n):
        received = BASE + timedelta(days=draw(st.integers(0, 170)))
        ids = draw(st.lists(st.sampled_from(PETITIONERS), max_size=2, unique=True))
        people = draw(st.sampled_from((None, 1, 2, 5, 9)))
        events = draw(histories(received))
        earlier = [m for m in out if m.received_on <= received]
        if earlier and draw(st.integers(0, 3)) == 0:  # a repeat of an earlier matter
            of = draw(st.sampled_from(earlier)).id
            last = max([received, *(date.fromisoformat(e["on"]) for e in events)])
            merged = draw(st.booleans())
            on = last if merged else received + timedelta(days=draw(st.integers(0, 30)))
            events.append({"kind": "repeat", "on": on.isoformat(), "of": of, "merged": merged})
        out.append(
            PetitionMatter.model_validate(
                {
                    "id": f"M-{i}",
                    "received_on": received.isoformat(),
                    "channel": draw(st.sampled_from(("visit", "letter", "telephone", "online"))),
                    "petitioner_ids": ids,
                    "petitioner_count": None if people is None else max(people, len(ids)),
                    "subject": draw(st.sampled_from(SUBJECTS)),
                    "place": draw(st.sampled_from(PLACES)),
                    "handling_organ": draw(st.sampled_from(("Bureau B", "Bureau C"))),
                    "events": draw(st.permutations(events)),
                }
            )
        )
    return out


as_of_days = st.integers(0, 320).map(lambda n: BASE + timedelta(days=n))


def same(a: SupervisionReport, b: SupervisionReport) -> bool:
    return (
        a.findings,
        a.recommendations,
        a.matters_evaluated,
        dict(a.lights),
        a.warnings,
        dict(a.merged),
    ) == (
        b.findings,
        b.recommendations,
        b.matters_evaluated,
        dict(b.lights),
        b.warnings,
        dict(b.merged),
    )


@settings(max_examples=60, deadline=None)
@given(matter_sets(), as_of_days, st.randoms(use_true_random=False))
def test_ak_s_2_findings_do_not_depend_on_the_order_of_the_matters(
    matters: list[PetitionMatter], as_of: date, rnd: Any
) -> None:
    shuffled = list(matters)
    rnd.shuffle(shuffled)
    assert same(supervise(matters, as_of), supervise(shuffled, as_of))
    start = BASE + timedelta(days=rnd.randrange(0, 120))
    assert assess(matters, start, as_of if as_of >= start else start, by="organ") == assess(
        shuffled, start, as_of if as_of >= start else start, by="organ"
    )


@st.composite
def with_later_event(draw: st.DrawFn) -> tuple[list[PetitionMatter], date, list[PetitionMatter]]:
    matters = draw(matter_sets())
    as_of = draw(as_of_days)
    changed = list(matters)
    if matters and draw(st.booleans()):
        i = draw(st.integers(0, len(matters) - 1))
        m = matters[i]
        last = max([m.received_on, as_of, *(e.on for e in m.events)])
        kinds = ["flagged", "supervision_opened"]
        if not any(e.kind == "concluded" for e in m.events):
            kinds.append("concluded")
        kind = draw(st.sampled_from(kinds))
        after = max(as_of, m.received_on) + timedelta(days=draw(st.integers(1, 60)))
        if kind == "concluded":
            after = last + timedelta(days=draw(st.integers(1, 10)))
        extra: dict[str, Any] = {"method": draw(st.sampled_from(METHODS))}
        event: dict[str, Any] = {"kind": kind, "on": after.isoformat()}
        if kind == "supervision_opened":
            event.update(extra)
        data = m.model_dump(mode="json")
        data["events"].append(event)
        changed[i] = PetitionMatter.model_validate(data)
    else:
        received = as_of + timedelta(days=draw(st.integers(1, 30)))
        changed.append(
            PetitionMatter.model_validate(
                {
                    "id": "M-late",
                    "received_on": received.isoformat(),
                    "channel": "visit",
                    "petitioner_ids": ["P-1"],
                    "petitioner_count": 9,
                    "subject": "wages",
                    "place": "Unit A",
                }
            )
        )
    return matters, as_of, changed


@settings(max_examples=60, deadline=None)
@given(with_later_event())
def test_nat_and_ak_s_2_an_event_after_as_of_changes_nothing(
    case: tuple[list[PetitionMatter], date, list[PetitionMatter]],
) -> None:
    before, as_of, after = case
    assert same(supervise(before, as_of), supervise(after, as_of))


def _check_window(
    f: Any, by_id: dict[str, PetitionMatter], as_of: date, roots: dict[str, str]
) -> None:
    facts: WindowFacts = f.facts
    ms = [by_id[i] for i in f.matter_ids]
    assert facts.received_on == tuple(m.received_on for m in ms)
    assert list(facts.received_on) == sorted(facts.received_on)
    assert (facts.first_received, facts.last_received) == (ms[0].received_on, ms[-1].received_on)
    assert facts.count == len(ms)
    assert facts.counted >= facts.threshold
    assert facts.last_received >= as_of - timedelta(days=facts.window_days)
    gaps = [(b - a).days for a, b in zip(facts.received_on, facts.received_on[1:], strict=False)]
    assert all(g <= facts.window_days for g in gaps)
    if f.kind == "fixed_point":
        assert facts.threshold == SupervisionThresholds().fixed_point_min_matters
        assert all(m.place == facts.key[0] for m in ms)
        assert facts.counted == facts.count
    elif f.kind == "special":
        assert all(m.subject == facts.key[0] for m in ms)
        groups = {frozenset(m.petitioner_ids) if m.petitioner_ids else m.id for m in ms}
        assert facts.counted == len(groups)
    else:
        petitioner, subject = facts.key

        # A linked repeat counts on its root original's subject (when that is in the set).
        def counted_subject(m: PetitionMatter) -> str:
            root = roots.get(m.id)
            return by_id[root].subject if root in by_id else m.subject

        assert all(petitioner in m.petitioner_ids and counted_subject(m) == subject for m in ms)


@settings(max_examples=80, deadline=None)
@given(matter_sets(), as_of_days)
def test_ak_s_2_a_findings_facts_are_consistent_with_the_input(
    matters: list[PetitionMatter], as_of: date
) -> None:
    report = supervise(matters, as_of)
    by_id = {m.id: m for m in matters}
    roots = dict(repeat_links(matters, as_of).roots)
    ladder = MethodLadder()
    for f in report.findings:
        assert f.matter_ids
        assert len(set(f.matter_ids)) == len(f.matter_ids)
        ms = [by_id[i] for i in f.matter_ids]
        assert all(m.received_on <= as_of for m in ms)
        assert f.rule_id in f.reason
        assert f.rule_id in f.reason_in("zh")
        used = [
            e.method  # type: ignore[union-attr]
            for m in ms
            for e in m.events
            if e.kind == "supervision_opened" and e.on <= as_of
        ]
        assert f.escalated_from == (ladder.heaviest(used) if used else None)
        if used:
            assert ladder.rank(f.method) >= min(ladder.rank(ladder.above(u)) for u in used)
        facts = f.facts
        if isinstance(facts, WindowFacts):
            _check_window(f, by_id, as_of, roots)
            continue
        (m,) = ms
        own = [e for e in m.events if e.on <= as_of]
        if isinstance(facts, CollectiveFacts):
            assert facts.petitioner_count == m.petitioner_count >= facts.threshold
            assert facts.received_on == m.received_on
        elif isinstance(facts, OpenFacts):
            assert facts.days_open == (as_of - m.received_on).days > facts.threshold
            assert not any(e.kind == "concluded" for e in own)
        elif isinstance(facts, ClockFacts):
            c = facts.clock
            assert c.status is ClockStatus.OVERDUE
            assert c.due_on < as_of
            assert c.started_on <= as_of
            assert c.days_overdue == (as_of - c.due_on).days  # calendar basis by default
        elif isinstance(facts, FeedbackFacts):
            assert not any(e.kind == "fed_back" for e in own)
            assert any(
                e.kind in ("answered", "opinion", "concluded") and e.on == facts.result_on
                for e in own
            )
            assert facts.days_overdue == (as_of - facts.due_on).days > 0
        elif isinstance(facts, ProcedureFacts):
            e = m.events[facts.event_index]
            assert e.on == facts.event_on <= as_of
            assert e.kind == (
                "transfer_objected" if facts.lapse == "late_transfer_objection" else "extended"
            )
        elif isinstance(facts, TransferFacts):
            decisions = sorted(
                (e.on, i, e.kind)
                for i, e in enumerate(m.events)
                if e.on <= as_of and e.kind in ("accepted", "declined", "transferred")
            )
            chain = []
            for on, i, kind in decisions:
                if kind != "transferred":
                    assert (kind, on) == ("accepted", facts.accepted_on)
                    break
                chain.append((on, m.events[i].to))  # type: ignore[union-attr]
            else:
                assert facts.accepted_on is None
            assert list(zip(facts.transferred_on, facts.transferred_to, strict=True)) == chain
            assert facts.count >= facts.threshold
        elif isinstance(facts, FlagFacts):
            assert facts.flagged_on == tuple(sorted(e.on for e in own if e.kind == "flagged"))
    for r in report.recommendations:
        m = by_id[r.matter_id]
        assert any(e.kind == r.ground and e.on == r.on <= as_of for e in m.events)


# -- pauses (Nat-4) ---------------------------------------------------------------------


@st.composite
def paused_cases(draw: st.DrawFn, *, zero: bool) -> tuple[PetitionMatter, PetitionMatter, date]:
    """A matter without pauses, the same matter with one pause of a running duty clock
    (``zero``: resumed the day it paused), and the date they are judged on."""
    received = BASE + timedelta(days=draw(st.integers(0, 100)))
    as_of = received + timedelta(days=draw(st.integers(0, 300)))
    data = {
        "id": "M-1",
        "received_on": received.isoformat(),
        "channel": "letter",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "Unit A",
        "events": draw(histories(received, pauses=False)),
    }
    m = PetitionMatter.model_validate(data)
    duties = [
        c
        for c in clocks(m, as_of)
        if c.kind == "duty" and (c.stopped_on is None or c.stopped_on > c.started_on)
    ]
    if not duties:
        return m, m, as_of
    c = draw(st.sampled_from(duties))
    last = as_of if c.stopped_on is None else min(as_of, c.stopped_on - timedelta(days=1))
    on = c.started_on + timedelta(days=draw(st.integers(0, (last - c.started_on).days)))
    end = as_of if c.stopped_on is None else c.stopped_on
    back = on if zero else on + timedelta(days=draw(st.integers(0, (end - on).days)))
    events = [
        *data["events"],
        {"kind": "paused", "on": on.isoformat(), "clock": c.name, "reason": "appraisal"},
    ]
    if zero or c.stopped_on is not None or draw(st.booleans()):
        events.append({"kind": "resumed", "on": back.isoformat(), "clock": c.name})
    return m, PetitionMatter.model_validate({**data, "events": events}), as_of


def _dues(m: PetitionMatter, as_of: date) -> dict[tuple[str, str, date], Any]:
    return {(c.rule_id, c.name, c.started_on): c for c in clocks(m, as_of)}


@settings(max_examples=60, deadline=None)
@given(paused_cases(zero=False))
def test_nat_4_a_pause_never_brings_a_due_date_earlier(
    case: tuple[PetitionMatter, PetitionMatter, date],
) -> None:
    before, after, as_of = case
    old, new = _dues(before, as_of), _dues(after, as_of)
    assert old.keys() == new.keys()
    for key, c in old.items():
        assert new[key].due_on >= c.due_on, key


@settings(max_examples=60, deadline=None)
@given(paused_cases(zero=True))
def test_nat_4_pausing_zero_days_changes_nothing(
    case: tuple[PetitionMatter, PetitionMatter, date],
) -> None:
    before, after, as_of = case

    def seen(m: PetitionMatter) -> Any:
        cs = [
            (c.rule_id, c.name, c.started_on, c.due_on, c.status, c.days_left, c.days)
            for c in clocks(m, as_of)
        ]
        r = supervise([m], as_of)
        return (
            cs,
            [(f.rule_id, f.kind, f.reason, f.reason_in("zh")) for f in r.findings],
            dict(r.lights),
            [w.reason for w in r.warnings],
        )

    assert seen(before) == seen(after)


# -- assessment figures (Nat-10) ---------------------------------------------------------


@st.composite
def periods(draw: st.DrawFn) -> tuple[date, date, date]:
    start = BASE + timedelta(days=draw(st.integers(-30, 200)))
    end = start + timedelta(days=draw(st.integers(0, 200)))
    as_of = end + timedelta(days=draw(st.integers(-((end - start).days), 60)))
    return start, end, as_of


@settings(max_examples=60, deadline=None)
@given(matter_sets(), periods(), st.sampled_from(("all", "organ", "place")))
def test_nat_10_every_ratio_is_between_0_and_1(
    matters: list[PetitionMatter], period: tuple[date, date, date], by: Any
) -> None:
    start, end, as_of = period
    a = assess(matters, start, end, by=by, as_of=as_of)
    for g in (*a.groups, a.total):
        assert [f.code for f in g.figures] == list(FIGURES)
        for f in g.figures:
            assert 0 <= f.numerator <= f.denominator
            assert f.ratio is None if f.denominator == 0 else 0 <= f.ratio <= 1
        # 满意率 counts among the evaluated of 参评率.
        assert g.figure("satisfaction").denominator == g.figure("participation").numerator


@settings(max_examples=60, deadline=None)
@given(matter_sets(), periods(), st.data())
def test_nat_10_the_figures_add_up_over_any_partition_of_the_matters(
    matters: list[PetitionMatter], period: tuple[date, date, date], data: st.DataObject
) -> None:
    start, end, as_of = period
    side = data.draw(st.lists(st.booleans(), min_size=len(matters), max_size=len(matters)))
    parts = [[m for m, s in zip(matters, side, strict=True) if s is k] for k in (True, False)]
    whole = assess(matters, start, end, as_of=as_of).total.figures
    halves = [assess(p, start, end, as_of=as_of).total.figures for p in parts]
    assert [a + b for a, b in zip(*halves, strict=True)] == list(whole)
    by_organ = assess(matters, start, end, as_of=as_of, by="organ")
    if by_organ.groups:
        summed = list(by_organ.groups[0].figures)
        for g in by_organ.groups[1:]:
            summed = [a + b for a, b in zip(summed, g.figures, strict=True)]
        assert summed == list(whole)
