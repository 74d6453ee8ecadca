"""Repeat petitions (重复信访) and merged handling (合并办理): links recorded as events, links
the library suggests, merged repeats without clocks of their own, and AK-S-2.3's
long-standing petitioner counted through the links.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from receptionrules import InconsistentMatterError
from receptionrules.supervision import (
    MatterRepeat,
    MatterStatus,
    PetitionMatter,
    clocks,
    matter_status,
    repeat_links,
    suggest_repeats,
    supervise,
)


def matter(
    mid: str,
    received: str,
    *events: dict[str, Any],
    who: tuple[str, ...] = ("P-1",),
    subject: str = "wages",
    **fields: Any,
) -> PetitionMatter:
    return PetitionMatter.model_validate(
        {
            "id": mid,
            "received_on": received,
            "channel": "letter",
            "petitioner_ids": list(who),
            "subject": subject,
            "place": f"Unit {mid}",
            "events": list(events),
            **fields,
        }
    )


def repeat(on: str, of: str, *, merged: bool = True) -> dict[str, Any]:
    return {"kind": "repeat", "on": on, "of": of, "merged": merged}


def test_ak_s_2_3_a_merged_repeat_runs_no_clocks_and_is_reported_with_its_original() -> None:
    original = matter("M-1", "2026-01-05")  # Nat-1 overdue from 21 Jan
    again = matter(
        "M-2", "2026-02-02", repeat("2026-02-04", "M-1"), {"kind": "flagged", "on": "2026-02-05"}
    )
    (nat1,) = clocks(again, date(2026, 3, 1))
    assert (nat1.stopped_on, nat1.status.value) == (date(2026, 2, 4), "met")  # the merge decides
    assert matter_status(again, date(2026, 3, 1)) is MatterStatus.MERGED
    report = supervise([again, original], date(2026, 3, 1))
    assert report.merged == {"M-2": "M-1"}
    assert all("M-2" not in f.matter_ids for f in report.findings if f.kind != "repeat_petitioner")
    assert report.for_matter("M-2") == report.for_matter("M-1")
    assert report.for_matter("M-1")
    assert report.light_of("M-2") is report.light_of("M-1")
    assert "M-2" not in report.lights


def test_ak_s_2_3_a_linked_repeat_not_merged_is_handled_on_its_own() -> None:
    again = matter("M-2", "2026-02-02", repeat("2026-02-04", "M-1", merged=False))
    assert matter_status(again, date(2026, 3, 1)) is MatterStatus.RECEIVED
    report = supervise([matter("M-1", "2026-01-05"), again], date(2026, 3, 1))
    assert report.merged == {}
    assert {f.matter_ids for f in report.by_rule("AK-S-2.4")} == {("M-1",), ("M-2",)}


def test_ak_s_2_3_handling_after_the_merge_is_refused() -> None:
    with pytest.raises(ValidationError, match="after the matter was merged into another"):
        matter(
            "M-2",
            "2026-02-02",
            repeat("2026-02-04", "M-1"),
            {"kind": "accepted", "on": "2026-02-05"},
        )
    with pytest.raises(ValidationError, match="'M-2' is this matter"):
        matter("M-2", "2026-02-02", repeat("2026-02-04", "M-2"))
    with pytest.raises(ValidationError, match="a second 'repeat' event"):
        matter("M-2", "2026-02-02", repeat("2026-02-04", "M-1"), repeat("2026-02-05", "M-0"))


def test_ak_s_2_3_a_repeat_links_an_earlier_matter() -> None:
    early = matter("M-1", "2026-01-05", repeat("2026-03-01", "M-2"))
    late = matter("M-2", "2026-02-02")
    with pytest.raises(InconsistentMatterError, match="'M-2' was received on 2026-02-02, after"):
        supervise([early, late], date(2026, 3, 31))
    a = matter("A", "2026-01-05", repeat("2026-01-06", "B"))
    b = matter("B", "2026-01-05", repeat("2026-01-06", "A"))
    with pytest.raises(InconsistentMatterError, match="close a circle"):
        repeat_links([a, b], date(2026, 3, 31))


def test_ak_s_2_3_chains_resolve_to_the_first_matter() -> None:
    ms = [
        matter("M-1", "2026-01-05"),
        matter("M-2", "2026-02-02", repeat("2026-02-03", "M-1")),
        matter("M-3", "2026-03-02", repeat("2026-03-03", "M-2")),
        matter("M-4", "2026-03-09", repeat("2026-03-10", "X-0")),  # an original outside the set
    ]
    links = repeat_links(ms, date(2026, 3, 31))
    assert dict(links.roots) == {"M-2": "M-1", "M-3": "M-1", "M-4": "X-0"}
    assert links.root("M-1") == "M-1"
    assert supervise(ms, date(2026, 3, 31)).merged == {"M-2": "M-1", "M-3": "M-1", "M-4": "X-0"}
    assert repeat_links(ms, date(2026, 3, 2)).of == {"M-2": "M-1"}  # later links not yet known


def test_ak_s_2_3_the_long_standing_petitioner_counts_linked_repeats() -> None:
    # The third matter was recorded under another subject code; the office linked it.
    ms = [
        matter("M-1", "2026-01-05"),
        matter("M-2", "2026-03-02"),
        matter("M-3", "2026-05-04", repeat("2026-05-05", "M-2", merged=False), subject="pay"),
    ]
    (f,) = supervise(ms, date(2026, 5, 31)).by_rule("AK-S-2.3")
    assert (f.kind, f.matter_ids, f.facts.key) == (  # type: ignore[union-attr]
        "repeat_petitioner",
        ("M-1", "M-2", "M-3"),
        ("P-1", "wages"),
    )
    unlinked = [*ms[:2], matter("M-3", "2026-05-04", subject="pay")]
    assert not supervise(unlinked, date(2026, 5, 31)).by_rule("AK-S-2.3")


def test_ak_s_2_3_repeats_are_suggested_for_the_same_petitioner_and_subject() -> None:
    ms = [
        matter("M-1", "2026-01-05"),
        matter("M-2", "2026-03-02", who=("P-2", "P-1")),  # shares P-1
        matter("M-3", "2026-03-02", subject="land"),  # another subject
        matter("M-4", "2027-04-03"),  # 367 days after M-5, P-1's latest on wages
        matter("M-5", "2026-04-01", repeat("2026-04-02", "M-1")),  # already linked
        matter("M-6", "2026-04-01", who=()),  # anonymous
        matter("M-7", "2026-04-06", who=("P-9",)),
        matter("M-8", "2026-04-06", who=("P-9",)),  # the same day: repeats M-7
    ]
    got = [(s.matter_id, s.of, s.petitioner_id, s.days_apart) for s in suggest_repeats(ms)]
    assert got == [("M-2", "M-1", "P-1", 56), ("M-8", "M-7", "P-9", 0)]
    wide = suggest_repeats(ms, window_days=400)
    assert ("M-4", "M-5") in [(s.matter_id, s.of) for s in wide]
    (s, _) = suggest_repeats(ms)
    assert s.reason_in("zh") == (
        "信访人P-1于2026-03-02再次反映“wages”，距M-1仅56日（365日以内），属重复信访，建议关联"
        "M-1，并可合并办理"
    )
    e = s.event(date(2026, 3, 3))
    assert isinstance(e, MatterRepeat)
    assert (e.of, e.merged) == ("M-1", True)
    assert suggest_repeats(ms, as_of=date(2026, 3, 1)) == ()
    with pytest.raises(ValueError, match="window_days"):
        suggest_repeats(ms, window_days=-1)


def test_ak_s_2_3_a_suggestion_picks_the_latest_earlier_matter() -> None:
    ms = [
        matter("M-1", "2026-01-05", who=("P-1",)),
        matter("M-2", "2026-02-05", who=("P-2",)),
        matter("M-3", "2026-03-05", who=("P-1", "P-2")),
    ]
    (s,) = suggest_repeats(ms)
    assert (s.matter_id, s.of, s.petitioner_id) == ("M-3", "M-2", "P-2")
