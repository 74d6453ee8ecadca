"""The timetable in a real browser (TS-1, AK-R-5.2): headless Chromium prints it to PDF and
takes a PNG screenshot at A4 size (96 dpi); a one-month timetable prints on one A4 page,
the rendered DOM holds every slot's date, hours and names, and nothing overflows the
page width.

Where no Chromium is on the machine, these tests skip and say how to install it
(``apt-get install chromium``); with the environment variable ``CI`` set they fail
instead, so CI (``.ci/run`` installs Chromium) never skips them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import receptionrules as rr
from receptionrules.publishing.timetable import timetable_from_regime, timetable_from_roster
from receptionrules.publishing.timetable_html import timetable_html

# A4 is 210 × 297 mm: 595.28 × 841.89 PostScript points; 793.7 × 1122.5 px at 96 dpi.
A4_POINTS = (595.28, 841.89)
A4_PIXELS = (794, 1123)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = (
            "the timetable's browser test needs headless Chromium: install Debian's package "
            "with `apt-get install chromium` (as root)"
        )
        if "CI" in os.environ:
            pytest.fail(f"chromium is missing on CI: {message}; .ci/run installs it first")
        pytest.skip(message)
    return found


def test_without_chromium_it_skips_saying_how_to_install_and_fails_on_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        _chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="chromium is missing on CI"):
        _chromium()


def _run(tmp: Path, page: Path, *options: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    profile.mkdir()
    return subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", *options, page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )


def _pdf(tmp: Path, page: Path, *, screenshot: Path | None = None) -> bytes:
    """The page printed to PDF (and, in the same run, a screenshot at A4 size)."""
    out = tmp / (page.stem + ".pdf")
    shot = []
    if screenshot is not None:
        width, height = A4_PIXELS
        shot = [f"--window-size={width},{height}", f"--screenshot={screenshot}"]
    _run(tmp, page, *shot, "--no-pdf-header-footer", f"--print-to-pdf={out}")
    return out.read_bytes()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def _media_boxes(pdf: bytes) -> list[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]


def _dom(tmp: Path, page: Path) -> str:
    width, height = A4_PIXELS
    done = _run(tmp, page, f"--window-size={width},{height}", "--dump-dom")
    return done.stdout.decode("utf-8")


class _Text(HTMLParser):
    """The text of a DOM, and the text of each list row by its ``<time datetime>``."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.rows: dict[str, list[str]] = {}
        self._row: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        if tag == "tr":
            self._row = []
        if tag == "time" and self._row is not None:
            self.rows[dict(attrs).get("datetime") or ""] = self._row

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1
        if tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._row is not None:
            self._row.append(data)


def _text(dom: str) -> _Text:
    parser = _Text()
    parser.feed(dom)
    return parser


MEASURE = """<script>
(function () {
  var sheet = document.querySelector('.sheet');
  var box = sheet.getBoundingClientRect();
  var right = box.right - parseFloat(getComputedStyle(sheet).paddingRight);
  var widest = 0, which = '', overflowing = [];
  document.querySelectorAll('.sheet *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.right > widest) { widest = r.right; which = el.tagName + '.' + el.className; }
    var style = getComputedStyle(el);
    if (style.display !== 'inline' && style.textOverflow !== 'ellipsis'
        && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      overflowing.push(el.tagName + '.' + el.className);
    }
  });
  var out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    contentRight: right, sheetRight: box.right, widestRight: widest, widest: which,
    overflowing: overflowing});
  document.body.appendChild(out);
})();
</script>"""


def _measured_dom(tmp: Path, page: Path) -> tuple[str, dict[str, object]]:
    """The rendered DOM of a copy of the page that measures itself once laid out (the
    script only appends its result at the end), and what it measured."""
    copy = tmp / (page.stem + "-measure.html")
    copy.write_text(
        page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8"
    )
    dom = _dom(tmp, copy)
    m = re.search(r'<pre id="measure">(.*?)</pre>', dom, re.S)
    assert m is not None, "the measuring script did not run"
    result: dict[str, object] = json.loads(m.group(1).replace("&quot;", '"'))
    return dom, result


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


PEOPLE = [
    rr.Person(id="d1", name="王五", title="副镇长", roles=["deputy_section_leader"]),
    rr.Person(id="d2", name="钱七", title="副镇长", roles=["deputy_section_leader"]),
    rr.Person(id="d3", name="欧阳明远", title="党委副书记", roles=["deputy_section_leader"]),
    rr.Person(id="c1", name="赵六", title="派出所所长", roles=["station_chief"]),
    rr.Person(id="c2", name="孙八", title="司法所所长", roles=["station_chief"]),
]


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    roster: rr.Roster

    def expected(self) -> list[tuple[str, str, list[str]]]:
        """Every slot's ISO date, hours as the page writes them, and holders' names."""
        rows = []
        for s in self.roster.slots:
            if self.language == "zh":
                hours = f"{s.start.hour}:{s.start:%M}—{s.end.hour}:{s.end:%M}"
            else:
                hours = f"{s.start:%H:%M}–{s.end:%H:%M}"
            names = [self.roster.person(p).name for p in s.holders if p is not None]
            rows.append((s.day.isoformat(), hours, names))
        return rows


