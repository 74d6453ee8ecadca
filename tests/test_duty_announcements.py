"""Announcements (AK-R-5.2): due, overdue, and changed after announcement.

AK 2026: Mar 3 (vm2), Apr 7 (asst); 7 days before Mar 3 is Feb 24.
"""

from __future__ import annotations

from datetime import date

import pytest

import receptionrules as rr
from _duty_support import ak_people, at

MAR3 = "ankang-mayor/2026-03-03"
APR7 = "ankang-mayor/2026-04-07"


@pytest.fixture(scope="module")
def ak() -> rr.Roster:
    return rr.generate_roster(
        rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 12, 31)
    )


def ids(items: tuple[rr.duty.AnnouncementItem, ...]) -> list[str]:
    return [i.slot_id for i in items]


def test_ak_r_5_2_deadline_is_seven_days_before_by_default() -> None:
    assert rr.duty.announcement_deadline(date(2026, 3, 3)) == date(2026, 2, 24)
    assert rr.duty.announcement_deadline(date(2026, 3, 3), notice_days=10) == date(2026, 2, 21)
    assert rr.duty.DEFAULT_NOTICE_DAYS == 7
    with pytest.raises(ValueError, match="notice_days"):
        rr.duty.announcement_deadline(date(2026, 3, 3), notice_days=-1)


def test_ak_r_5_2_due_and_overdue(ak: rr.Roster) -> None:
    status = rr.announcement_status(ak, date(2026, 2, 20))
    assert ids(status.due) == [MAR3]
    assert status.due[0].deadline == date(2026, 2, 24)
    assert status.overdue == ()
    assert status.to_reannounce == ()
    # The deadline beyond the horizon; the deadline day itself.
    assert ids(rr.announcement_status(ak, date(2026, 2, 16)).due) == []
    assert ids(rr.announcement_status(ak, date(2026, 2, 24)).due) == [MAR3]
    late = rr.announcement_status(ak, date(2026, 2, 25))
    assert (ids(late.due), ids(late.overdue)) == ([], [MAR3])
    assert not late.clear
    # Held already: the audit's business.
    assert rr.announcement_status(ak, date(2026, 3, 4)).overdue == ()
    # notice_days is a parameter.
    assert ids(rr.announcement_status(ak, date(2026, 2, 25), notice_days=3).due) == [MAR3]


def test_ak_r_5_2_a_change_after_announcement_must_be_announced_again(ak: rr.Roster) -> None:
    announced = ak.announce(MAR3, at=at(2026, 2, 23, 10))
    assert announced.slot(MAR3).announced.holders == ("vm2",)
    assert rr.announcement_status(announced, date(2026, 2, 26)).clear
    swapped = rr.apply_change(
        announced,
        rr.SwapRequest(
            slot_id=MAR3,
            requester="vm2",
            counterpart="asst",
            counterpart_slot_id=APR7,
            requested_at=at(2026, 2, 25),
        ),
    )
    status = rr.announcement_status(swapped, date(2026, 2, 26))
    assert ids(status.to_reannounce) == [MAR3]
    assert status.to_reannounce[0].changes == (0,)
    again = swapped.announce(MAR3, at=at(2026, 2, 26, 9))
    assert rr.announcement_status(again, date(2026, 2, 26)).to_reannounce == ()
    assert again.slot(MAR3).announced.first == at(2026, 2, 23, 10)
    # A change undone before anyone noticed needs no announcement.
    undone = rr.undo_change(swapped, 0, at=at(2026, 2, 25, 15))
    assert rr.announcement_status(undone, date(2026, 2, 26)).to_reannounce == ()


def test_announce_unknown_slot_is_an_error(ak: rr.Roster) -> None:
    with pytest.raises(rr.UnknownSlotError) as e:
        ak.announce("ankang-mayor/2026-03-04", at=at(2026, 2, 20))
    assert e.value.field == "slot_ids"
