"""The assessment figures over a set of matters, for a period and a grouping (Nat-10).

:func:`assess` computes 及时受理率, 按期办结率, 参评率, 满意率 and 重复信访率 (docs/supervision.md,
"Assessment figures", defines each) for every organ, every place, or the whole set, and
their total. Each matter adds 0 or 1 to each numerator and denominator of its own group,
so the figures of any partition of the matters add up to those of the whole.
:class:`Assessment` renders as rows of plain values with headers in English or Chinese, for
a table, CSV or a spreadsheet.

Imports :mod:`~receptionrules.supervision.matters`, the deadlines, :mod:`.figures` and
:mod:`~receptionrules.supervision.repeats`.

>>> from datetime import date
>>> m = PetitionMatter.model_validate({
...     "id": "M-1", "received_on": "2026-03-02", "channel": "letter",
...     "petitioner_ids": ["P-1"], "subject": "wages", "place": "Unit A",
...     "handling_organ": "Bureau B", "events": [
...         {"kind": "accepted", "on": "2026-03-05"},
...         {"kind": "answered", "on": "2026-04-20"},
...         {"kind": "fed_back", "on": "2026-04-22"},
...         {"kind": "evaluated", "on": "2026-04-25", "satisfaction": "basically_satisfied"}]})
>>> a = assess([m], date(2026, 1, 1), date(2026, 6, 30), by="organ")
>>> [(f.code, f.numerator, f.denominator)
...  for f in a.total.figures]  # doctest: +NORMALIZE_WHITESPACE
[('timely_acceptance', 1, 1), ('on_time_conclusion', 1, 1), ('participation', 1, 1),
 ('satisfaction', 1, 1), ('repeat', 0, 1)]
>>> a.headers("zh")
('承办机关', '指标', '分子', '分母', '比率')
>>> a.rows("zh")[1]
('Bureau B', '按期办结率', 1, 1, 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import DuplicateMatterError
from receptionrules.remarks import Language
from receptionrules.supervision.assessment.figures import FIGURES, Figure, FigureCode
from receptionrules.supervision.deadlines.clock import ClockStatus
from receptionrules.supervision.deadlines.limits import DueDays, NationalTimeLimits, check_matter
from receptionrules.supervision.deadlines.specs import clock_specs, direction_day
from receptionrules.supervision.deadlines.timeline import Timeline
from receptionrules.supervision.deadlines.warnings import WarningThresholds
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.repeats import repeat_links

__all__ = ["Assessment", "AssessmentGroup", "Grouping", "assess"]

Grouping = Literal["all", "organ", "place"]
"""How figures are grouped: the whole set, the handling organ, or the place or unit."""

_GROUP_HEADER = {
    "all": ("group", "范围"),
    "organ": ("organ", "承办机关"),
    "place": ("place", "地方、单位"),
}
_HEADERS = {
    "en": ("figure", "numerator", "denominator", "ratio"),
    "zh": ("指标", "分子", "分母", "比率"),
}
_NONE = {"organ": ("(no organ)", "（未指定承办机关）"), "place": ("", ""), "all": ("all", "全部")}
_TOTAL = ("total", "合计")
_LATE = (ClockStatus.LATE, ClockStatus.OVERDUE)


@dataclass(frozen=True, slots=True)
class AssessmentGroup:
    """The five figures of one group (an organ, a place, or the whole set).

    Attributes:
        key: the organ or place ("" for matters with no organ, and for the whole set).
        figures: the figures, in :data:`~.figures.FIGURES` order.
    """

    key: str
    figures: tuple[Figure, ...]

    def figure(self, code: FigureCode) -> Figure:
        """The figure ``code`` of this group."""
        return next(f for f in self.figures if f.code == code)


@dataclass(frozen=True, slots=True)
class Assessment:
    """The assessment figures of a period, by group, and their total (Nat-10).

    Attributes:
        start, end: the period, both days included.
        as_of: the evaluation date (what was known then).
        by: the grouping.
        groups: one per organ or place, by key (one group for the whole set).
        total: the figures over every matter.
    """

    start: date
    end: date
    as_of: date
    by: Grouping
    groups: tuple[AssessmentGroup, ...]
    total: AssessmentGroup

    def headers(self, language: Language = "en") -> tuple[str, ...]:
        """The column headers of :meth:`rows`."""
        en, zh = _GROUP_HEADER[self.by]
        return (zh if language == "zh" else en, *_HEADERS[language])

    def rows(self, language: Language = "en") -> list[tuple[str, str, int, int, float | None]]:
        """One row per group and figure, then the total's: (group, figure, numerator,
        denominator, ratio or None), plain values for a table, CSV or a spreadsheet."""
        zh = language == "zh"
        out: list[tuple[str, str, int, int, float | None]] = []
        for g in self.groups:
            name = g.key or _NONE[self.by][1 if zh else 0]
            out += [
                (name, f.label(language), f.numerator, f.denominator, f.ratio) for f in g.figures
            ]
        if self.by != "all":
            name = _TOTAL[1 if zh else 0]
            out += [
                (name, f.label(language), f.numerator, f.denominator, f.ratio)
                for f in self.total.figures
            ]
        return out

    def legend(self, language: Language = "en") -> list[tuple[str, str]]:
        """Each figure's name and definition, to print under the table."""
        return [(f.label(language), f.definition(language)) for f in self.total.figures]

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        """A JSON-ready dict."""

        def group(g: AssessmentGroup) -> dict[str, Any]:
            return {"key": g.key, "figures": [f.to_dict(language) for f in g.figures]}

        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "by": self.by,
            "groups": [group(g) for g in self.groups],
            "total": group(self.total),
        }


