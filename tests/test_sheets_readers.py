"""People, absences, reception records and announced dates from the files offices keep
(issue 10, item 1): CSV in UTF-8, UTF-8 with a BOM, GB18030 (and UTF-16), XLSX with real
date cells and text dates, Chinese and English headers, and errors that name the file,
the row and the column.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import date, datetime, time

import pytest

from _sheets_support import csv_bytes, xlsx_bytes
from receptionrules.duty import Absence, AbsenceReason, Availability, Person, ReceptionRecord
from receptionrules.sheets import (
    SheetError,
    read_absences,
    read_announced,
    read_people,
    read_records,
)

PEOPLE_ZH = [
    ["编号", "姓名", "职务", "角色", "在岗"],
    ["ts1", "王强", "副镇长", "副科级领导", "是"],
    ["ts2", "李芳", "派出所所长", "所、站长", ""],
    ["ts3", "赵磊", "武装部长", "副科级领导、所、站长", "否"],
]
PEOPLE_EN = [
    ["ID", "Name", "Title", "Roles", "Active"],
    ["ts1", "王强", "副镇长", "deputy_section_leader", "yes"],
    ["ts2", "李芳", "派出所所长", "station chief", ""],
    ["ts3", "赵磊", "武装部长", "deputy_section_leader; station_chief", "N"],
]
EXPECTED_PEOPLE = (
    Person(id="ts1", name="王强", title="副镇长", roles=["deputy_section_leader"]),
    Person(id="ts2", name="李芳", title="派出所所长", roles=["station_chief"]),
    Person(
        id="ts3",
        name="赵磊",
        title="武装部长",
        roles=["deputy_section_leader", "station_chief"],
        active=False,
    ),
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
@pytest.mark.parametrize("rows", [PEOPLE_ZH, PEOPLE_EN], ids=["zh", "en"])
def test_people_from_csv_in_every_encoding_offices_save(encoding: str, rows: list) -> None:
    data = csv_bytes(rows, encoding=encoding)
    if encoding == "utf-8-sig":
        assert data.startswith(codecs.BOM_UTF8)  # what Notepad and Excel write
    assert read_people(data, source="people.csv") == EXPECTED_PEOPLE


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_dialects(delimiter: str) -> None:
    data = csv_bytes(PEOPLE_ZH, delimiter=delimiter, encoding="gb18030")
    assert read_people(data, source="people.csv") == EXPECTED_PEOPLE


def test_excels_sep_line_and_quoted_lists() -> None:
    text = 'sep=;\r\n编号;姓名;角色\r\nts3;赵磊;"副科级领导\n所、站长"\r\n'
    (p,) = read_people(text.encode("utf-8-sig"), source="people.csv")
    assert p.roles == EXPECTED_PEOPLE[2].roles


def test_people_from_xlsx_with_any_sheet_name() -> None:
    for title in ("人员", "Sheet1", "people"):
        data = xlsx_bytes({title: PEOPLE_ZH})
        assert read_people(data, source="people.xlsx") == EXPECTED_PEOPLE


def test_the_sheet_named_for_the_kind_is_read_wherever_it_is() -> None:
    data = xlsx_bytes({"说明": [["本表为值班人员名单"]], "值班人员": PEOPLE_ZH})
    assert read_people(data, source="people.xlsx") == EXPECTED_PEOPLE


def test_xlsx_cells_of_other_types() -> None:
    rows = [
        ["编号", "姓名", "角色", "在岗"],
        [1001, "王强", "副科级领导", True],
        [1002.0, "李芳", "所、站长", 0],
    ]
    people = read_people(xlsx_bytes({"人员": rows}), source="people.xlsx")
    assert [(p.id, p.active) for p in people] == [("1001", True), ("1002", False)]


def test_empty_rows_are_skipped_and_rows_keep_their_numbers() -> None:
    rows = [PEOPLE_ZH[0], [], PEOPLE_ZH[1], ["", " ", "", "", ""], PEOPLE_ZH[2], ["ts9"], [], []]
    for data, source in (
        (csv_bytes(rows), "people.csv"),
        (xlsx_bytes({"人员": rows}), "people.xlsx"),
    ):
        with pytest.raises(SheetError) as e:
            read_people(data, source=source)
        assert (e.value.row, e.value.column) == (6, "姓名")
        assert str(e.value) == (
            f"{source}, row 6, column 姓名: the cell is empty; 姓名 is required, fill it in"
        )


def test_a_header_only_file_holds_nobody() -> None:
    assert read_people(csv_bytes([PEOPLE_ZH[0]]), source="people.csv") == ()


def test_an_empty_file_says_what_the_header_needs() -> None:
    with pytest.raises(SheetError) as e:
        read_people(b"", source="people.csv")
    assert e.value.row == 1
    assert "编号 (id), 姓名 (name)" in str(e.value)


# -- errors: each names the file, the row and the column ---------------------------------


def _people_error(rows: list, source: str = "people.csv") -> SheetError:
    with pytest.raises(SheetError) as e:
        read_people(csv_bytes(rows), source=source)
    return e.value


def test_an_unknown_role_names_file_row_column_and_the_roles() -> None:
    e = _people_error([PEOPLE_ZH[0], PEOPLE_ZH[1], PEOPLE_ZH[2], ["ts4", "钱七", "", "deputy"]])
    assert (e.source, e.row, e.column) == ("people.csv", 4, "角色")
    assert str(e).startswith("people.csv, row 4, column 角色: 'deputy' is not a role; use one of ")
    assert "deputy_section_leader (副科级领导)" in str(e)
    assert e.render("zh").startswith("people.csv，第4行，“角色”列：“deputy”不是有效的角色")


def test_an_unknown_header_names_the_nearest() -> None:
    e = _people_error([["编号", "姓命", "角色"], ["a", "b", "市长"]])
    assert (e.row, e.column) == (1, "姓命")
    assert str(e) == (
        "people.csv, row 1, column 姓命: '姓命' is not a column of people; did you mean 姓名?"
    )
    e = _people_error([["id", "nmae", "roles"]])
    assert str(e).endswith("'nmae' is not a column of people; did you mean name?")


def test_a_header_nothing_like_any_column_lists_them() -> None:
    e = _people_error([["编号", "姓名", "角色", "手机号码"]])
    assert e.column == "手机号码"
    assert "编号/id, 姓名/name, 职务/title, 角色/roles" in str(e)


def test_a_column_given_twice() -> None:
    e = _people_error([["编号", "姓名", "角色", "Name"]])
    assert (e.row, e.column) == (1, "Name")
    assert "'Name' is the same column as '姓名' (column B); keep one" in str(e)


def test_missing_required_columns_are_named_in_the_files_language() -> None:
    e = _people_error([["编号", "职务"]])
    assert (e.row, e.column) == (1, "姓名")
    assert "the header row lacks the required column(s) 姓名、角色; add them" in str(e)
    e = _people_error([["id", "name"]])
    assert e.column == "roles"
    assert "column(s) roles;" in str(e)


def test_a_value_under_no_header() -> None:
    e = _people_error([["编号", "姓名", "角色"], ["a", "b", "市长", "", "多余"]])
    assert (e.row, e.column) == (2, "E")
    assert "'多余' is in column E, which has no header" in str(e)


def test_a_repeated_id_names_both_rows() -> None:
    e = _people_error([PEOPLE_ZH[0], PEOPLE_ZH[1], PEOPLE_ZH[2], PEOPLE_ZH[1]])
    assert (e.row, e.column) == (4, "编号")
    assert "'ts1' is also in row 2; every person needs their own id" in str(e)


def test_not_yes_or_no() -> None:
    e = _people_error([PEOPLE_EN[0], ["a", "b", "", "mayor", "maybe"]])
    assert (e.row, e.column) == (2, "Active")
    assert "'maybe' is not yes or no" in str(e)


def test_xlsx_errors_name_the_row_as_excel_shows_it() -> None:
    rows = [PEOPLE_ZH[0], [], [], PEOPLE_ZH[1], ["ts5", "周八", "", "deputy"]]
    with pytest.raises(SheetError) as e:
        read_people(xlsx_bytes({"人员": rows}), source="名单.xlsx")
    assert str(e.value).startswith("名单.xlsx, row 5, column 角色: 'deputy' is not a role")


# -- the file as a whole --------------------------------------------------------------


def test_text_in_no_known_encoding() -> None:
    with pytest.raises(SheetError) as e:
        read_people(b"\xff\xff\xff,\xfe\n", source="people.csv")
    assert e.value.row is None
    assert str(e.value) == (
        "people.csv: the text is neither UTF-8 (with or without a BOM) nor GB18030, nor UTF-16 "
        "with a BOM; save it again as CSV UTF-8"
    )


def test_an_old_binary_excel_file() -> None:
    with pytest.raises(SheetError, match=r"people\.xls: this is an old binary Excel \(\.xls\)"):
        read_people(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, source="people.xls")


def test_format_asked_for_and_format_found() -> None:
    xlsx = xlsx_bytes({"人员": PEOPLE_ZH})
    assert read_people(xlsx, source="p", format="xlsx") == EXPECTED_PEOPLE
    with pytest.raises(SheetError, match="format 'csv' was asked for, but the file is an XLSX"):
        read_people(xlsx, source="p", format="csv")
    with pytest.raises(SheetError, match="not a readable XLSX workbook"):
        read_people(csv_bytes(PEOPLE_ZH), source="p", format="xlsx")
    with pytest.raises(ValueError, match="format='ods'"):
        read_people(xlsx, source="p", format="ods")  # type: ignore[arg-type]


def test_an_opendocument_spreadsheet_is_named() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(SheetError, match=r"it is an OpenDocument spreadsheet, \.ods"):
        read_people(out.getvalue(), source="people.ods")


def test_a_damaged_workbook() -> None:
    data = xlsx_bytes({"人员": PEOPLE_ZH})
    with pytest.raises(SheetError, match=r"people\.xlsx: not a readable XLSX workbook"):
        read_people(data[: len(data) // 2], source="people.xlsx")
    with pytest.raises(SheetError, match="not a readable XLSX workbook"):
        read_people(b"PK\x03\x04" + b"\0" * 50, source="people.xlsx")


def test_a_damaged_zip_header_is_a_sheet_error_not_a_crash() -> None:
    # A byte of the central directory naming an unknown zip version (found by fuzzing:
    # zipfile raises NotImplementedError there, not BadZipFile).
    data = bytearray(xlsx_bytes({"人员": PEOPLE_ZH}))
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 69  # "version needed to extract": 6.9
    with pytest.raises(SheetError, match=r"people\.xlsx: not a readable XLSX workbook"):
        read_people(bytes(data), source="people.xlsx")


def test_size_limits_are_checked_up_front() -> None:
    data = csv_bytes(PEOPLE_ZH)
    with pytest.raises(SheetError) as e:
        read_people(data, source="people.csv", max_bytes=50)
    assert str(e.value).startswith(f"people.csv: the file is {len(data)} bytes, over the limit")
    with pytest.raises(SheetError) as e:
        read_people(data, source="people.csv", max_rows=2)
    assert e.value.row == 4
    assert "more than 2 rows" in str(e.value)
    with pytest.raises(SheetError) as e:
        read_people(xlsx_bytes({"人员": PEOPLE_ZH}), source="people.xlsx", max_rows=2)
    assert e.value.row == 4
    assert read_people(data, source="people.csv", max_rows=3) == EXPECTED_PEOPLE


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    data = out.getvalue()
    assert len(data) < 100_000
    with pytest.raises(SheetError, match="the workbook unpacks to 3000000 bytes, over the limit"):
        read_people(data, source="bomb.xlsx", max_bytes=100_000)


def test_data_must_be_bytes() -> None:
    with pytest.raises(TypeError, match="data must be the file's bytes, not str"):
        read_people("编号,姓名", source="p.csv")  # type: ignore[arg-type]


# -- absences ---------------------------------------------------------------------------


def test_absences_with_chinese_reasons_and_text_dates() -> None:
    rows = [
        ["人员编号", "开始日期", "结束日期", "原因", "备注"],
        ["ts1", "2026/5/6", "2026年5月8日", "请假", "年休假"],
        ["ts2", "20260507", "", "参加上级召开的会议", ""],
        ["ts3", "2026.5.11", "2026.5.12", "", ""],
    ]
    expected = Availability(
        absences=(
            Absence(
                person="ts1",
                first=date(2026, 5, 6),
                last=date(2026, 5, 8),
                reason="leave",
                note="年休假",
            ),
            Absence(person="ts2", first=date(2026, 5, 7), reason="superior_meeting"),
            Absence(person="ts3", first=date(2026, 5, 11), last=date(2026, 5, 12)),
        )
    )
    for encoding in ("utf-8-sig", "gb18030"):
        got = read_absences(csv_bytes(rows, encoding=encoding), source="请假.csv")
        assert got == expected
    assert not got.is_available("ts1", date(2026, 5, 7))
    assert got.absence("ts3", date(2026, 5, 12)).reason is AbsenceReason.OTHER


def test_absences_from_xlsx_date_cells() -> None:
    rows = [
        ["person", "first", "last", "reason"],
        ["ts1", datetime(2026, 5, 6), datetime(2026, 5, 8), "away"],
        ["ts2", 46149, None, "出差"],
    ]  # a serial typed into a number cell: 2026-05-07
    got = read_absences(xlsx_bytes({"absences": rows}), source="absences.xlsx")
    assert [(a.person, a.first, a.until, a.reason.value) for a in got.absences] == [
        ("ts1", date(2026, 5, 6), date(2026, 5, 8), "away"),
        ("ts2", date(2026, 5, 7), date(2026, 5, 7), "away"),
    ]


def test_an_absence_ending_before_it_starts_points_at_the_last_day() -> None:
    rows = [["人员编号", "开始日期", "结束日期"], ["ts1", "2026-05-08", "2026-05-06"]]
    with pytest.raises(SheetError) as e:
        read_absences(csv_bytes(rows), source="请假.csv")
    assert (e.value.row, e.value.column) == (2, "结束日期")
    assert "last=2026-05-06 is before first=2026-05-08" in str(e.value)


def test_an_unknown_reason() -> None:
    rows = [["人员编号", "开始日期", "原因"], ["ts1", "2026-05-08", "生病了"]]
    with pytest.raises(SheetError) as e:
        read_absences(csv_bytes(rows), source="请假.csv")
    assert (e.value.row, e.value.column) == (2, "原因")
    assert "'生病了' is not an absence reason; use one of leave (请假)" in str(e.value)


# -- reception records ----------------------------------------------------------------


def test_ak_r_6_3_records_from_a_visit_register() -> None:
    rows = [
        ["接待制度", "日期", "开始时间", "结束时间", "地点", "接待人员", "参加单位", "接待人次"],
        ["wenfu-school", "2026/3/2", "8:00", "11时", "校信访接待室", "wf1、wf2", "", "3人次"],
        [
            "wenfu-school",
            "2026年3月9日",
            "08:00",
            "11:00",
            "校信访接待室",
            "wf1",
            "教务处，总务处",
            "",
        ],
    ]
    expected = (
        ReceptionRecord(
            regime="wenfu-school",
            day=date(2026, 3, 2),
            start=time(8),
            end=time(11),
            location="校信访接待室",
            receivers=["wf1", "wf2"],
            visits=3,
        ),
        ReceptionRecord(
            regime="wenfu-school",
            day=date(2026, 3, 9),
            start=time(8),
            end=time(11),
            location="校信访接待室",
            receivers=["wf1"],
            units_present=["教务处", "总务处"],
        ),
    )
    assert read_records(csv_bytes(rows, encoding="gb18030"), source="登记.csv") == expected


def test_records_from_xlsx_time_and_datetime_cells() -> None:
    rows = [
        ["day", "start", "end", "location", "receivers"],
        [datetime(2026, 3, 2), time(8), time(11, 30), "校信访接待室", "wf1"],
        [
            datetime(2026, 3, 9),
            datetime(2026, 3, 9, 8),
            datetime(2026, 3, 9, 11),
            "校信访接待室",
            None,
        ],
    ]
    got = read_records(xlsx_bytes({"records": rows}), source="records.xlsx", regime="wenfu-school")
    assert [(r.regime, r.day, r.start, r.end) for r in got] == [
        ("wenfu-school", date(2026, 3, 2), time(8), time(11, 30)),
        ("wenfu-school", date(2026, 3, 9), time(8), time(11)),
    ]


def test_a_records_file_without_a_regime_column_needs_the_regime() -> None:
    rows = [["日期", "开始时间", "结束时间", "地点"], ["2026-03-02", "8:00", "11:00", "接待室"]]
    with pytest.raises(SheetError) as e:
        read_records(csv_bytes(rows), source="登记.csv")
    assert (e.value.row, e.value.column) == (1, "接待制度")
    (r,) = read_records(csv_bytes(rows), source="登记.csv", regime="wenfu-school")
    assert r.regime == "wenfu-school"


def test_a_start_on_another_day() -> None:
    rows = [
        ["日期", "开始时间", "结束时间", "地点"],
        ["2026-03-02", "2026-03-03 08:00", "11:00", "接待室"],
    ]
    with pytest.raises(SheetError) as e:
        read_records(csv_bytes(rows), source="登记.csv", regime="wenfu-school")
    assert (e.value.row, e.value.column) == (2, "开始时间")
    assert "is on 2026-03-03, but the row's day is 2026-03-02" in str(e.value)


def test_an_end_before_the_start_points_at_the_end() -> None:
    rows = [["日期", "开始时间", "结束时间", "地点"], ["2026-03-02", "11:00", "8:00", "接待室"]]
    with pytest.raises(SheetError) as e:
        read_records(csv_bytes(rows), source="登记.csv", regime="wenfu-school")
    assert (e.value.row, e.value.column) == (2, "结束时间")
    assert "end=08:00:00 must be after start=11:00:00" in str(e.value)


def test_a_number_too_long_to_be_a_count() -> None:
    rows = [
        ["日期", "开始时间", "结束时间", "地点", "接待人次"],
        ["2026-03-02", "8:00", "11:00", "接待室", "9" * 5000],
    ]
    with pytest.raises(SheetError) as e:
        read_records(csv_bytes(rows), source="登记.csv", regime="wenfu-school")
    assert (e.value.row, e.value.column, e.value.code) == (2, "接待人次", "sheets.not_int")


def test_a_negative_visit_count() -> None:
    rows = [
        ["日期", "开始时间", "结束时间", "地点", "接待人次"],
        ["2026-03-02", "8:00", "11:00", "接待室", "-1"],
    ]
    with pytest.raises(SheetError) as e:
        read_records(csv_bytes(rows), source="登记.csv", regime="wenfu-school")
    assert (e.value.row, e.value.column) == (2, "接待人次")
    assert "'-1': Input should be greater than or equal to 0" in str(e.value)


# -- announced dates --------------------------------------------------------------------


def test_mc_1_announced_dates_sorted_from_text_and_date_cells() -> None:
    rows = [
        ["日期", "备注"],
        ["2026年3月16日", "市长接待"],
        [datetime(2026, 1, 12), ""],
        ["2026/2/9", ""],
    ]
    expected = (date(2026, 1, 12), date(2026, 2, 9), date(2026, 3, 16))
    assert read_announced(xlsx_bytes({"公布日期": rows}), source="dates.xlsx") == expected
    text_rows = [
        [r[0].date().isoformat() if isinstance(r[0], datetime) else r[0], r[1]] for r in rows
    ]
    assert read_announced(csv_bytes(text_rows), source="dates.csv") == expected


def test_mc_1_a_date_announced_twice() -> None:
    rows = [["date"], ["2026-01-12"], ["2026/2/9"], ["2026年1月12日"]]
    with pytest.raises(SheetError) as e:
        read_announced(csv_bytes(rows), source="dates.csv")
    assert (e.value.row, e.value.column) == (4, "date")
    assert "'2026-01-12' is also in row 2; a date is announced once" in str(e.value)


def test_mc_1_announced_dates_feed_the_regime() -> None:
    import receptionrules as rr

    dates = read_announced(csv_bytes([["日期"], ["2026-03-16"]]), source="dates.csv")
    regime = rr.preset("mediation-centre-mayor").with_announced_dates(*dates)
    assert regime.next_reception(date(2026, 3, 1)).day == date(2026, 3, 16)
