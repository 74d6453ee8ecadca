"""``receptionrules supervise``: the traffic lights, early warnings and assessment figures.

The figures are counted by hand from the definitions of docs/supervision.md on four
matters (2026; none of the due days below falls on a holiday of the State Council
notice for 2026, so each is the plain count of calendar days):

- A: received 5 Jan, accepted 10 Jan (Nat-1 due 20 Jan: met), concluded 20 Feb (Nat-2
  due 11 Mar: met), the result fed back 25 Feb, evaluated "satisfied" 1 Mar;
- B: received 6 Jan, accepted 30 Jan (Nat-1 due 21 Jan: late); Nat-2 due 31 Mar, not
  concluded: overdue on 20 Apr, red;
- C: received 18 Feb, accepted 20 Feb (Nat-1 met); Nat-2 due 21 Apr: one day left on
  20 Apr, inside the last quarter of the 60 days: an early warning, yellow;
- D: received 10 Mar, A's petitioner again on A's subject, linked and merged as a
  repeat of A: it runs no clocks and counts only in the repeat rate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from receptionrules.cli import main

MATTERS: list[dict[str, Any]] = [
    {
        "id": "A",
        "received_on": "2026-01-05",
        "channel": "letter",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "城关镇",
        "handling_organ": "人社局",
        "events": [
            {"kind": "accepted", "on": "2026-01-10"},
            {"kind": "concluded", "on": "2026-02-20"},
            {"kind": "fed_back", "on": "2026-02-25"},
            {"kind": "evaluated", "on": "2026-03-01", "satisfaction": "satisfied"},
        ],
    },
    {
        "id": "B",
        "received_on": "2026-01-06",
        "channel": "visit",
        "petitioner_ids": ["P-2"],
        "subject": "land",
        "place": "城关镇",
        "handling_organ": "人社局",
        "events": [{"kind": "accepted", "on": "2026-01-30"}],
    },
    {
        "id": "C",
        "received_on": "2026-02-18",
        "channel": "online",
        "petitioner_ids": ["P-3"],
        "subject": "roads",
        "place": "新城镇",
        "handling_organ": "住建局",
        "events": [{"kind": "accepted", "on": "2026-02-20"}],
    },
    {
        "id": "D",
        "received_on": "2026-03-10",
        "channel": "letter",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "城关镇",
        "handling_organ": "人社局",
        "events": [{"kind": "repeat", "on": "2026-03-10", "of": "A"}],
    },
]


@pytest.fixture
def matters(tmp_path: Path) -> str:
    path = tmp_path / "matters.json"
    path.write_text(json.dumps(MATTERS, ensure_ascii=False), encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def figures(rows: list[dict[str, Any]], group: str | None) -> dict[str, tuple[int, int]]:
    return {
        r["figure"]: (r["numerator"], r["denominator"])
        for r in rows
        if r["type"] == "figure" and r["group"] == group
    }


def test_nat_10_2022_art_39_the_five_figures_of_the_whole_set(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    code, out, err = run(capsys, "supervise", matters, "--as-of", "2026-04-20", "--kpi", "--json")
    assert (code, err) == (0, "")
    assert figures(lines(out), "") == {
        "timely_acceptance": (2, 3),  # A and C met Nat-1, B was late; D merged
        "on_time_conclusion": (1, 2),  # A met Nat-2, B's settled overdue on 1 April
        "participation": (1, 1),  # A fed back and evaluated
        "satisfaction": (1, 1),
        "repeat": (1, 4),  # D, of the four received
    }


def test_nat_10_figures_by_organ_add_up_to_the_total(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    argv = ["supervise", matters, "--as-of", "2026-04-20", "--kpi", "--by", "机关", "--json"]
    code, out, _ = run(capsys, *argv)
    rows = lines(out)
    assert code == 0
    assert figures(rows, "人社局") == {
        "timely_acceptance": (1, 2),
        "on_time_conclusion": (1, 2),
        "participation": (1, 1),
        "satisfaction": (1, 1),
        "repeat": (1, 3),
    }
    assert figures(rows, "住建局") == {
        "timely_acceptance": (1, 1),
        "on_time_conclusion": (0, 0),
        "participation": (0, 0),
        "satisfaction": (0, 0),
        "repeat": (0, 1),
    }
    total = figures(rows, None)
    for code_ in total:
        parts = [figures(rows, g)[code_] for g in ("人社局", "住建局")]
        assert total[code_] == (sum(p[0] for p in parts), sum(p[1] for p in parts))
    ratios = {r["figure"]: r["ratio"] for r in rows if r["type"] == "figure" and r["group"] is None}
    assert ratios["timely_acceptance"] == pytest.approx(2 / 3, abs=1e-6)
    assert {r["type"] for r in rows} == {"figure", "definition"}


def test_nat_10_kpi_in_chinese_and_english_text(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    _, zh, _ = run(capsys, "supervise", matters, "--as-of", "2026-04-20", "--kpi")
    assert zh.splitlines()[0] == "考核期2026-01-01至2026-04-20（截至2026-04-20）：4件事项"
    assert "及时受理率  2     3     66.7%" in zh
    assert "满意率      1     1     100.0%" in zh
    assert "【指标口径】" in zh
    argv = ["supervise", matters, "--as-of", "2026-04-20", "--kpi", "--lang", "en"]
    _, en, _ = run(capsys, *argv, "--by", "place")
    assert en.splitlines()[0].startswith("assessment period 2026-01-01 to 2026-04-20")
    assert "新城镇  timely acceptance rate" in en
    assert "total   repeat petition rate" in en


def test_nat_10_kpi_period_and_matters_chosen(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    # Only February and March: A and B were received in January, so only C and D count.
    argv = ["supervise", matters, "--as-of", "2026-04-20", "--kpi", "--json"]
    _, out, _ = run(capsys, *argv, "--from", "2026-02-01", "--to", "2026-03-31")
    assert figures(lines(out), "")["timely_acceptance"] == (1, 1)
    assert figures(lines(out), "")["repeat"] == (1, 2)
    _, out, _ = run(capsys, *argv, "--place", "新城镇")
    assert figures(lines(out), "")["repeat"] == (0, 1)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--rule", "AK-S-2.4"], "--rule filters findings; with --kpi, choose the matters"),
        (["--open"], "--open filters findings"),
        (["--light", "red"], "--light filters findings"),
        (["--by", "unit"], "--by 'unit': use all, organ or place"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "--from 2026-05-01 is after --to"),
        (["--from", "2026-05-01"], "--from 2026-05-01 is after --to 2026-04-20"),
        (
            ["--from", "2026-05-01", "--to", "2026-05-31"],
            "--as-of 2026-04-20 is before --from 2026-05-01",
        ),
    ],
)
def test_nat_10_kpi_refuses_options_that_do_not_apply(
    capsys: pytest.CaptureFixture[str], matters: str, extra: list[str], message: str
) -> None:
    code, out, err = run(capsys, "supervise", matters, "--as-of", "2026-04-20", "--kpi", *extra)
    assert (code, out) == (2, "")
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_ak_s_2_4_lights_red_first_with_the_reason(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    code, out, _ = run(capsys, "supervise", matters, "--as-of", "2026-04-20", "--lights", "--json")
    rows = lines(out)
    assert code == 0
    assert rows[0]["type"] == "summary"
    assert (rows[0]["red"], rows[0]["yellow"], rows[0]["green"]) == (1, 1, 2)
    shown = [(r["matter_id"], r["light"]) for r in rows if r["type"] == "light"]
    assert shown == [("B", "red"), ("C", "yellow"), ("A", "green"), ("D", "green")]
    reasons = {r["matter_id"]: r["reason"] for r in rows if r["type"] == "light"}
    assert "2026-03-31" in reasons["B"]
    assert "2026-04-21" in reasons["C"]
    assert reasons["A"] == ""


def test_ak_s_2_4_early_warning_in_the_report_in_both_languages(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    _, zh, _ = run(capsys, "supervise", matters, "--as-of", "2026-04-20")
    assert zh.splitlines()[0] == (
        "截至2026-04-20：4件事项（红灯1件、黄灯1件、绿灯2件），2项发现，1项临期预警，0项问责建议"
    )  # the findings: AK-S-2.1 (A, B, D against 城关镇 in 90 days) and B's overdue
    assert "【临期预警】" in zh
    assert "C     Nat-2  2026-04-21  1日" in zh
    _, out, _ = run(capsys, "supervise", matters, "--as-of", "2026-04-20", "--json")
    (warning,) = [r for r in lines(out) if r["type"] == "warning"]
    assert warning["matter_id"] == "C"
    assert (warning["due_on"], warning["days_left"], warning["basis"]) == (
        "2026-04-21",
        1,
        "calendar",
    )


@pytest.mark.parametrize("light", ["yellow", "黄", "黄灯", " YELLOW "])
def test_ak_s_2_4_light_filter_keeps_the_matters_showing_it(
    capsys: pytest.CaptureFixture[str], matters: str, light: str
) -> None:
    argv = ["supervise", matters, "--as-of", "2026-04-20", "--json", "--light", light]
    _, out, _ = run(capsys, *argv)
    rows = lines(out)
    assert [r["matter_id"] for r in rows if r["type"] == "warning"] == ["C"]
    assert [r for r in rows if r["type"] == "finding"] == []  # B's overdue is red
    argv = ["supervise", matters, "--as-of", "2026-04-20", "--json", "--lights"]
    _, out, _ = run(capsys, *argv, "--light", light, "--light", "red")
    assert [r["matter_id"] for r in lines(out) if r["type"] == "light"] == ["B", "C"]


def test_ak_s_2_4_an_unknown_light_is_one_line(
    capsys: pytest.CaptureFixture[str], matters: str
) -> None:
    code, out, err = run(capsys, "supervise", matters, "--as-of", "2026-04-20", "--light", "蓝")
    assert (code, out) == (2, "")
    assert err == (
        "receptionrules: error: --light '蓝': not a traffic light; use red, yellow or green "
        "(红、黄、绿)\n"
    )


def test_the_views_are_one_at_a_time(capsys: pytest.CaptureFixture[str], matters: str) -> None:
    code, out, err = run(capsys, "supervise", matters, "--kpi", "--lights")
    assert (code, out) == (2, "")
    assert err == "receptionrules: error: argument --lights: not allowed with argument --kpi\n"
