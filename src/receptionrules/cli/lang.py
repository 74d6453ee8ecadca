"""The one language option, and the words the command line prints in Chinese and English.

``--lang zh|en`` is on every command, default Chinese: the readers are petition office
staff. JSON keys stay English; values meant for people (weekday labels, reasons,
notices) follow ``--lang``. Codes stay codes (``fixed_point``, ``telephone``): the
text formats show their labels from :data:`LABELS`. English text writes ISO dates.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Literal

from receptionrules.remarks import Language
from receptionrules.supervision import MatterStatus, SupervisionMethod
from receptionrules.wording import weekday_in

__all__ = [
    "DEFAULT_LANG",
    "LABELS",
    "Language",
    "add_lang_option",
    "label",
    "pick",
    "weekday",
    "when",
    "yes_no",
]

DEFAULT_LANG: Language = "zh"

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "finding": {
        "fixed_point": ("定点督查督办", "fixed-point"),
        "special": ("专项督查督办", "special"),
        "collective": ("集体上访", "collective"),
        "repeat_petitioner": ("重点信访老户", "repeat petitioner"),
        "long_open": ("久拖未结", "long open"),
        "overdue": ("超过办理期限", "overdue"),
        "no_feedback": ("未反馈结果", "no feedback"),
        "procedure": ("未按规定程序", "procedure"),
        "buck_passing": ("推诿", "buck-passing"),
        "manual": ("其他需要督查督办", "flagged"),
    },
    "method": {m.value: (m.label_zh, m.label) for m in SupervisionMethod},
    "status": {
        MatterStatus.RECEIVED: ("待受理", "received"),
        MatterStatus.TRANSFERRED: ("已转送", "transferred"),
        MatterStatus.ACCEPTED: ("办理中", "accepted"),
        MatterStatus.ANSWERED: ("已出具意见", "answered"),
        MatterStatus.IN_REVIEW: ("复查中", "in review"),
        MatterStatus.REVIEWED: ("已复查", "reviewed"),
        MatterStatus.IN_RE_REVIEW: ("复核中", "in re-review"),
        MatterStatus.DECLINED: ("不予受理", "declined"),
        MatterStatus.FINAL: ("意见已生效", "final"),
        MatterStatus.CLOSED_TO_PETITION: ("复核终结", "closed to petition"),
        MatterStatus.CONCLUDED: ("已办结", "concluded"),
    },
    "clock": {
        "register": ("受理告知", "decide on acceptance"),
        "transfer_objection": ("对转送提出异议", "object to the transfer"),
        "conclude": ("办理完结", "conclude"),
        "review_request": ("申请复查", "request a review"),
        "review_decision": ("复查意见", "decide the review"),
        "re_review_request": ("申请复核", "request a re-review"),
        "re_review_decision": ("复核意见", "decide the re-review"),
    },
    "problem": {
        "vacant": ("空岗", "vacant"),
        "inactive": ("已不在岗", "inactive"),
        "ineligible": ("不符合岗位要求", "ineligible"),
        "duplicate": ("一人两岗", "one person in two posts"),
    },
    "ground": {
        "supervision_refused": ("拒绝督查督办", "refused supervision"),
        "suggestion_rejected": ("拒不采纳督查改进建议", "rejected the suggestions"),
        "falsification_found": ("弄虚作假", "falsified"),
        "obstruction": ("妨碍督查督办", "obstructed supervision"),
    },
    "announcement": {
        "due": ("待公布", "due"),
        "overdue": ("逾期未公布", "overdue"),
        "to_reannounce": ("须重新公布", "to announce again"),
    },
}
"""Codes the output carries, with their Chinese and English labels, by vocabulary."""


def label(vocabulary: str, code: str, lang: Language) -> str:
    """The label of ``code`` in ``lang`` (the code itself when the vocabulary lacks it)."""
    pair = LABELS[vocabulary].get(code)
    if pair is None:
        return code
    return pair[0] if lang == "zh" else pair[1]


def pick(lang: Language, zh: str, en: str) -> str:
    """``zh`` or ``en``."""
    return zh if lang == "zh" else en


def weekday(day: date, lang: Language) -> str:
    """星期二 or Tuesday."""
    return weekday_in(day, lang)


def when(moment: datetime) -> str:
    """``2026-05-06 08:30``: ISO, in either language."""
    return f"{moment:%Y-%m-%d %H:%M}"


def yes_no(value: object, lang: Language) -> str:
    """是/否, yes/no."""
    return pick(lang, "是" if value else "否", "yes" if value else "no")


def add_lang_option(parser: argparse.ArgumentParser, *, language_alias: bool = False) -> None:
    """``--lang zh|en`` (default zh); with ``language_alias``, the older ``--language``
    too, kept for scripts and hidden from the help."""
    choices: tuple[Literal["zh"], Literal["en"]] = ("zh", "en")
    parser.add_argument(
        "--lang",
        choices=choices,
        default=DEFAULT_LANG,
        help="the language of what people read: zh (default) or en",
    )
    if language_alias:
        parser.add_argument("--language", dest="lang", choices=choices, help=argparse.SUPPRESS)
