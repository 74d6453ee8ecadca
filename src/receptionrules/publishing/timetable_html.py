"""The timetable as one self-contained HTML page for the notice board (TS-1, AK-R-5.2).

One page per month, each fitting one A4 sheet: the institution's name, the month's
title, the usual place and the publication date; a month grid (Monday first) with the
holidays, the make-up working days and each reception with its hours and the leaders
on duty; and the list of the month's receptions — date and weekday, hours, place,
the leaders with their titles, and the notes: a post still 待定 (to be decided), a
reception a holiday moved (原定…), a provisional date (CAL-2). Inline CSS, no
external asset, print styles for A4 (``@page``), in Chinese or English. Every value
is escaped with the standard library's :func:`html.escape`.

>>> import receptionrules as rr
>>> from datetime import date
>>> from receptionrules.publishing.timetable import timetable_from_regime
>>> t = timetable_from_regime(rr.preset("ankang-mayor"), date(2026, 10, 1), date(2026, 10, 31))
>>> page = timetable_html(t, published=date(2026, 9, 25))
>>> "2026年10月接访日程表" in page, "原定10月6日（国庆节）" in page
(True, True)
>>> "公布日期：2026年9月25日" in page
True
"""

from __future__ import annotations

import calendar as _weeks
from collections.abc import Iterable
from datetime import date
from html import escape

from receptionrules.calendar import CalendarDay, DayKind
from receptionrules.notices import Receiver
from receptionrules.publishing.timetable import Timetable, TimetableEntry
from receptionrules.publishing.timetable_css import STYLE
from receptionrules.remarks import Language, Remark, register_templates
from receptionrules.wording import (
    date_in,
    month_in,
    short_date_in,
    title_in,
    weekday_in,
)

__all__ = ["timetable_html"]

register_templates(
    {
        "timetable.heading": {"en": "Reception timetable, {month}", "zh": "{month}接访日程表"},
        "timetable.place": {"en": "Place: {place}", "zh": "地点：{place}"},
        "timetable.hours": {"en": "Hours: {hours}", "zh": "时间：{hours}"},
        "timetable.list": {"en": "Receptions", "zh": "接待安排"},
        "timetable.posts": {
            "en": "Received by: {posts} (to be decided)",
            "zh": "接待领导：{posts}（待定）",
        },
        "timetable.period": {"en": "Period: {first} to {last}", "zh": "时段：{first}至{last}"},
        "timetable.published": {"en": "Published {date}", "zh": "公布日期：{date}"},
        "timetable.vacant": {"en": "to be decided", "zh": "待定"},
        "timetable.moved": {"en": "moved from {day} ({reason})", "zh": "原定{day}（{reason}）"},
        "timetable.provisional": {"en": "provisional", "zh": "暂定"},
        "timetable.none": {"en": "No reception this month.", "zh": "本月无接待日。"},
        "timetable.col.date": {"en": "Date", "zh": "日期"},
        "timetable.col.hours": {"en": "Hours", "zh": "时间"},
        "timetable.col.place": {"en": "Place", "zh": "地点"},
        "timetable.col.receivers": {"en": "Received by", "zh": "接待领导"},
        "timetable.col.notes": {"en": "Notes", "zh": "备注"},
        "timetable.tag.off": {"en": "off", "zh": "休"},
        "timetable.tag.work": {"en": "work", "zh": "班"},
        "timetable.legend": {
            "en": "“off”: a holiday, no reception unless listed · “work”: a weekend day "
            "worked (调休上班) · “to be decided”: the leader is named later",
            "zh": "“休”：节假日放假　“班”：调休上班日　“待定”：接待领导另行公布",
        },
        "timetable.legend.moved": {
            "en": "“moved from”: the rule's day was not a working day; the reception "
            "moves to the day shown",
            "zh": "“原定”：按制度应在该日接待，因逢节假日调整至所示日期",
        },
        "timetable.legend.provisional": {
            "en": "“provisional”: the official holiday schedule of that year is not "
            "announced yet, so the date may still change",
            "zh": "“暂定”：该年节假日安排尚未公布，日期可能调整",
        },
    }
)


_DENSE = 12
"""More receptions than this in a month: the sheet packs tighter."""
_SPARSE = 5
"""This many receptions in a month or fewer: the sheet reads larger."""


def _density(entries: int) -> str:
    return " dense" if entries > _DENSE else " sparse" if entries <= _SPARSE else ""


def _t(code: str, language: Language, **params: object) -> str:
    return Remark.of(code, **params).render(language)


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _hours(entry: TimetableEntry, language: Language, *, label: bool = False) -> str:
    s, e = entry.start, entry.end
    if language == "zh":
        hours = f"{s.hour}:{s:%M}—{e.hour}:{e:%M}"
        return f"{entry.label}{hours}" if label and entry.label not in ("", "全天") else hours
    return f"{s:%H:%M}–{e:%H:%M}"


