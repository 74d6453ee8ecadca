"""A month at a glance for the terminal: a ``cal``-style grid, Monday first, with the
holidays, the make-up working days and each institution's reception days (CAL-1).

Each day shows its number, a mark for its kind — in Chinese 法 (a statutory holiday),
休 (another day off of a holiday break), 班 (a make-up working day); in English H, h,
W — and the letter of each institution holding a reception that day. A legend below
names the letters and lists the month's holidays and receptions. Columns are aligned
by display width, a Chinese character counting two.

>>> import receptionrules as rr
>>> from datetime import date
>>> print(month_grid(2026, 10, rr.default_calendar(), [rr.preset("ankang-mayor")]))
                   2026年10月
一     二     三     四     五     六     日
                      1法    2法    3法    4休
 5休    6休    7休    8  A   9     10班   11
12     13     14     15     16     17     18
19     20     21     22     23     24     25
26     27     28     29     30     31
法 法定节假日　休 节假日中的其他休息日　班 调休上班日
国庆节：10月1日—7日放假（法定节假日：1日、2日、3日），10月10日上班
A 安康市市长信访接待日：8日（原定6日）
"""

from __future__ import annotations

import calendar as _weeks
from collections.abc import Sequence
from datetime import date, timedelta

from receptionrules.calendar import CalendarDay, DayKind, WorkingCalendar
from receptionrules.reception import Reception
from receptionrules.regime import Regime
from receptionrules.remarks import Language, Remark, register_templates
from receptionrules.wording import display_width, month_in, pad, title_in, weekday_in

__all__ = ["month_grid"]

register_templates(
    {
        "month.legend": {
            "en": "H statutory holiday · h other day off of a holiday · W make-up working day",
            "zh": "法 法定节假日　休 节假日中的其他休息日　班 调休上班日",
        },
        "month.holiday": {
            "en": "{name}: off {off}{statutory}{worked}",
            "zh": "{name}：{off}放假{statutory}{worked}",
        },
        "month.statutory": {"en": " (statutory: {days})", "zh": "（法定节假日：{days}）"},
        "month.worked": {"en": "; worked: {days}", "zh": "，{days}上班"},
        "month.receptions": {"en": "{letter} {name}: {days}", "zh": "{letter} {name}：{days}"},
        "month.none": {"en": "no reception", "zh": "无接待"},
        "month.moved": {"en": "{day} (moved from {source})", "zh": "{day}（原定{source}）"},
        "month.provisional": {
            "en": "Provisional: the official holiday schedule for {year} is not announced yet.",
            "zh": "暂定：{year}年节假日安排尚未公布。",
        },
    }
)

_MARKS: dict[Language, dict[DayKind, str]] = {
    "zh": {DayKind.STATUTORY_HOLIDAY: "法", DayKind.MAKE_UP_WORKDAY: "班"},
    "en": {DayKind.STATUTORY_HOLIDAY: "H", DayKind.MAKE_UP_WORKDAY: "W"},
}
_OFF: dict[Language, str] = {"zh": "休", "en": "h"}
# Institution letters: never a kind mark.
_LETTERS = "ABCDEFGIJKLMNOPQRSTUVXYZ"


def _mark(day: CalendarDay, language: Language) -> str:
    mark = _MARKS[language].get(day.kind)
    if mark is not None:
        return mark
    if not day.working and day.holiday_zh is not None:
        return _OFF[language]
    return ""


def _day(d: date, language: Language) -> str:
    return f"{d.day}日" if language == "zh" else f"{d.day}"


def _runs(days: Sequence[date], language: Language) -> str:
    """``'1日—7日'``, or ``'1–7 Oct'``: consecutive days joined into ranges."""
    if not days:
        return ""
    runs: list[tuple[date, date]] = []
    for d in days:
        if runs and d - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    month = days[0]
    parts = []
    for a, b in runs:
        if language == "zh":
            parts.append(f"{a.day}日" if a == b else f"{a.day}日—{b.day}日")
        else:
            parts.append(f"{a.day}" if a == b else f"{a.day}–{b.day}")
    if language == "zh":
        return f"{month.month}月" + "、".join(parts)
    return ", ".join(parts) + " " + month_in(month.year, month.month, "en").split()[0][:3]


