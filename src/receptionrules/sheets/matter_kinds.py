"""The input kinds of the supervision engine: petition matters and their events.

The event columns are read off the event models of :mod:`receptionrules.supervision`
(:data:`~receptionrules.supervision.MatterEvent`): each kind's own fields (``to`` of a
transfer, ``days`` of an extension, ``method`` of supervision, …) are columns, left
empty where they don't apply; :attr:`Column.applies_to` lists the kinds of each.

>>> EVENTS.column("method").applies_to
('supervision_opened',)
>>> [c.key for c in MATTERS.required]
['id', 'received_on', 'channel', 'subject', 'place']
"""

from __future__ import annotations

from receptionrules.sheets.columns import Column, InputKind, ValueKind
from receptionrules.sheets.vocab import (
    CHANNELS,
    EVENT_KINDS,
    METHODS,
    Choice,
    Vocabulary,
    event_models,
)
from receptionrules.supervision import ClaimRoute, MatterCategory, OpinionOutcome, Satisfaction

__all__ = ["EVENTS", "MATTERS"]

MATTERS = InputKind(
    "matters",
    "信访事项",
    "matters",
    (
        Column(
            "id",
            "事项编号",
            "id",
            "text",
            required=True,
            aliases=("编号", "信访事项编号", "matter id"),
            note_en="the bureau's id of the matter",
            note_zh="信访事项编号",
        ),
        Column(
            "received_on",
            "登记日期",
            "received on",
            "date",
            required=True,
            aliases=("收到日期", "登记时间", "received"),
            note_en="the day it was received (登记)",
            note_zh="登记日期",
        ),
        Column(
            "channel",
            "信访形式",
            "channel",
            "choice",
            required=True,
            vocabulary=CHANNELS,
            aliases=("形式", "信访方式"),
            note_en="how it came in",
            note_zh="信访形式",
        ),
        Column(
            "petitioner_ids",
            "信访人编号",
            "petitioner ids",
            "list",
            aliases=("信访人", "petitioners"),
            note_en="the petitioners' ids (empty for an anonymous letter)",
            note_zh="信访人编号（匿名信可空）",
        ),
        Column(
            "petitioner_count",
            "信访人数",
            "petitioner count",
            "int",
            aliases=("人数",),
            note_en="how many petitioned together (empty: the number of ids, at least 1)",
            note_zh="信访人数（空为信访人编号的个数，至少1）",
        ),
        Column(
            "subject",
            "事项类别",
            "subject",
            "text",
            required=True,
            aliases=("问题类别", "类别", "主题", "内容分类"),
            note_en="the topic, a code from the bureau's own list",
            note_zh="问题类别，按本单位的分类填写",
        ),
        Column(
            "place",
            "涉及地方或单位",
            "place",
            "text",
            required=True,
            aliases=("涉及地方", "涉及单位", "被反映单位", "地方或单位"),
            note_en="the place or unit the matter is against",
            note_zh="所反映的地方或单位",
        ),
        Column(
            "handling_organ",
            "办理机关",
            "handling organ",
            "text",
            aliases=("办理单位", "承办机关"),
            note_en="the organ handling it, if known",
            note_zh="办理机关（如已知）",
        ),
        Column(
            "in_legal_proceedings",
            "已进入法定程序",
            "in legal proceedings",
            "bool",
            aliases=("涉法涉诉", "法定途径"),
            note_en="是 if already in litigation, arbitration or another legal process "
            "(MC-4); empty: 否",
            note_zh="已进入诉讼、仲裁等法定程序填“是”；空为“否”",
        ),
    ),
    sheet_names=("事项", "台账", "信访台账", "matter"),
    note_en="petition matters (信访事项), one per row; their events on the events sheet",
    note_zh="信访事项，每行一件；办理过程见办理过程表",
)

