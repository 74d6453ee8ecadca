"""The printable timetable (接访日程表, TS-1): what it holds and how it is written (AK-R-5.2).

The page as a browser lays it out is checked in tests/test_timetable_browser.py; here
the page's text, its marks, its escaping and the command line.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.publishing.timetable import timetable_from_regime, timetable_from_roster
from receptionrules.publishing.timetable_html import timetable_html

PEOPLE = [
    rr.Person(id="d1", name="王五", title="副镇长", roles=["deputy_section_leader"]),
    rr.Person(id="d2", name="钱七", title="副镇长", roles=["deputy_section_leader"]),
    rr.Person(id="c1", name="赵六", title="派出所所长", roles=["station_chief"]),
]


def _text(page: str) -> str:
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.skip = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.skip = tag in ("style", "script")

        def handle_endtag(self, tag: str) -> None:
            self.skip = False

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(page)
    return "".join(parser.parts)


def test_ts_1_a_roster_timetable_names_each_slots_leaders_with_their_titles() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"), PEOPLE, date(2026, 10, 1), date(2026, 10, 31)
    )
    t = timetable_from_roster(roster)
    assert [e.day for e in t.entries] == [s.day for s in roster.slots]
    page = timetable_html(t, published=date(2026, 9, 25))
    text = _text(page)
    assert "乡镇领导干部接访日" in text  # the institution
    assert "2026年10月接访日程表" in text
    assert "公布日期：2026年9月25日" in text
    assert "地点：信访办公室" in text
    for slot in roster.slots:
        row = re.search(rf'<time datetime="{slot.day.isoformat()}">.*?</tr>', page, re.S)
        assert row is not None, slot.day
        row_text = _text(row.group(0))
        assert f"{slot.day.month}月{slot.day.day}日" in row_text
        assert "8:00—17:00" in row_text
        for pid in slot.holders:
            person = roster.person(pid) if pid else None
            assert person is not None
            assert f"{person.title} {person.name}" in row_text
    # 10 October 2026 is a Saturday worked for National Day: marked, and on duty.
    assert "班" in text
    assert "国庆节" in text


def test_ak_r_5_2_vacant_posts_read_to_be_decided() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"), PEOPLE[:1] + PEOPLE[2:], date(2026, 3, 2), date(2026, 3, 6)
    )
    vacant = roster.slots[0].with_holder("station_chief", None)
    roster = roster.with_slots({0: vacant})
    page = timetable_html(timetable_from_roster(roster))
    row = re.search(r'<time datetime="2026-03-02">.*?</tr>', page, re.S)
    assert row is not None
    assert "所、站长待定" in _text(row.group(0))
    english = timetable_html(timetable_from_roster(roster), language="en")
    row = re.search(r'<time datetime="2026-03-02">.*?</tr>', english, re.S)
    assert row is not None
    assert "station/office chief: to be decided" in _text(row.group(0))


def test_ak_r_5_2_a_regime_alone_leaves_every_leader_to_be_decided() -> None:
    t = timetable_from_regime(rr.preset("union-chair"), date(2026, 3, 1), date(2026, 3, 31))
    assert [e.day for e in t.entries] == [date(2026, 3, d) for d in (4, 11, 18, 25)]
    assert all(e.vacant for e in t.entries)
    text = _text(timetable_html(t))
    assert "接待领导：工会主席（待定）" in text
    assert text.count("待定") >= 8  # the grid and the list, each reception
    assert "Received by: union chairman (to be decided)" in _text(timetable_html(t, language="en"))


def test_ak_r_4_2_a_moved_reception_is_marked_with_the_day_its_rule_gave() -> None:
    t = timetable_from_regime(rr.preset("ankang-mayor"), date(2026, 5, 1), date(2026, 5, 31))
    (entry,) = t.entries
    assert (entry.day, entry.moved_from) == (date(2026, 5, 6), date(2026, 5, 5))
    assert "原定5月5日（劳动节）" in _text(timetable_html(t))
    assert "moved from 5 May (Labor Day)" in _text(timetable_html(t, language="en"))


def test_cal_2_provisional_dates_are_marked() -> None:
    year = rr.default_calendar().last_official_year + 1
    t = timetable_from_regime(rr.preset("wenfu-school"), date(year, 3, 1), date(year, 3, 31))
    assert t.entries
    assert t.provisional
    text = _text(timetable_html(t))
    assert text.count("暂定") >= len(t.entries)
    assert "该年节假日安排尚未公布" in text
    settled = timetable_from_regime(rr.preset("wenfu-school"), date(2026, 3, 1), date(2026, 3, 31))
    assert "暂定" not in _text(timetable_html(settled))


def test_ts_1_the_page_is_self_contained_with_print_styles_for_a4() -> None:
    t = timetable_from_regime(rr.preset("wenfu-school"), date(2026, 3, 1), date(2026, 4, 30))
    page = timetable_html(t, language="en", published=date(2026, 2, 20))
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", page)
    assert "@media print" in page
    for external in ("http://", "https://", "<link", "src=", "url(", "@import"):
        assert external not in page
    # One sheet a month, Monday first.
    assert page.count('<section class="sheet') == 2
    assert re.search(r"<th[^>]*>Mon</th>.*?<th[^>]*>Sun</th>", page, re.S)
    assert '<html lang="zh-CN">' in timetable_html(t)


HOSTILE = '<script>alert("x")</script> & \'q\' "d" <img src=x onerror=alert(1)>'


def test_ak_r_5_2_every_value_is_escaped() -> None:
    people = [
        rr.Person(id="v1", name=HOSTILE, title=HOSTILE, roles=["vice_mayor"]),
    ]
    regime = rr.preset("ankang-mayor").replace(location=HOSTILE, location_en=HOSTILE)
    roster = rr.generate_roster(
        regime,
        people,
        date(2026, 5, 1),
        date(2026, 5, 31),
        composition=rr.duty_composition("ankang-mayor"),
    )
    for language in ("zh", "en"):
        page = timetable_html(
            timetable_from_roster(roster, institution=HOSTILE),
            language=language,  # type: ignore[arg-type]
            title=HOSTILE,
        )
        assert "<script" not in page
        assert "<img" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;q&#x27;" in page
        assert HOSTILE in _text(page)  # and a reader sees exactly what was given


def test_ts_1_days_outside_the_period_are_greyed_and_hold_no_reception() -> None:
    t = timetable_from_regime(rr.preset("wenfu-school"), date(2026, 3, 10), date(2026, 3, 31))
    assert [e.day for e in t.entries] == [date(2026, 3, d) for d in (16, 23, 30)]
    page = timetable_html(t)
    assert "时段：2026年3月10日至2026年3月31日" in _text(page)
    cell = re.search(r'<td class="[^"]*outside[^"]*"><div class="num"><b>9</b>', page)
    assert cell is not None


def test_ts_1_language_is_checked() -> None:
    t = timetable_from_regime(rr.preset("wenfu-school"), date(2026, 3, 1), date(2026, 3, 31))
    with pytest.raises(ValueError, match="language='fr'"):
        timetable_html(t, language="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="end=2026-02-01 is before start=2026-03-01"):
        timetable_from_regime(rr.preset("wenfu-school"), date(2026, 3, 1), date(2026, 2, 1))


def test_cli_timetable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["timetable", "ankang-mayor", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert main([*args, "--published", "2026-09-25", "--title", "安康市人民政府"]) == 0
    out = capsys.readouterr().out
    text = _text(out)
    assert "安康市人民政府" in text
    assert "公布日期：2026年9月25日" in text
    assert "原定10月6日（国庆节）" in text
    target = tmp_path / "t.html"
    assert main([*args, "--lang", "en", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert "Reception timetable, October 2026" in target.read_text(encoding="utf-8")
    roster = rr.generate_roster(
        rr.preset("township-duty"), PEOPLE, date(2026, 3, 2), date(2026, 3, 6)
    )
    path = tmp_path / "roster.json"
    path.write_text(roster.model_dump_json(), encoding="utf-8")
    assert main(["timetable", "--roster", str(path), "--published", "2026-03-01"]) == 0
    assert "副镇长 王五" in _text(capsys.readouterr().out)
    config = Path(__file__).resolve().parent.parent / "docs" / "examples" / "district-office.toml"
    assert (
        main(["timetable", "--config", str(config), "--from", "2026-03-01", "--to", "2026-03-31"])
        == 0
    )
    assert "区信访局领导接待日" in _text(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["timetable", "ankang-mayor", "--from", "2026-10-01"], "--from and --to are required"),
        (["timetable", "nowhere", "--from", "2026-10-01", "--to", "2026-10-31"], "nowhere"),
        (
            [
                "timetable",
                "ankang-mayor",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--published",
                "soon",
            ],
            "--published: 'soon' is not a date",
        ),
        (
            [
                "timetable",
                "ankang-mayor",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--format",
                "pdf",
            ],
            "invalid choice: 'pdf'",
        ),
    ],
)
def test_cli_timetable_bad_input(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
