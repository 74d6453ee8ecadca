"""Manual flags: an open matter someone flagged for supervision (AK-S-2.5).

Imports :mod:`~receptionrules.supervision.deadlines.timeline` and
:mod:`~receptionrules.supervision.findings`.
"""

from __future__ import annotations

from receptionrules.remarks import register_templates
from receptionrules.supervision.deadlines.timeline import Timeline
from receptionrules.supervision.findings import AddFinding, FlagFacts

__all__ = ["manual_flags"]

register_templates(
    {
        "sup_manual": {
            "en": "flagged for supervision on {flagged}{note} (AK-S-2.5), by {method}",
            "zh": "已于{flagged}标记需要督查督办{note_zh}（AK-S-2.5），方式：{method_zh}",
        },
    }
)


def manual_flags(t: Timeline, add: AddFinding) -> None:
    """AK-S-2.5: one finding for the matter's flags up to ``t.as_of``, in date order."""
    if t.flags:
        flags = sorted(t.flags, key=lambda f: f.on)
        notes = tuple(f.note for f in flags if f.note)
        add(
            "manual",
            FlagFacts(tuple(f.on for f in flags), notes),
            "sup_manual",
            flagged=", ".join(f.on.isoformat() for f in flags),
            note=f" ({'; '.join(notes)})" if notes else "",
            note_zh=f"（{'；'.join(notes)}）" if notes else "",
        )