# The event fields a column is made for: header zh, en, what it holds, other headers,
# notes. A field of an event model missing here still gets a text column.
_EVENT_FIELDS: dict[str, tuple[str, str, ValueKind, tuple[str, ...], str, str]] = {
    "by": (
        "经办机关或人员",
        "by",
        "text",
        ("经办", "经办人", "经办机关"),
        "who did it (accepting organ, objecting organ, supervising office)",
        "经办的机关或人员（受理机关、提出异议的机关、督办单位）",
    ),
    "to": (
        "转送或承办对象",
        "to",
        "text",
        ("转送机关", "承办人", "承办单位", "转至"),
        "the organ transferred to, or the handler assigned",
        "转送的机关或交办的承办人",
    ),
    "reason": (
        "原因",
        "reason",
        "text",
        ("理由", "事由"),
        "why (declined, objection, extension, pause: required for the last two)",
        "原因（不予受理、异议、延期、暂停计时；延期和暂停必填）",
    ),
    "deadline": (
        "承办期限",
        "deadline",
        "date",
        ("期限", "办理期限"),
        "the handler's deadline",
        "交办的办理期限",
    ),
    "days": (
        "延长天数",
        "days",
        "int",
        ("延期天数", "天数"),
        "how many days the period is extended (Nat-2)",
        "延长的天数",
    ),
    "petitioner_told": (
        "已告知信访人",
        "petitioner told",
        "bool",
        ("告知信访人", "是否告知"),
        "是 if the petitioner was told why (Nat-2); empty: 是",
        "是否已向信访人说明延期理由；空为“是”",
    ),
    "method": (
        "督办方式",
        "method",
        "choice",
        ("方式",),
        "the supervision method (AK-S-3)",
        "督查督办方式",
    ),
    "unit": (
        "责任单位",
        "unit",
        "text",
        ("被督办单位",),
        "the unit at fault (empty: the handling organ; AK-S-7)",
        "有过错的单位（空为办理机关）",
    ),
    "note": ("备注", "note", "text", ("说明",), "free text", "自由填写"),
    # The events of issue 11 (Nat-4, Nat-7 … Nat-10, repeats).
    "category": (
        "信访事项分类",
        "category",
        "choice",
        ("分类结果",),
        "suggestion, accusation or claim (Nat-7)",
        "建议意见类、检举控告类或申诉求决类",
    ),
    "route": (
        "处理途径",
        "route",
        "choice",
        ("申诉求决类途径",),
        "the route of a claim, art. 31 items (1)–(6) (Nat-8)",
        "申诉求决类事项的处理途径（第三十一条第一至六项）",
    ),
    "outcome": (
        "意见结论",
        "outcome",
        "choice",
        ("处理意见结论",),
        "supported, explained or not supported (Nat-9)",
        "予以支持、解释说明或不予支持",
    ),
    "clock": (
        "计时环节",
        "clock",
        "choice",
        ("暂停环节",),
        "the duty clock paused or resumed (Nat-4)",
        "暂停或恢复计时的办理环节",
    ),
    "satisfaction": (
        "评价结果",
        "satisfaction",
        "choice",
        ("满意度",),
        "satisfied, basically satisfied or dissatisfied (Nat-10)",
        "满意、基本满意或不满意",
    ),
    "of": (
        "所重复的事项编号",
        "repeats",
        "text",
        ("原事项编号",),
        "the earlier matter it repeats",
        "所重复的此前信访事项编号",
    ),
    "merged": (
        "合并办理",
        "merged",
        "bool",
        ("是否合并办理",),
        "是 if handled with the earlier matter; empty: 是",
        "是否与原事项合并办理；空为“是”",
    ),
}


def _vocabulary(what: str, what_zh: str, choices: tuple[tuple[str, str, str], ...]) -> Vocabulary:
    return Vocabulary(what, what_zh, tuple(Choice(v, en, zh) for v, en, zh in choices))


_VOCABULARIES: dict[str, Vocabulary] = {
    "method": METHODS,
    "category": _vocabulary(
        "a category", "信访事项分类", tuple((c.value, c.label, c.label_zh) for c in MatterCategory)
    ),
    "route": _vocabulary(
        "a route", "处理途径", tuple((r.value, r.label, r.label_zh) for r in ClaimRoute)
    ),
    "outcome": _vocabulary(
        "an outcome",
        "意见结论",
        tuple((o.value, o.value.replace("_", " "), o.label_zh) for o in OpinionOutcome),
    ),
    "clock": _vocabulary(
        "a duty clock",
        "计时环节",
        (
            ("register", "registration", "登记受理"),
            ("conclude", "conclusion", "办结"),
            ("review_decision", "review decision", "复查"),
            ("re_review_decision", "re-review decision", "复核"),
        ),
    ),
    "satisfaction": _vocabulary(
        "an evaluation",
        "评价结果",
        tuple((x.value, x.value.replace("_", " "), x.label_zh) for x in Satisfaction),
    ),
}


def _event_columns() -> tuple[Column, ...]:
    kinds_of: dict[str, list[str]] = {}
    for kind, model in event_models().items():
        for name in model.model_fields:
            if name not in ("kind", "on"):
                kinds_of.setdefault(name, []).append(kind)
    columns = [
        Column(
            "matter",
            "事项编号",
            "matter",
            "text",
            required=True,
            aliases=("信访事项编号", "matter id"),
            note_en="the id of the matter (as on the matters sheet)",
            note_zh="信访事项编号（与信访事项表一致）",
        ),
        Column(
            "kind",
            "事件类型",
            "kind",
            "choice",
            required=True,
            vocabulary=EVENT_KINDS,
            aliases=("类型", "事件", "办理环节", "环节", "event"),
            note_en="what happened",
            note_zh="办理环节或督办事件",
        ),
        Column(
            "on",
            "日期",
            "date",
            "date",
            required=True,
            aliases=("办理日期", "发生日期"),
            note_en="the day it happened",
            note_zh="发生日期",
        ),
    ]
    ordered = [f for f in _EVENT_FIELDS if f in kinds_of] + [
        f for f in kinds_of if f not in _EVENT_FIELDS
    ]
    for name in ordered:
        zh, en, value, aliases, note_en, note_zh = _EVENT_FIELDS.get(
            name, (name, name, "text", (), "", "")
        )
        columns.append(
            Column(
                name,
                zh,
                en,
                value,
                vocabulary=_VOCABULARIES.get(name),
                aliases=aliases,
                note_en=note_en,
                note_zh=note_zh,
                applies_to=tuple(kinds_of[name]),
            )
        )
    return tuple(columns)


EVENTS = InputKind(
    "events",
    "办理过程",
    "events",
    _event_columns(),
    sheet_names=("事件", "办理情况", "event", "history"),
    note_en="the dated events of the matters, one per row, keyed by the matter id",
    note_zh="信访事项的办理过程和督办事件，每行一条，以事项编号对应",
)