def _organ(m: PetitionMatter, t: Timeline) -> str:
    if m.handling_organ:
        return m.handling_organ
    transfers = [m.events[i] for _, i, kind in t.decisions if kind == "transferred"]
    return getattr(transfers[-1], "to", "") if transfers else ""


def assess(
    matters: Iterable[PetitionMatter],
    start: date,
    end: date,
    *,
    by: Grouping = "all",
    as_of: date | None = None,
    limits: NationalTimeLimits | None = None,
    calendar: WorkingCalendar | None = None,
) -> Assessment:
    """The assessment figures of the period ``start`` … ``end`` (both included), grouped
    ``by`` the handling organ (else the last organ transferred to), the place, or not at
    all, as known on ``as_of`` (default ``end``). Events and matters after ``as_of`` are
    ignored; the result does not depend on the order of ``matters``.

    Raises:
        ValueError: ``end`` before ``start``, or ``as_of`` before ``start``.
        DuplicateMatterError: two matters share an id.
        InconsistentMatterError: a matter breaks ``limits`` or a pause cannot be.
        CalendarRangeError: a due day is outside the calendar's years.
    """
    if end < start:
        raise ValueError(f"end: {end.isoformat()} is before start {start.isoformat()}")
    day = end if as_of is None else as_of
    if day < start:
        raise ValueError(
            f"as_of: {day.isoformat()} is before the period's start {start.isoformat()}; "
            "nothing of the period is known yet"
        )
    lim = limits or NationalTimeLimits()
    dues = DueDays(lim, calendar or default_calendar(), WarningThresholds(enabled=False))
    listed: list[PetitionMatter] = []
    positions: dict[str, int] = {}
    for i, m in enumerate(matters):
        first = positions.setdefault(m.id, i)
        if first != i:
            raise DuplicateMatterError(m.id, first, i)
        check_matter(m, lim)
        if m.received_on <= day:
            listed.append(m)
    links = repeat_links(listed, day)
    sums: dict[str, list[int]] = {}
    for m in listed:
        t = Timeline.of(m, day)
        key = "" if by == "all" else (m.place if by == "place" else _organ(m, t))
        c = sums.setdefault(key, [0] * 10)
        _count(m, t, dues, start, end, day, c, merged=m.id in links.merged, linked=m.id in links.of)
    groups = tuple(_group(k, sums[k]) for k in sorted(sums))
    if by == "all" and not groups:
        groups = (_group("", [0] * 10),)
    total = [sum(col) for col in zip(*(sums.values() or [[0] * 10]), strict=True)]
    return Assessment(start, end, day, by, groups, _group("", total))


def _group(key: str, c: list[int]) -> AssessmentGroup:
    return AssessmentGroup(
        key, tuple(Figure(code, c[2 * k], c[2 * k + 1]) for k, code in enumerate(FIGURES))
    )


def _count(
    m: PetitionMatter,
    t: Timeline,
    dues: DueDays,
    start: date,
    end: date,
    as_of: date,
    c: list[int],
    *,
    merged: bool,
    linked: bool,
) -> None:
    """Add one matter's 0s and 1s to ``c``: (numerator, denominator) of each figure in turn."""
    received_in = start <= m.received_on <= end
    if received_in:
        c[9] += 1
        c[8] += linked
    if merged:
        return  # handled with its original: no clocks, no evaluation of its own
    specs = clock_specs(t, dues)
    if received_in:
        late = pending = False
        for s in specs:
            if s.name == "register":
                st = s.judge(dues, as_of)[1]
                late = late or st in _LATE
                pending = pending or (st is not ClockStatus.MET and st not in _LATE)
        if late or not pending:
            c[1] += 1
            c[0] += not late
    directed = direction_day(t, dues.limits.text_for(m.received_on)) is not None
    for s in specs:
        if s.name != "conclude" or directed:  # a directed claim was not concluded here
            continue
        due, st = s.judge(dues, as_of)
        if st is ClockStatus.MET and s.stopped_on is not None:
            settled = s.stopped_on
        elif st in _LATE:
            settled = due + timedelta(days=1)
        else:
            continue
        if start <= settled <= end and settled <= as_of:
            c[3] += 1
            c[2] += st is ClockStatus.MET
    fed = t.fed_back_on
    if m.petitioner_ids and fed is not None and start <= fed <= end:
        c[5] += 1
        if t.evaluation is not None:
            c[4] += 1
            c[7] += 1
            c[6] += t.evaluation.satisfaction.counts_as_satisfied
