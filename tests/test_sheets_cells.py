"""One cell as offices write it, and one header row: receptionrules.sheets cells, vocab,
columns (issue 10, item 1).

Golden values are the calendar's: 2026-01-05 is a Monday; Excel's serial day 46027 is
2026-01-05 (day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from receptionrules.sheets import INPUT_KINDS, SheetError
from receptionrules.sheets.cells import (
    CellError,
    parse_bool,
    parse_choice,
    parse_choices,
    parse_date,
    parse_int,
    parse_list,
    parse_text,
    parse_time,
)
from receptionrules.sheets.columns import fold_header, match_header
from receptionrules.sheets.kinds import EVENTS, PEOPLE
from receptionrules.sheets.vocab import (
    ABSENCE_REASONS,
    CHANNELS,
    EVENT_KINDS,
    METHODS,
    ROLES,
    event_models,
)
from receptionrules.timeutil import TZ

JAN5 = date(2026, 1, 5)


@pytest.mark.parametrize(
    "written",
    [
        "2026-01-05",
        "2026-1-5",
        "2026/1/5",
        "2026/01/05",
        "2026.1.5",
        "2026年1月5日",
        "2026年01月05日",
        "2026年1月5号",
        " 2026 年 1 月 5 日 ",
        "２０２６年１月５日",  # full-width digits
        "20260105",
        "46027",  # an Excel serial in a text cell
        "2026年1月5日（星期一）",
        "2026-01-05(周一)",
        "2026/1/5 Monday",
        "2026-01-05 08:30",
        "2026/1/5 8:30",
        "2026年1月5日 8时30分",
        "2026-01-05T08:30:00+08:00",
    ],
)
def test_dates_as_offices_write_them(written: str) -> None:
    assert parse_date(written) == JAN5


@pytest.mark.parametrize(
    "cell",
    [
        datetime(2026, 1, 5),  # an Excel date cell
        datetime(2026, 1, 5, 16, 45),  # a datetime cell in a date column: its day
        JAN5,
        46027,  # a number cell holding the serial
        46027.75,
        20260105,  # digits typed into a number cell
    ],
)
def test_date_cells(cell: object) -> None:
    assert parse_date(cell) == JAN5  # type: ignore[arg-type]


def test_a_datetime_with_an_offset_is_the_day_in_shanghai() -> None:
    assert parse_date("2026-01-04T20:00:00+00:00") == JAN5  # 04:00 on the 5th in Shanghai


def test_the_1904_date_system_moves_serials() -> None:
    assert parse_date(44565, epoch=date(1904, 1, 1)) == JAN5


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("2026-02-30", "sheets.bad_day"),
        ("2026-13-01", "sheets.bad_day"),
        ("2026年1月5日（星期二）", "sheets.wrong_weekday"),
        ("5/1/2026", "sheets.not_date"),
        ("26/1/5", "sheets.not_date"),
        ("2026-1/5", "sheets.not_date"),
        ("明天", "sheets.not_date"),
        ("123", "sheets.not_date"),
        ("2026-01-05 25:00", "sheets.not_time"),
        (True, "sheets.not_date"),
        (2026, "sheets.not_date"),
        (3.5, "sheets.not_date"),
        (float("nan"), "sheets.not_date"),
        (float("inf"), "sheets.not_date"),
    ],
)
def test_not_dates_say_how_to_write_one(written: object, code: str) -> None:
    with pytest.raises(CellError) as e:
        parse_date(written)  # type: ignore[arg-type]
    assert e.value.remark.code == code
    assert str(written if not isinstance(written, float) else "").upper() in str(e.value).upper()


def test_a_wrong_weekday_names_the_right_one() -> None:
    with pytest.raises(CellError, match="2026-01-05 is a Monday, not 星期二"):
        parse_date("2026年1月5日（星期二）")
    with pytest.raises(CellError) as e:
        parse_date("2026年1月5日（星期二）")
    assert "2026-01-05是星期一" in e.value.remark.render("zh")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("8:30", time(8, 30)),
        ("08:30", time(8, 30)),
        ("8:30:00", time(8, 30)),
        ("8：30", time(8, 30)),  # a full-width colon
        ("8时30分", time(8, 30)),
        ("8时", time(8)),
        ("8点30", time(8, 30)),
        ("14点", time(14)),
        ("上午8:30", time(8, 30)),
        ("下午2:30", time(14, 30)),
        ("下午2点30分", time(14, 30)),
        ("2:30 PM", time(14, 30)),
        ("12:00 am", time(0)),
        ("12pm", time(12)),
        ("23:59:59", time(23, 59, 59)),
        (time(8, 30), time(8, 30)),  # an Excel time cell
        (datetime(1899, 12, 30, 8, 30), time(8, 30)),  # a time cell read with day 0
        (0.3541666666666667, time(8, 30)),  # Excel's fraction of a day
        (timedelta(hours=8, minutes=30), time(8, 30)),
    ],
)
def test_times_as_offices_write_them(written: object, expected: time) -> None:
    assert parse_time(written) == expected  # type: ignore[arg-type]


def test_a_date_and_a_time_are_a_moment_in_shanghai() -> None:
    expected = datetime(2026, 1, 5, 8, 30, tzinfo=TZ)
    assert parse_time("2026-01-05 08:30") == expected
    assert parse_time("2026年1月5日 8时30分") == expected
    assert parse_time(datetime(2026, 1, 5, 8, 30)) == expected  # an Excel datetime cell
    assert parse_time("2026-01-05T00:30:00Z") == expected


@pytest.mark.parametrize(
    "written", ["24:00", "8:60", "8.30", "830", "13pm", "下午", "noon", "8:3", True, 2, -0.5]
)
def test_not_times(written: object) -> None:
    with pytest.raises(CellError) as e:
        parse_time(written)  # type: ignore[arg-type]
    assert e.value.remark.code == "sheets.not_time"
    assert "08:30" in str(e.value)


@pytest.mark.parametrize(
    "written", ["是", "yes", "YES", "true", "TRUE", "Y", "y", "1", 1, True, "√", "Ｙ"]
)
def test_yes(written: object) -> None:
    assert parse_bool(written) is True  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["否", "no", "false", "N", "0", 0, False, "×"])
def test_no(written: object) -> None:
    assert parse_bool(written) is False  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["maybe", "是的吧", 2])
def test_not_yes_or_no(written: object) -> None:
    with pytest.raises(CellError, match="is not yes or no; write 是 or 否"):
        parse_bool(written)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("3", 3), ("3人", 3), ("30天", 30), (7, 7), (7.0, 7), ("１２", 12), ("12人次", 12)],
)
def test_whole_numbers(written: object, expected: int) -> None:
    assert parse_int(written) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["three", "3.5", 3.5, True, "3 people"])
def test_not_whole_numbers(written: object) -> None:
    with pytest.raises(CellError, match="is not a whole number"):
        parse_int(written)  # type: ignore[arg-type]


def test_text_cells() -> None:
    assert parse_text("  张三\u3000") == "张三"
    assert parse_text(1001) == "1001"
    assert parse_text(1001.0) == "1001"  # an id Excel stored as a number
    assert parse_text(JAN5) == "2026-01-05"


def test_lists_take_every_separator() -> None:
    assert parse_list("a、b，c,d;e；f\ng\r\nh") == tuple("abcdefgh")
    assert parse_list(" a ,, b ") == ("a", "b")


def test_roles_in_chinese_or_english() -> None:
    assert parse_choices("副科级领导", ROLES) == ("deputy_section_leader",)
    assert parse_choices("deputy_section_leader", ROLES) == ("deputy_section_leader",)
    assert parse_choices("Deputy-Section-Level Leader", ROLES) == ("deputy_section_leader",)
    # 所、站长 holds the list separator 、 and is still one role
    assert parse_choices("副市长、所、站长，市长", ROLES) == (
        "vice_mayor",
        "station_chief",
        "mayor",
    )
    assert parse_choices("所、站长", ROLES) == ("station_chief",)
    assert parse_choices("所，站长,市长", ROLES) == ("station_chief", "mayor")


def test_an_unknown_role_lists_the_roles_in_both_languages() -> None:
    with pytest.raises(CellError) as e:
        parse_choices("副市长、deputy", ROLES)
    assert str(e.value).startswith("'deputy' is not a role; use one of mayor (市长), ")
    assert "deputy_section_leader (副科级领导)" in str(e.value)
    assert "副科级领导（deputy_section_leader）" in e.value.remark.render("zh")


@pytest.mark.parametrize(
    ("vocabulary", "written", "value"),
    [
        (ABSENCE_REASONS, "请假", "leave"),
        (ABSENCE_REASONS, "参加上级召开的会议", "superior_meeting"),
        (ABSENCE_REASONS, "出差", "away"),
        (ABSENCE_REASONS, "on leave", "leave"),
        (CHANNELS, "走访", "visit"),
        (CHANNELS, "来信", "letter"),
        (CHANNELS, "来电", "telephone"),
        (CHANNELS, "网上信访", "online"),
        (METHODS, "书面督办", "written"),
        (METHODS, "现场督查督办", "on_site"),
        (METHODS, "on-site supervision", "on_site"),
        (EVENT_KINDS, "受理", "accepted"),
        (EVENT_KINDS, "书面答复", "answered"),
        (EVENT_KINDS, "re-review requested", "re_review_requested"),
        (EVENT_KINDS, "review requested", "review_requested"),
        (EVENT_KINDS, "隐瞒事实真相，弄虚作假", "falsification_found"),
    ],
)
def test_values_with_labels(vocabulary: object, written: str, value: str) -> None:
    assert parse_choice(written, vocabulary) == value  # type: ignore[arg-type]


def test_every_event_kind_and_field_has_a_label_and_a_column() -> None:
    models = event_models()
    assert set(EVENT_KINDS.values) == set(models)
    for kind in models:
        choice = EVENT_KINDS.choice(kind)
        assert choice.zh != kind
        assert choice.en
    fields = {name for m in models.values() for name in m.model_fields} - {"kind", "on"}
    for name in fields:
        column = EVENTS.column(name)
        assert column.zh != name, f"event field {name!r} has no Chinese header"
        assert column.applies_to == tuple(k for k, m in models.items() if name in m.model_fields)


def test_every_role_reason_and_method_is_in_its_vocabulary() -> None:
    from receptionrules.duty import AbsenceReason, Role
    from receptionrules.supervision import Channel, SupervisionMethod

    assert ROLES.values == tuple(r.value for r in Role)
    assert ABSENCE_REASONS.values == tuple(r.value for r in AbsenceReason)
    assert METHODS.values == tuple(m.value for m in SupervisionMethod)
    assert CHANNELS.values == tuple(c.value for c in Channel)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("姓名", "name"),
        (" 姓 名 ", "name"),
        ("姓名：", "name"),
        ("姓名（必填）", "name"),
        ("【姓名】", "name"),
        ("Name", "name"),
        ("NAME", "name"),
        ("Ｎａｍｅ", "name"),
        ("工号", "id"),
        ("Person ID", "id"),
    ],
)
def test_headers_match_after_folding(header: str, key: str) -> None:
    column, _ = match_header(PEOPLE, header)
    assert column is not None
    assert column.key == key


@pytest.mark.parametrize(
    ("header", "nearest"),
    [("姓命", "姓名"), ("nmae", "name"), ("rolse", "roles"), ("工 号x", "编号"), ("xyz", None)],
)
def test_unknown_headers_name_the_nearest(header: str, nearest: str | None) -> None:
    assert match_header(PEOPLE, header) == (None, nearest)


def test_fold_header() -> None:
    assert fold_header("Received_On") == fold_header("received on") == "receivedon"


def test_no_header_names_two_columns_of_a_kind() -> None:
    # InputKind refuses that when it is built; here: every kind was built
    for kind in INPUT_KINDS.values():
        assert len({c.key for c in kind.columns}) == len(kind.columns)
        assert kind.required, kind.name


def test_a_sheet_error_is_a_value_error_with_its_place() -> None:
    from receptionrules.remarks import Remark

    e = SheetError("p.csv", Remark.of("sheets.required", column="姓名"), row=4, column="姓名")
    assert isinstance(e, ValueError)
    assert (e.source, e.row, e.column, e.sheet, e.code) == (
        "p.csv",
        4,
        "姓名",
        None,
        "sheets.required",
    )
