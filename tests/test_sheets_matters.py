"""Petition matters and their events from a ledger (台账) workbook or two CSV files
(issue 10, item 1; the events of Nat-1 … Nat-4, AK-S-3, AK-S-7).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from _sheets_support import csv_bytes, xlsx_bytes
from receptionrules.sheets import SheetError, read_matters
from receptionrules.supervision import PetitionMatter, supervise

MATTERS_ZH = [
    [
        "事项编号",
        "登记日期",
        "信访形式",
        "信访人编号",
        "信访人数",
        "事项类别",
        "涉及地方或单位",
        "办理机关",
        "已进入法定程序",
    ],
    ["AK-2026-0001", "2026/3/2", "走访", "P-1、P-2", "", "征地补偿", "汉滨区", "区信访局", "否"],
    ["AK-2026-0002", "2026年3月9日", "来信", "", "6", "拖欠工资", "某建筑公司", "", ""],
]
EVENTS_ZH = [
    [
        "事项编号",
        "事件类型",
        "日期",
        "经办机关或人员",
        "转送或承办对象",
        "原因",
        "延长天数",
        "已告知信访人",
        "督办方式",
    ],
    ["AK-2026-0001", "受理", "2026-03-05", "区信访局", "", "", "", "", ""],
    ["AK-2026-0001", "延期", "2026-04-01", "", "", "案情复杂", "30", "是", ""],
    ["AK-2026-0002", "转送交办", "2026-03-10", "", "区人社局", "", "", "", ""],
    ["AK-2026-0001", "书面答复", "2026-05-20", "", "", "", "", "", ""],
    ["AK-2026-0002", "督查督办", "2026年4月20日", "市信访局", "", "", "", "", "书面督办"],
]
EXPECTED = (
    PetitionMatter.model_validate(
        {
            "id": "AK-2026-0001",
            "received_on": "2026-03-02",
            "channel": "visit",
            "petitioner_ids": ["P-1", "P-2"],
            "subject": "征地补偿",
            "place": "汉滨区",
            "handling_organ": "区信访局",
            "in_legal_proceedings": False,
            "events": [
                {"kind": "accepted", "on": "2026-03-05", "by": "区信访局"},
                {
                    "kind": "extended",
                    "on": "2026-04-01",
                    "days": 30,
                    "reason": "案情复杂",
                    "petitioner_told": True,
                },
                {"kind": "answered", "on": "2026-05-20"},
            ],
        }
    ),
    PetitionMatter.model_validate(
        {
            "id": "AK-2026-0002",
            "received_on": "2026-03-09",
            "channel": "letter",
            "petitioner_count": 6,
            "subject": "拖欠工资",
            "place": "某建筑公司",
            "events": [
                {"kind": "transferred", "on": "2026-03-10", "to": "区人社局"},
                {
                    "kind": "supervision_opened",
                    "on": "2026-04-20",
                    "method": "written",
                    "by": "市信访局",
                },
            ],
        }
    ),
)
EN_HEADERS = {
    "事项编号": "id",
    "登记日期": "received on",
    "信访形式": "channel",
    "信访人编号": "petitioner ids",
    "信访人数": "petitioner count",
    "事项类别": "subject",
    "涉及地方或单位": "place",
    "办理机关": "handling organ",
    "已进入法定程序": "in legal proceedings",
}
EN_EVENTS = {
    "事项编号": "matter",
    "事件类型": "kind",
    "日期": "date",
    "经办机关或人员": "by",
    "转送或承办对象": "to",
    "原因": "reason",
    "延长天数": "days",
    "已告知信访人": "petitioner told",
    "督办方式": "method",
}


def test_matters_from_a_ledger_workbook() -> None:
    data = xlsx_bytes({"信访事项": MATTERS_ZH, "办理过程": EVENTS_ZH})
    assert read_matters(data, source="台账.xlsx") == EXPECTED


def test_matters_from_a_workbook_in_english_with_date_cells() -> None:
    matters = [[EN_HEADERS[h] for h in MATTERS_ZH[0]], *MATTERS_ZH[1:]]
    matters[1][1] = datetime(2026, 3, 2)
    events = [[EN_EVENTS[h] for h in EVENTS_ZH[0]], *EVENTS_ZH[1:]]
    events[1][2] = datetime(2026, 3, 5)
    events[2][6] = 30  # a number cell
    data = xlsx_bytes({"notes": [["our own notes"]], "matters": matters, "events": events})
    assert read_matters(data, source="ledger.xlsx") == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_matters_from_two_csv_files(encoding: str) -> None:
    got = read_matters(
        csv_bytes(MATTERS_ZH, encoding=encoding),
        source="matters.csv",
        events=csv_bytes(EVENTS_ZH, encoding=encoding),
        events_source="events.csv",
    )
    assert got == EXPECTED


def test_a_csv_of_matters_and_a_workbook_of_events() -> None:
    got = read_matters(
        csv_bytes(MATTERS_ZH),
        source="matters.csv",
        events=xlsx_bytes({"办理过程": EVENTS_ZH}),
        events_source="events.xlsx",
    )
    assert got == EXPECTED


def test_an_unnamed_matters_sheet_after_the_events_sheet() -> None:
    data = xlsx_bytes({"办理过程": EVENTS_ZH, "Sheet2": MATTERS_ZH})
    assert read_matters(data, source="台账.xlsx") == EXPECTED


def test_matters_without_events() -> None:
    (first, second) = read_matters(csv_bytes(MATTERS_ZH), source="matters.csv")
    assert first.events == ()
    assert second.petitioner_count == 6
    assert first.petitioner_count == 2  # the number of ids


def test_ak_s_2_3_the_matters_read_feed_supervision() -> None:
    matters = read_matters(
        xlsx_bytes({"信访事项": MATTERS_ZH, "办理过程": EVENTS_ZH}), source="台账.xlsx"
    )
    report = supervise(matters, as_of=date(2026, 6, 30))
    found = {(f.rule_id, f.matter_ids) for f in report.findings}
    assert ("AK-S-2.3", ("AK-2026-0002",)) in found  # 信访人数 6: a collective petition
    assert ("AK-S-2.4", ("AK-2026-0001",)) in found  # answered 2026-05-20, never fed back


def _error(events: list, **kwargs: object) -> SheetError:
    data = xlsx_bytes({"信访事项": MATTERS_ZH, "办理过程": events})
    with pytest.raises(SheetError) as e:
        read_matters(data, source="台账.xlsx", **kwargs)  # type: ignore[arg-type]
    return e.value


def test_an_error_in_the_events_sheet_names_the_sheet() -> None:
    bad = [*EVENTS_ZH, ["AK-2026-0002", "督查督办", "2026-04-25", "", "", "", "", "", "飞书督办"]]
    e = _error(bad)
    assert (e.source, e.sheet, e.row, e.column) == ("台账.xlsx", "办理过程", 7, "督办方式")
    assert str(e).startswith(
        "台账.xlsx, sheet 办理过程, row 7, column 督办方式: '飞书督办' is not a supervision method"
    )
    assert e.render("zh").startswith("台账.xlsx，工作表“办理过程”，第7行，“督办方式”列：")


def test_nat_2_an_answer_before_the_acceptance_is_placed_at_its_row() -> None:
    events = [
        EVENTS_ZH[0],
        ["AK-2026-0001", "书面答复", "2026-03-04", "", "", "", "", "", ""],
        ["AK-2026-0001", "受理", "2026-03-05", "", "", "", "", "", ""],
    ]
    e = _error(events)
    assert (e.sheet, e.row, e.column) == ("办理过程", 2, "日期")
    assert "matter 'AK-2026-0001': a written answer on 2026-03-04 with no acceptance" in str(e)


def test_an_event_before_receipt() -> None:
    events = [EVENTS_ZH[0], ["AK-2026-0002", "受理", "2026-03-01", "", "", "", "", "", ""]]
    e = _error(events)
    assert (e.row, e.column) == (2, "日期")
    assert "is before received_on 2026-03-09" in str(e)


def test_a_matter_accepted_twice_points_at_the_kind() -> None:
    row = ["AK-2026-0001", "受理", "2026-03-05", "", "", "", "", "", ""]
    e = _error([EVENTS_ZH[0], row, [*row[:2], "2026-03-06", *row[3:]]])
    assert (e.row, e.column) == (3, "事件类型")
    assert "a second 'accepted' event" in str(e)


def test_a_column_that_does_not_apply_to_the_kind() -> None:
    e = _error(
        [EVENTS_ZH[0], ["AK-2026-0001", "受理", "2026-03-05", "", "", "", "", "", "电话督办"]]
    )
    assert (e.row, e.column) == (2, "督办方式")
    assert str(e).endswith(
        "督办方式 does not apply to an event of kind 'accepted'; clear the cell (it applies to: "
        "supervision_opened)"
    )
    assert "“督办方式”不适用于“受理”" in e.render("zh")


def test_nat_2_an_extension_needs_its_days() -> None:
    e = _error(
        [
            EVENTS_ZH[0],
            ["AK-2026-0001", "受理", "2026-03-05", "", "", "", "", "", ""],
            ["AK-2026-0001", "延期", "2026-04-01", "", "", "复杂", "", "", ""],
        ]
    )
    assert (e.row, e.column) == (3, "延长天数")
    assert str(e).endswith("an event of kind 'extended' needs 延长天数; fill it in")


def test_an_event_needs_its_column_even_when_the_sheet_lacks_it() -> None:
    events = [["事项编号", "事件类型", "日期"], ["AK-2026-0002", "转送交办", "2026-03-10"]]
    e = _error(events)
    assert (e.row, e.column) == (2, "转送或承办对象")


def test_an_event_of_an_unknown_matter() -> None:
    e = _error([EVENTS_ZH[0], ["AK-2026-0009", "受理", "2026-03-05", "", "", "", "", "", ""]])
    assert (e.row, e.column) == (2, "事项编号")
    assert "no matter 'AK-2026-0009' in 台账.xlsx (信访事项)" in str(e)


def test_a_matter_given_twice() -> None:
    data = csv_bytes([*MATTERS_ZH, MATTERS_ZH[1]])
    with pytest.raises(SheetError) as e:
        read_matters(data, source="matters.csv")
    assert (e.value.row, e.value.column) == (4, "事项编号")
    assert "'AK-2026-0001' is also in row 2; every matter needs its own id" in str(e.value)


def test_an_unknown_channel() -> None:
    rows = [MATTERS_ZH[0], ["AK-1", "2026-03-02", "微信", "", "", "工资", "某公司", "", ""]]
    with pytest.raises(SheetError) as e:
        read_matters(csv_bytes(rows), source="matters.csv")
    assert (e.value.row, e.value.column) == (2, "信访形式")
    assert "use one of visit (走访), letter (来信), telephone (来电), online (网上信访)" in str(
        e.value
    )


def test_fewer_petitioners_than_ids_points_at_the_count() -> None:
    rows = [
        MATTERS_ZH[0],
        ["AK-1", "2026-03-02", "走访", "P-1、P-2", "1", "工资", "某公司", "", ""],
    ]
    with pytest.raises(SheetError) as e:
        read_matters(csv_bytes(rows), source="matters.csv")
    assert (e.value.row, e.value.column) == (2, "信访人数")
    assert "1 is fewer than the 2 petitioner_ids given" in str(e.value)


def test_events_given_twice() -> None:
    data = xlsx_bytes({"信访事项": MATTERS_ZH, "办理过程": EVENTS_ZH})
    with pytest.raises(SheetError, match="has an events sheet \\(办理过程\\) and an events file"):
        read_matters(
            data, source="台账.xlsx", events=csv_bytes(EVENTS_ZH), events_source="events.csv"
        )


def test_events_need_their_file_name() -> None:
    with pytest.raises(ValueError, match="events_source"):
        read_matters(csv_bytes(MATTERS_ZH), source="m.csv", events=csv_bytes(EVENTS_ZH))


def test_errors_in_a_separate_events_file_name_that_file() -> None:
    bad = [*EVENTS_ZH, ["AK-2026-0001", "办好了", "2026-05-21", "", "", "", "", "", ""]]
    with pytest.raises(SheetError) as e:
        read_matters(
            csv_bytes(MATTERS_ZH),
            source="matters.csv",
            events=csv_bytes(bad),
            events_source="events.csv",
        )
    assert (e.value.source, e.value.sheet, e.value.row, e.value.column) == (
        "events.csv",
        None,
        7,
        "事件类型",
    )