def _receiver(r: Receiver, language: Language, *, cell: bool) -> str:
    """A receiver as HTML: the title small and the name, or the post and 待定."""
    if r.name is None:
        post = r.post if language == "zh" else (r.post_en or r.post)
        vacant = f'<span class="tbd">{_e(_t("timetable.vacant", language))}</span>'
        if not post or cell:
            return vacant
        return f"{_e(post)}{'' if language == 'zh' else ': '}{vacant}"
    title = r.title or (r.post if language == "zh" else (r.post_en or r.post))
    if cell:
        ttl = f'<span class="ttl">{_e(title)}</span>' if title else ""
        return f'<span class="who">{ttl}{_e(r.name)}</span>'
    if language == "zh":
        return f"{_e(title)} {_e(r.name)}" if title else _e(r.name)
    return f"{_e(r.name)} ({_e(title)})" if title else _e(r.name)


def _receivers(entry: TimetableEntry, language: Language, *, cell: bool) -> str:
    """Everyone receiving at ``entry``; a single 待定 when no post is filled yet (the
    posts are then said once, at the top of the sheet)."""
    if all(r.name is None for r in entry.receivers):
        return _receiver(Receiver(name=None), language, cell=cell)
    if cell:
        return "".join(_receiver(r, language, cell=True) for r in entry.receivers)
    sep = "、" if language == "zh" else "; "
    return sep.join(_receiver(r, language, cell=False) for r in entry.receivers)


def _posts(entries: Iterable[TimetableEntry], language: Language) -> str | None:
    """The posts of a month none of whose posts is filled yet, when they are the same."""
    seen = set()
    for e in entries:
        if any(r.name is not None for r in e.receivers):
            return None
        seen.add(tuple(r.post if language == "zh" else (r.post_en or r.post) for r in e.receivers))
    if len(seen) != 1:
        return None
    posts = [p for p in next(iter(seen)) if p]
    return ("、" if language == "zh" else "; ").join(posts) or None


def _marks(entry: TimetableEntry, language: Language, *, short: bool) -> list[str]:
    marks = []
    if entry.moved_from is not None:
        if short:
            day = short_date_in(entry.moved_from, language)
            text = f"原定{day}" if language == "zh" else f"moved from {day}"
        else:
            text = _t(
                "timetable.moved",
                language,
                day=short_date_in(entry.moved_from, language),
                reason=(entry.moved_reason_zh if language == "zh" else entry.moved_reason)
                or weekday_in(entry.moved_from, language),
            )
        marks.append(f'<span class="mark">{_e(text)}</span>')
    if entry.provisional:
        text = _t("timetable.provisional", language)
        marks.append(f'<span class="mark prov">{_e(text)}</span>')
    return marks


def _cell(
    day: CalendarDay,
    entries: list[TimetableEntry],
    t: Timetable,
    lang: Language,
    *,
    hours: bool,
) -> str:
    classes = []
    tag = ""
    if day.day.weekday() >= 5:
        classes.append("we")
    if day.kind is DayKind.MAKE_UP_WORKDAY:
        classes.append("work")
        tag = _t("timetable.tag.work", lang)
    elif not day.working and day.holiday_zh is not None:
        classes.append("off")
        tag = _t("timetable.tag.off", lang)
    if not t.start <= day.day <= t.end:
        classes.append("outside")
    holiday = day.holiday_zh if lang == "zh" else day.holiday
    parts = [
        f'<div class="num"><b>{day.day.day}</b>'
        + (f'<span class="tag">{_e(tag)}</span>' if tag else "")
        + "</div>"
    ]
    if holiday:
        parts.append(f'<div class="hol" title="{_e(holiday)}">{_e(holiday)}</div>')
    for entry in entries:
        who = _receivers(entry, lang, cell=True)
        when = f'<div class="hrs">{_e(_hours(entry, lang))}</div>' if hours else ""
        parts.append(
            f'<div class="slot">{when}{who}' + "".join(_marks(entry, lang, short=True)) + "</div>"
        )
    return f'<td class="{" ".join(classes)}">{"".join(parts)}</td>'


