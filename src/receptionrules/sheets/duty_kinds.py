"""The input kinds of the duty engine: people, absences, reception records, announced dates.

>>> [c.zh for c in PEOPLE.columns]
['编号', '姓名', '职务', '角色', '在岗']
>>> [c.key for c in ABSENCES.required]
['person', 'first']
"""

from __future__ import annotations

from receptionrules.sheets.columns import Column, InputKind
from receptionrules.sheets.vocab import ABSENCE_REASONS, ROLES

__all__ = ["ABSENCES", "ANNOUNCED", "PEOPLE", "RECORDS"]

NOTE = Column(
    "note", "备注", "note", "text", aliases=("说明",), note_en="free text", note_zh="自由填写"
)
"""The free-text note column of the absences and the records (备注)."""

PEOPLE = InputKind(
    "people",
    "人员",
    "people",
    (
        Column(
            "id",
            "编号",
            "id",
            "text",
            required=True,
            aliases=("人员编号", "工号", "person id"),
            note_en="the person's id, as rosters and requests name them",
            note_zh="人员编号，排班表和调班申请用它指人",
        ),
        Column(
            "name",
            "姓名",
            "name",
            "text",
            required=True,
            aliases=("名字",),
            note_en="the name, as on the name plate",
            note_zh="姓名，与公示牌一致",
        ),
        Column(
            "title",
            "职务",
            "title",
            "text",
            aliases=("职位",),
            note_en="the title published with the name (may be empty)",
            note_zh="公示的职务（可空）",
        ),
        Column(
            "roles",
            "角色",
            "roles",
            "choices",
            required=True,
            vocabulary=ROLES,
            aliases=("值班角色", "role", "身份"),
            note_en="the roles that make the person eligible for a post",
            note_zh="可担任值班岗位的角色",
        ),
        Column(
            "active",
            "在岗",
            "active",
            "bool",
            aliases=("是否在岗",),
            note_en="否 (no) for someone who left the post or is on long leave; empty: 是",
            note_zh="离任或长期不在岗填“否”；空为“是”",
        ),
    ),
    sheet_names=("人员名单", "值班人员", "person"),
    note_en="who may be put on duty (AK-R-4.1, MC-1, WF-3, TS-1, UN-1)",
    note_zh="可排班的人员",
)

ABSENCES = InputKind(
    "absences",
    "缺勤",
    "absences",
    (
        Column(
            "person",
            "人员编号",
            "person",
            "text",
            required=True,
            aliases=("编号", "工号", "person id", "id"),
            note_en="the id of the person (as in the people sheet)",
            note_zh="人员编号（与人员表一致）",
        ),
        Column(
            "first",
            "开始日期",
            "first",
            "date",
            required=True,
            aliases=("起始日期", "自", "from", "start", "start date", "first day"),
            note_en="the first day away",
            note_zh="第一天",
        ),
        Column(
            "last",
            "结束日期",
            "last",
            "date",
            aliases=("截止日期", "至", "to", "until", "end", "end date", "last day"),
            note_en="the last day away (empty: the first day only)",
            note_zh="最后一天（空为仅一天）",
        ),
        Column(
            "reason",
            "原因",
            "reason",
            "choice",
            vocabulary=ABSENCE_REASONS,
            aliases=("事由", "缺勤原因"),
            note_en="why (empty: other)",
            note_zh="原因（空为其他原因）",
        ),
        NOTE,
    ),
    sheet_names=("请假", "请假登记", "absence", "availability"),
    note_en="leave, a meeting called by a superior, being away (AK-R-5.1, AK-R-6.1, WF-3)",
    note_zh="请假、参加上级会议、外出等不能值班的日子",
)

RECORDS = InputKind(
    "records",
    "接待登记",
    "records",
    (
        Column(
            "regime",
            "接待制度",
            "regime",
            "text",
            required=True,
            aliases=("制度", "preset"),
            note_en="the regime (preset) name, e.g. wenfu-school",
            note_zh="接待制度（预设）名称，如 wenfu-school",
        ),
        Column(
            "day",
            "日期",
            "day",
            "date",
            required=True,
            aliases=("接待日期", "date"),
            note_en="the day it was held",
            note_zh="接待日期",
        ),
        Column(
            "start",
            "开始时间",
            "start",
            "time",
            required=True,
            aliases=("起始时间", "start time", "from"),
            note_en="when it began (Asia/Shanghai)",
            note_zh="开始时间（北京时间）",
        ),
        Column(
            "end",
            "结束时间",
            "end",
            "time",
            required=True,
            aliases=("截止时间", "end time", "to", "until"),
            note_en="when it ended (Asia/Shanghai)",
            note_zh="结束时间（北京时间）",
        ),
        Column(
            "location",
            "地点",
            "location",
            "text",
            required=True,
            aliases=("接待地点", "place"),
            note_en="where, as the regime writes it",
            note_zh="接待地点，与接待制度的写法一致",
        ),
        Column(
            "receivers",
            "接待人员",
            "receivers",
            "list",
            aliases=("接待领导", "接待人"),
            note_en="the ids of the people who received",
            note_zh="接待人员编号",
        ),
        Column(
            "units_present",
            "参加单位",
            "units present",
            "list",
            aliases=("到场单位", "参加接待单位"),
            note_en="the units that sent staff (AK-R-5.3, AK-R-6.2)",
            note_zh="派员参加接待的单位",
        ),
        Column(
            "visits",
            "接待人次",
            "visits",
            "int",
            aliases=("人次", "来访人次"),
            note_en="how many person-visits were received",
            note_zh="接待来访人次",
        ),
        NOTE,
    ),
    sheet_names=("接待记录", "登记", "record", "visits"),
    note_en="the registration records of receptions held (AK-R-6.3, MC-3, WF-7)",
    note_zh="接待日的登记记录",
)

ANNOUNCED = InputKind(
    "announced",
    "公布日期",
    "announced",
    (
        Column(
            "date",
            "日期",
            "date",
            "date",
            required=True,
            aliases=("接待日期", "day"),
            note_en="an announced reception day",
            note_zh="已公布的接待日",
        ),
        Column(
            "note",
            "备注",
            "note",
            "text",
            aliases=("说明",),
            note_en="free text (not read)",
            note_zh="自由填写（不读取）",
        ),
    ),
    sheet_names=("接待日", "announced dates", "dates"),
    note_en="the reception dates an institution announced in advance (MC-1)",
    note_zh="事先公布的接待日期",
)
