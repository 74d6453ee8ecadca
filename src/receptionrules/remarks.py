"""Remarks: short structured notes attached to results, rendered in English or Chinese.

A remark is a code plus parameters; the text lives here, once, per language, so
every result the library hands to people renders in both languages from the same
structured value.

>>> r = Remark.of("moved", source="2026-05-05", target="2026-05-06",
...               reason="Day off (substituted from 05/09/2026)", direction="next",
...               reason_zh="休息日（由 2026-05-09 调休）", direction_zh="顺延")
>>> r.render("en")
'moved from 2026-05-05 (Day off (substituted from 05/09/2026)) to the next working day, 2026-05-06'
>>> r.render("zh")
'原定2026-05-05（休息日（由 2026-05-09 调休））非工作日，顺延至2026-05-06'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["TEMPLATES", "Cited", "Explained", "Language", "Remark", "register_templates"]

Language = Literal["en", "zh"]

TEMPLATES: dict[str, dict[Language, str]] = {
    "moved": {
        "en": "moved from {source} ({reason}) to the {direction} working day, {target}",
        "zh": "原定{source}（{reason_zh}）非工作日，{direction_zh}至{target}",
    },
    "left_period": {
        "en": "the move leaves {period} (days {first}–{last} of the month); the rule names "
        "{period}, so decide whether to keep this day",
        "zh": "调整后已不在{period}（每月{first}—{last}日），请决定是否保留",
    },
    "other_month": {
        "en": "the move takes the reception out of {month}, the month it belongs to",
        "zh": "调整后已移出所属月份{month}",
    },
    "merged": {
        "en": "also stands for the session due on {source}, moved onto the same day",
        "zh": "与原定{source}的接待合并于同日",
    },
    "non_working_day": {
        "en": "held on a non-working day ({reason})",
        "zh": "在非工作日（{reason_zh}）举行",
    },
    "provisional": {
        "en": "provisional: the official {year} holiday schedule is not known yet "
        "(last official year: {last})",
        "zh": "暂定：{year}年法定节假日安排尚未公布（已知至{last}年）",
    },
}


def register_templates(templates: dict[str, dict[Language, str]]) -> None:
    """Add a module's remark templates to the catalogue; each code once, both languages.

    Modules that produce text for people (findings, refusals, notices) define their
    templates next to their code and register them at import.
    """
    for code, texts in templates.items():
        if code in TEMPLATES and TEMPLATES[code] != texts:
            raise ValueError(f"remark code {code!r} is already registered with other text")
        missing = {"en", "zh"} - set(texts)
        if missing:
            raise ValueError(f"remark code {code!r} lacks {sorted(missing)}")
        TEMPLATES[code] = texts


@dataclass(frozen=True, slots=True)
class Remark:
    """One structured note: a code from :data:`TEMPLATES` and its parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Remark:
        """A remark with these parameters (values are turned into strings)."""
        if code not in TEMPLATES:
            raise ValueError(f"unknown remark code {code!r}; known: {', '.join(TEMPLATES)}")
        return cls(code, tuple(sorted((k, str(v)) for k, v in params.items())))

    def render(self, language: Language = "en") -> str:
        """The remark's text in ``language`` ('en' or 'zh')."""
        return TEMPLATES[self.code][language].format(**dict(self.params))

    def __str__(self) -> str:
        return self.render("en")


class Explained:
    """A result that says why with a :class:`Remark` in its ``remark`` field.

    Mixed into the frozen dataclasses that carry one sentence for people (findings,
    recommendations, actions): :attr:`reason` is the English text, :meth:`reason_in`
    renders either language.
    """

    __slots__ = ()
    remark: Remark

    @property
    def reason(self) -> str:
        """The sentence saying why, in English."""
        return self.remark.render("en")

    def reason_in(self, language: Language) -> str:
        """The sentence saying why, in ``language`` ('en' or 'zh')."""
        return self.remark.render(language)


class Cited(Explained):
    """A result that cites the rule it rests on: ``rule_id`` plus an explaining remark.

    :meth:`render` writes ``'RULE-ID: reason'`` (``'RULE-ID：reason'`` in Chinese).
    Mixed into roster violations, vacancies and audit findings.
    """

    __slots__ = ()
    rule_id: str

    @property
    def code(self) -> str:
        """The remark code, e.g. ``'duty.late'``; stable, for programs to match on."""
        return self.remark.code

    def render(self, language: Language = "en") -> str:
        """``'RULE-ID: reason'`` in ``language`` ('en' or 'zh')."""
        sep = "：" if language == "zh" else ": "
        return f"{self.rule_id}{sep}{self.remark.render(language)}"

    def __str__(self) -> str:
        return self.render("en")
