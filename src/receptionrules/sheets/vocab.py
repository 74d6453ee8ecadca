"""The values a cell may name, in Chinese or English: roles, absence reasons, channels,
supervision methods, event kinds, yes and no.

Each :class:`Vocabulary` maps what offices write to the model's value: the value itself
(``deputy_section_leader``), its English label (``deputy-section-level leader``), its
Chinese label (``副科级领导``) and a few common variants. Matching ignores case, spaces,
underscores, hyphens and full-width forms.

>>> ROLES.lookup("副科级领导"), ROLES.lookup("Deputy Section Leader")
('deputy_section_leader', 'deputy_section_leader')
>>> EVENT_KINDS.lookup("受理"), YES_NO.lookup("否"), YES_NO.lookup("Y")
('accepted', 'no', 'yes')
>>> ROLES.lookup("deputy") is None
True
>>> ROLES.split("所、站长、副科级领导")
('station_chief', 'deputy_section_leader')
"""

from __future__ import annotations

import re
import typing
import unicodedata
from dataclasses import dataclass, field

from pydantic import BaseModel

from receptionrules.duty import AbsenceReason, Role
from receptionrules.remarks import Language
from receptionrules.supervision import Channel, MatterEvent, SupervisionMethod

__all__ = [
    "ABSENCE_REASONS",
    "CHANNELS",
    "EVENT_KINDS",
    "LIST_SEPARATORS",
    "METHODS",
    "ROLES",
    "YES_NO",
    "Choice",
    "Vocabulary",
    "event_models",
    "fold",
    "split_list",
]

LIST_SEPARATORS = "、，,;；\n"
"""What separates the items of a list in one cell: 、 ， , ; ； or a new line."""
_SPLIT = re.compile("[" + re.escape(LIST_SEPARATORS) + "\r]+")
_IGNORED = re.compile(r"[\s_\-‐‑–—·.]+")


def split_list(text: str) -> tuple[str, ...]:
    """The items of a list cell, trimmed, empty ones dropped.

    >>> split_list("甲、乙， 丙;;丁\\n戊")
    ('甲', '乙', '丙', '丁', '戊')
    """
    return tuple(p for p in (s.strip() for s in _SPLIT.split(text)) if p)


def fold(text: str) -> str:
    """``text`` as compared: full-width forms folded (NFKC), case, spaces, ``_``, ``-`` dropped.

    >>> fold(" Deputy_Section-Leader "), fold("ＹＥＳ")
    ('deputysectionleader', 'yes')
    """
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True, slots=True)
class Choice:
    """One value of a vocabulary and how it may be written."""

    value: str
    en: str
    zh: str
    aliases: tuple[str, ...] = ()

    def label(self, language: Language) -> str:
        """The label in ``language``: Chinese, or the value itself for English."""
        return self.zh if language == "zh" else self.value


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The values of one kind of cell (``what``: 'a role', in Chinese ``what_zh``)."""

    what: str
    what_zh: str
    choices: tuple[Choice, ...]
    index: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        for c in self.choices:
            for spelling in (c.value, c.en, c.zh, *c.aliases):
                key = fold(spelling)
                if index.get(key, c.value) != c.value:
                    raise ValueError(f"{spelling!r} names both {index[key]!r} and {c.value!r}")
                index[key] = c.value
        object.__setattr__(self, "index", index)

    @property
    def values(self) -> tuple[str, ...]:
        """The model's values, in order."""
        return tuple(c.value for c in self.choices)

    def lookup(self, text: str) -> str | None:
        """The value ``text`` names, or ``None``."""
        return self.index.get(fold(text))

    def choice(self, value: str) -> Choice:
        """The :class:`Choice` of a value."""
        for c in self.choices:
            if c.value == value:
                return c
        raise KeyError(value)

    def describe(self, language: Language = "en") -> str:
        """Every choice, e.g. ``'副市长 (vice_mayor), …'`` (English: the value first)."""
        if language == "zh":
            return "、".join(f"{c.zh}（{c.value}）" for c in self.choices)
        return ", ".join(f"{c.value} ({c.zh})" for c in self.choices)

    def split(self, text: str) -> tuple[str | None, ...]:
        """The values named in a list cell, in order; ``None`` for an item that names none.

        A label that itself holds a separator (``所、站长``) is read whole, not split.
        """
        return tuple(self.lookup(item) for item in self.items(text))

    def items(self, text: str) -> tuple[str, ...]:
        """The items of a list cell as written, a label holding a separator kept whole."""
        protected = text
        keep: dict[str, str] = {}
        spellings = sorted(
            (s for c in self.choices for s in (c.value, c.en, c.zh, *c.aliases)),
            key=len,
            reverse=True,
        )
        for s in spellings:
            if _SPLIT.search(s) and s in protected:
                mark = f"\x00{len(keep)}\x00"
                keep[mark] = s
                protected = protected.replace(s, mark)
        out = []
        for piece in split_list(protected):
            for mark, s in keep.items():
                piece = piece.replace(mark, s)
            out.append(piece)
        return tuple(out)


def _from_enum(
    members: typing.Iterable[Role | AbsenceReason | SupervisionMethod],
    aliases: dict[str, tuple[str, ...]],
) -> tuple[Choice, ...]:
    return tuple(Choice(m.value, m.label, m.label_zh, aliases.get(m.value, ())) for m in members)


