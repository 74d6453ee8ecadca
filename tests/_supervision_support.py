"""Shared helper for the supervision tests: one petition matter from its events."""

from __future__ import annotations

from typing import Any

from receptionrules.supervision import PetitionMatter


def one_matter(
    *events: dict[str, Any], received: str = "2026-03-02", id: str = "M-1", **fields: Any
) -> PetitionMatter:
    """A letter from petitioner P-1 about wages at Unit A, received on ``received``, with
    these ``events`` (dicts as in a file) and any other ``fields``."""
    data: dict[str, Any] = {
        "id": id,
        "received_on": received,
        "channel": "letter",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "Unit A",
        "events": list(events),
        **fields,
    }
    return PetitionMatter.model_validate(data)