def _grid(t: Timetable, year: int, month: int, lang: Language, *, hours: bool) -> str:
    by_day: dict[date, list[TimetableEntry]] = {}
    for e in t.entries_in(year, month):
        by_day.setdefault(e.day, []).append(e)
    days = {d.day: d for d in t.days_in(year, month)}
    # 1 January 2024 was a Monday: the grid's first column.
    names = [weekday_in(date(2024, 1, 1 + i), lang, short=True) for i in range(7)]
    head = "".join(
        f'<th class="{"we" if i >= 5 else ""}">{_e(name)}</th>' for i, name in enumerate(names)
    )
    rows = []
    for week in _weeks.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = [
            _cell(days[d], by_day.get(d, []), t, lang, hours=hours)
            if d.month == month and d in days
            else '<td class="blank"></td>'
            for d in week
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table class="grid"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _list(entries: Iterable[TimetableEntry], lang: Language) -> str:
    cols = ("date", "hours", "place", "receivers", "notes")
    widths = (
        ("14%", "14%", "19%", "41%", "12%") if lang == "zh" else ("12%", "14%", "26%", "34%", "14%")
    )
    colgroup = "".join(f'<col style="width:{w}">' for w in widths)
    head = "".join(f"<th>{_e(_t('timetable.col.' + c, lang))}</th>" for c in cols)
    rows = []
    for e in entries:
        place = e.location if lang == "zh" else (e.location_en or e.location)
        who = _receivers(e, lang, cell=False)
        day, weekday = short_date_in(e.day, lang), weekday_in(e.day, lang, short=True)
        when = f'{_e(day)} <span class="wd">{_e(weekday)}</span>'
        if lang == "en":
            when = f'<span class="wd">{_e(weekday)}</span> {_e(day)}'
        rows.append(
            "<tr>"
            f'<td class="date"><time datetime="{e.day.isoformat()}">{when}</time></td>'
            f'<td class="hrs">{_e(_hours(e, lang, label=True))}</td>'
            f"<td>{_e(place)}</td>"
            f"<td>{who}</td>"
            f"<td>{' '.join(_marks(e, lang, short=False))}</td>"
            "</tr>"
        )
    return (
        f'<table class="list"><colgroup>{colgroup}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _sheet(
    t: Timetable,
    year: int,
    month: int,
    *,
    lang: Language,
    institution: str,
    published: date | None,
) -> str:
    entries = t.entries_in(year, month)
    place = t.location if lang == "zh" else (t.location_en or t.location)
    meta = []
    if place:
        meta.append(_t("timetable.place", lang, place=place))
    # Hours the same for every reception of the month: said once, left out of the grid.
    all_hours = {_hours(e, lang, label=True) for e in entries}
    if len(all_hours) == 1:
        meta.append(_t("timetable.hours", lang, hours=next(iter(all_hours))))
    first, last = max(t.start, date(year, month, 1)), t.end
    month_days = t.days_in(year, month)
    last = min(t.end, month_days[-1].day)
    if (first, last) != (month_days[0].day, month_days[-1].day):
        meta.append(
            _t("timetable.period", lang, first=date_in(first, lang), last=date_in(last, lang))
        )
    posts = _posts(entries, lang)
    if posts:
        meta.append(_t("timetable.posts", lang, posts=posts))
    if published is not None:
        meta.append(_t("timetable.published", lang, date=date_in(published, lang)))
    heading = _t("timetable.heading", lang, month=month_in(year, month, lang))
    body = (
        _list(entries, lang) if entries else f'<p class="none">{_e(_t("timetable.none", lang))}</p>'
    )
    legend = [_t("timetable.legend", lang)]
    if any(e.moved_from for e in entries):
        legend.append(_t("timetable.legend.moved", lang))
    if any(e.provisional for e in entries):
        legend.append(_t("timetable.legend.provisional", lang))
    stamp = _t("timetable.published", lang, date=date_in(published, lang)) if published else ""
    return (
        f'<section class="sheet{_density(len(entries))}">'
        f'<header><p class="org">{_e(institution)}</p><h1>{_e(heading)}</h1>'
        f'<p class="meta">{"".join(f"<span>{_e(m)}</span>" for m in meta)}</p></header>'
        f"{_grid(t, year, month, lang, hours=len(all_hours) > 1)}"
        f"<h2>{_e(_t('timetable.list', lang))}</h2>{body}"
        f"<footer><p>{'<br>'.join(_e(x) for x in legend)}</p>"
        f"<p>{_e(institution)}<br>{_e(stamp)}</p></footer>"
        "</section>"
    )


def timetable_html(
    timetable: Timetable,
    *,
    language: Language = "zh",
    title: str | None = None,
    published: date | None = None,
) -> str:
    """The timetable as one self-contained HTML page, a sheet of A4 per month (TS-1,
    AK-R-5.2).

    Args:
        timetable: what to publish (``timetable_from_roster`` or
            ``timetable_from_regime`` of :mod:`receptionrules.publishing.timetable`).
        language: ``'zh'`` or ``'en'``.
        title: the institution's name at the top (default: the timetable's, in
            ``language``).
        published: the date of publication printed on every sheet (the library reads
            no clock: pass it; None leaves it out).
    """
    if language not in ("zh", "en"):
        raise ValueError(f"language={language!r}: use 'zh' or 'en'")
    institution = title or title_in(timetable.institution, language)
    sheets = "".join(
        _sheet(
            t=timetable,
            year=y,
            month=m,
            lang=language,
            institution=institution,
            published=published,
        )
        for y, m in timetable.months
    )
    heading = _t(
        "timetable.heading",
        language,
        month=month_in(timetable.start.year, timetable.start.month, language),
    )
    stamp = published.isoformat() if published else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"zh-CN" if language == "zh" else "en"}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="receptionrules">'
        f'<meta name="date" content="{_e(stamp)}">'
        f"<title>{_e(institution)} · {_e(heading)}</title>"
        f"<style>{STYLE}</style></head>\n<body>\n{sheets}\n</body></html>\n"
    )