ROLES = Vocabulary(
    "a role",
    "角色",
    _from_enum(
        Role,
        {
            "city_leader": ("市级领导",),
            "deputy_section_leader": ("副科级", "副科级干部"),
            "station_chief": ("所站长", "站所长", "站、所长", "所，站长", "所,站长"),
            "union_chairman": ("工会主席", "主席"),
        },
    ),
)
"""The duty roles (AK-R-4.1, MC-1, WF-3, TS-1, UN-1)."""

ABSENCE_REASONS = Vocabulary(
    "an absence reason",
    "缺勤原因",
    _from_enum(
        AbsenceReason,
        {
            "leave": ("休假", "事假", "病假", "年休假", "leave"),
            "superior_meeting": ("上级会议", "开会", "参加上级会议", "meeting"),
            "away": ("出差", "外出公干"),
            "other": ("其他", "其它"),
        },
    ),
)
"""Why someone can't be on duty (WF-3 names the first three)."""

CHANNELS = Vocabulary(
    "a channel",
    "信访形式",
    (
        Choice(Channel.VISIT.value, "visit", "走访", ("来访",)),
        Choice(Channel.LETTER.value, "letter", "来信", ("信件",)),
        Choice(Channel.TELEPHONE.value, "telephone", "来电", ("电话", "phone")),
        Choice(Channel.ONLINE.value, "online", "网上信访", ("网上", "网络", "网信")),
    ),
)
"""How a matter reached the bureau (信访形式)."""

METHODS = Vocabulary(
    "a supervision method",
    "督办方式",
    _from_enum(
        SupervisionMethod,
        {
            "telephone": ("电话",),
            "written": ("书面",),
            "meeting": ("督办会议", "会议", "meeting"),
            "on_site": ("现场督办", "现场", "on site"),
        },
    ),
)
"""The supervision methods (AK-S-3)."""

YES_NO = Vocabulary(
    "yes or no",
    "是/否",
    (
        Choice("yes", "yes", "是", ("true", "y", "t", "1", "√", "✓", "✔", "对")),
        Choice("no", "no", "否", ("false", "n", "f", "0", "×", "✗", "✘", "错")),
    ),
)
"""Yes and no: 是/否, yes/no, true/false, Y/N, 1/0, √/×."""


def event_models() -> dict[str, type[BaseModel]]:
    """Each event kind and its model, read off :data:`~receptionrules.supervision.MatterEvent`."""
    (union, *_) = typing.get_args(MatterEvent)
    out: dict[str, type[BaseModel]] = {}
    for model in typing.get_args(union):
        out[str(model.model_fields["kind"].default)] = model
    return out


# The labels of the event kinds: (English, Chinese, other spellings).
_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "accepted": ("accepted", "受理", ()),
    "transferred": ("transferred", "转送交办", ("转送", "交办", "转交", "转办")),
    "declined": ("declined", "不予受理", ()),
    "transfer_objected": ("transfer objected", "转送异议", ("对转送提出异议",)),
    "assigned": ("assigned", "交承办", ("承办", "分办", "指定承办")),
    "extended": ("extended", "延期", ("延长办理期限", "延长期限")),
    "answered": ("answered", "书面答复", ("答复", "出具书面答复意见")),
    "fed_back": ("fed back", "反馈结果", ("反馈",)),
    "review_requested": ("review requested", "请求复查", ("申请复查",)),
    "review_decided": ("review decided", "复查意见", ("出具复查意见",)),
    "re_review_requested": ("re-review requested", "请求复核", ("申请复核",)),
    "re_review_decided": ("re-review decided", "复核意见", ("出具复核意见",)),
    "concluded": ("concluded", "办结", ("终结", "结案")),
    "supervision_opened": ("supervision opened", "督查督办", ("督办", "启动督办")),
    "supervision_refused": ("supervision refused", "拒绝督查督办", ("拒绝督办",)),
    "suggestion_rejected": (
        "suggestion rejected",
        "拒不采纳改进建议",
        ("拒不采纳督查改进建议",),
    ),
    "falsification_found": ("falsification found", "弄虚作假", ("隐瞒事实真相，弄虚作假",)),
    "obstruction": ("obstruction", "妨碍督查督办", ("其它妨碍督查督办", "其他妨碍督查督办")),
    "flagged": ("flagged", "人工标记督办", ("其他需要督查督办的问题", "标记")),
    "opinion": ("handling opinion", "信访处理意见书", ("处理意见书", "出具信访处理意见书")),
    "classified": ("classified", "事项分类", ("分类", "归类")),
    "paused": ("paused", "暂停计时", ("中止计时", "暂停")),
    "resumed": ("resumed", "恢复计时", ("恢复",)),
    "evaluated": ("evaluated", "信访人评价", ("评价", "满意度评价")),
    "repeat": ("repeat", "重复信访", ("重复件", "关联重复信访")),
}

EVENT_KINDS = Vocabulary(
    "an event kind",
    "事件类型",
    tuple(Choice(kind, *_KINDS.get(kind, (kind, kind, ()))) for kind in event_models()),
)
"""The kinds of a petition matter's events (Nat-1 … Nat-4, AK-S-2.5, AK-S-3, AK-S-7), in
the order of :data:`~receptionrules.supervision.MatterEvent`."""