CASES = {
    # The densest month: a pair on duty every working day, National Day and a make-up
    # Saturday (10 October 2026).
    "township-october-zh": Case(
        "township-october-zh",
        "zh",
        rr.generate_roster(
            rr.preset("township-duty"), PEOPLE, date(2026, 10, 1), date(2026, 10, 31)
        ),
    ),
    # A month whose reception the Labour Day break moved (5 → 6 May 2026), in English.
    "ankang-may-en": Case(
        "ankang-may-en",
        "en",
        rr.generate_roster(
            rr.preset("ankang-mayor"),
            [rr.Person(id="v1", name="Zhang San", title="vice mayor", roles=["vice_mayor"])],
            date(2026, 5, 1),
            date(2026, 5, 31),
        ),
    ),
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    _chromium()
    tmp = tmp_path_factory.mktemp("timetable")
    out: dict[str, dict[str, object]] = {}
    for key, case in CASES.items():
        page = tmp / f"{key}.html"
        html = timetable_html(
            timetable_from_roster(case.roster),
            language=case.language,  # type: ignore[arg-type]
            published=date(2026, 4, 20),
        )
        page.write_text(html, encoding="utf-8")
        shot = tmp / f"{key}.png"
        pdf = _pdf(tmp, page, screenshot=shot)
        dom, measure = _measured_dom(tmp, page)
        out[key] = {"pdf": pdf, "dom": dom, "measure": measure, "png": shot.read_bytes()}
    return out


@pytest.mark.parametrize("key", sorted(CASES))
def test_ts_1_a_one_month_timetable_prints_on_one_a4_page(
    key: str, rendered: dict[str, dict[str, object]]
) -> None:
    pdf = rendered[key]["pdf"]
    assert isinstance(pdf, bytes)
    assert _pages(pdf) == 1
    boxes = _media_boxes(pdf)
    assert boxes
    for w, h in boxes:
        assert abs(w - A4_POINTS[0]) < 1.5
        assert abs(h - A4_POINTS[1]) < 1.5
    png = rendered[key]["png"]
    assert isinstance(png, bytes)
    assert _png_size(png) == A4_PIXELS


@pytest.mark.parametrize("key", sorted(CASES))
def test_ak_r_5_2_the_rendered_dom_holds_every_slots_date_hours_and_names(
    key: str, rendered: dict[str, dict[str, object]]
) -> None:
    dom = rendered[key]["dom"]
    assert isinstance(dom, str)
    text = _text(dom)
    expected = CASES[key].expected()
    assert expected
    for day, hours, names in expected:
        assert day in text.rows, f"no row for {day}"
        row = "".join(text.rows[day])
        assert hours in row, (day, row)
        for name in names:
            assert name in row, (day, name, row)
    whole = "".join(text.parts)
    assert ("接访日程表" if CASES[key].language == "zh" else "Reception timetable") in whole


def test_ak_r_5_2_a_moved_reception_is_marked_in_the_browser(
    rendered: dict[str, dict[str, object]],
) -> None:
    dom = rendered["ankang-may-en"]["dom"]
    assert isinstance(dom, str)
    row = "".join(_text(dom).rows["2026-05-06"])
    assert "moved from 5 May" in row


@pytest.mark.parametrize("key", sorted(CASES))
def test_ts_1_nothing_overflows_the_page_width(
    key: str, rendered: dict[str, dict[str, object]]
) -> None:
    m = rendered[key]["measure"]
    assert isinstance(m, dict)
    assert m["scrollWidth"] <= A4_PIXELS[0], m
    assert m["widestRight"] <= m["contentRight"] + 0.5, m
    assert m["overflowing"] == [], m


def test_ts_1_a_year_prints_one_a4_page_a_month(tmp_path: Path) -> None:
    # Every post 待定, in English: the longest text the township's sheets carry.
    t = timetable_from_regime(rr.preset("township-duty"), date(2026, 1, 1), date(2026, 12, 31))
    page = tmp_path / "township-2026-en.html"
    page.write_text(timetable_html(t, language="en", published=date(2025, 12, 1)), "utf-8")
    assert _pages(_pdf(tmp_path, page)) == 12