def _holidays(days: Sequence[CalendarDay], language: Language) -> list[str]:
    names: dict[str, list[CalendarDay]] = {}
    for d in days:
        if d.holiday_zh is not None and (not d.working or d.kind is DayKind.MAKE_UP_WORKDAY):
            names.setdefault(d.holiday_zh, []).append(d)
    lines = []
    for found in names.values():
        off = [d.day for d in found if not d.working]
        statutory = [d.day for d in found if d.statutory]
        worked = [d.day for d in found if d.kind is DayKind.MAKE_UP_WORKDAY]
        name = found[0].holiday_zh if language == "zh" else found[0].holiday
        stat = ""
        if statutory:
            listed = (
                "、".join(_day(d, language) for d in statutory)
                if language == "zh"
                else _runs(statutory, language)
            )
            stat = Remark.of("month.statutory", days=listed).render(language)
        work = (
            Remark.of("month.worked", days=_runs(worked, language)).render(language)
            if worked
            else ""
        )
        lines.append(
            Remark.of(
                "month.holiday",
                name=name or "",
                off=_runs(off, language) if off else "—",
                statutory=stat,
                worked=work,
            ).render(language)
        )
    return lines


def _receptions(found: Sequence[Reception], language: Language) -> str:
    """The days of the month's receptions: consecutive days as ranges, a moved one
    with the day its rule gave."""
    if not found:
        return Remark.of("month.none").render(language)
    parts: list[str] = []
    run: list[date] = []
    for r in (*found, None):
        if r is not None and r.moved_from is None:
            run.append(r.day)
            continue
        if run:
            parts.append(
                _runs(run, language)[len(f"{run[0].month}月") :]
                if language == "zh"
                else _runs(run, language).rsplit(" ", 1)[0]
            )
            run = []
        if r is not None and r.moved_from is not None:
            source = (
                _day(r.moved_from, language)
                if (r.moved_from.year, r.moved_from.month) == (r.day.year, r.day.month)
                else _runs([r.moved_from], language)
            )
            parts.append(
                Remark.of("month.moved", day=_day(r.day, language), source=source).render(language)
            )
    return ("、" if language == "zh" else ", ").join(parts)


def month_grid(
    year: int,
    month: int,
    calendar: WorkingCalendar,
    regimes: Sequence[Regime] = (),
    *,
    language: Language = "zh",
) -> str:
    """The month as a ``cal``-style text grid, Monday first, with the holidays, the
    make-up working days and the reception days of each of ``regimes`` (lettered A,
    B, …), and a legend (CAL-1).

    Each regime's receptions are computed on its own calendar; the marks of the
    days come from ``calendar``.

    Raises:
        ValueError: ``month`` is not 1–12, or ``language`` not 'zh' or 'en'.
        CalendarRangeError: the month is outside the calendar's years.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month={month} must be 1-12")
    if language not in ("zh", "en"):
        raise ValueError(f"language={language!r}: use 'zh' or 'en'")
    first = date(year, month, 1)
    last = date(year, month, _weeks.monthrange(year, month)[1])
    days = list(calendar.days(first, last))
    letters = dict(zip(range(len(regimes)), _LETTERS, strict=False))
    held: list[list[Reception]] = [list(r.receptions(first, last)) for r in regimes]
    on_day: dict[date, str] = {}
    for i, found in enumerate(held):
        for r in found:
            on_day[r.day] = on_day.get(r.day, "") + letters.get(i, "?")
    blank = " " * (2 if language == "zh" else 1)
    cells = {
        d.day: f"{d.day.day:>2}"
        + pad(_mark(d, language) or blank, len(blank))
        + on_day.get(d.day, "")
        for d in days
    }
    width = max(6 if language == "zh" else 5, *(display_width(c) for c in cells.values())) + 1
    names = [weekday_in(date(2024, 1, 1 + i), language, short=True) for i in range(7)]
    head = [name[-1] if language == "zh" else name for name in names]  # 1 January 2024: Monday
    title = month_in(year, month, language)
    lines = [pad(title, (width * 7 + display_width(title)) // 2, right=True)]
    # A weekday's name stands over its days' numbers (a Chinese one, two columns, exactly).
    names_row = (pad(pad(h, 2, right=True) if language == "zh" else h, width) for h in head)
    lines.append("".join(names_row).rstrip())
    for week in _weeks.Calendar(firstweekday=0).monthdatescalendar(year, month):
        row = "".join(pad(cells[d], width) if d.month == month else " " * width for d in week)
        lines.append(row.rstrip())
    lines.append(Remark.of("month.legend").render(language))
    lines.extend(_holidays(days, language))
    for i, regime in enumerate(regimes):
        lines.append(
            Remark.of(
                "month.receptions",
                letter=letters.get(i, "?"),
                name=title_in(regime.title, language) or regime.name,
                days=_receptions(held[i], language),
            ).render(language)
        )
    provisional = sorted({d.day.year for d in days if d.provisional})
    for y in provisional:
        lines.append(Remark.of("month.provisional", year=y).render(language))
    return "\n".join(lines)
