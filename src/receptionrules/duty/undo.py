"""Undoing a change (AK-R-6.1, AK-R-6.3): an earlier change reversed while its slots have not
started.

An undo is checked like any change, except for the lead time: it is allowed for as
long as the change's slots have not started, and only if nothing later changed the
same posts (undo that first). An undo is itself never undone: request the
original change again. The people restored must still be eligible, active,
available and free. :func:`receptionrules.duty.apply.undo_change` calls this
planner; use that.
"""

from __future__ import annotations

from receptionrules.duty.changes import UndoRequest
from receptionrules.duty.checks import Checker
from receptionrules.duty.errors import UnknownChangeError
from receptionrules.duty.plans import Draft, Step
from receptionrules.duty.slot import Slot
from receptionrules.remarks import register_templates

__all__ = ["plan_undo"]

register_templates(
    {
        "duty.undo_of_undo": {
            "en": "change {change} is itself an undo; request the original change again instead",
            "zh": "第{change}号调整本身是撤销，不能再撤销；请重新申请原调整",
        },
        "duty.already_undone": {
            "en": "change {change} was already undone by change {by}",
            "zh": "第{change}号调整已由第{by}号撤销",
        },
        "duty.superseded": {
            "en": "the {position} post of slot {slot} changed again after change {change} "
            "(by change {later}); undo change {later} first",
            "zh": "第{change}号调整之后，值班{slot}的{position_zh}岗位又经第{later}号调整；"
            "请先撤销第{later}号",
        },
    }
)


def plan_undo(check: Checker, req: UndoRequest) -> Draft:
    """Check an undo of change ``req.change`` and say what it would do: every post it moved
    goes back.

    Raises:
        UnknownChangeError: no such change in the roster's history.
    """
    history = check.roster.history
    if not 0 <= req.change < len(history):
        raise UnknownChangeError(req.change, field="change", count=len(history))
    record = history[req.change]
    describe = f"undo of change {record.seq} ({record.kind})"
    if isinstance(record.change, UndoRequest):
        check.add(check.rules.changes, "change", "duty.undo_of_undo", change=str(record.seq))
        return check.draft((), record.on_behalf_of, describe)
    for later in history[record.seq + 1 :]:
        if isinstance(later.change, UndoRequest) and later.change.change == record.seq:
            check.add(
                check.rules.changes,
                "change",
                "duty.already_undone",
                change=str(record.seq),
                by=str(later.seq),
            )
            return check.draft((), record.on_behalf_of, describe)
    comp = check.composition
    inverse: list[Step] = []
    seen: dict[int, Slot] = {}
    for move in record.moves:
        i, slot = check.slot(move.slot_id, "change")
        seen[i] = slot
        if slot.holder(move.position) != move.after:
            later_seq = next(
                (
                    r.seq
                    for r in reversed(history)
                    if any(
                        m.slot_id == move.slot_id and m.position == move.position for m in r.moves
                    )
                ),
                record.seq,
            )
            pos = comp.position(move.position)
            check.add(
                check.rules.changes,
                "change",
                "duty.superseded",
                position=pos.name_en,
                position_zh=pos.label,
                slot=slot.id,
                change=str(record.seq),
                later=str(later_seq),
            )
        inverse.append((move.slot_id, move.position, move.after, move.before))
    for slot in seen.values():
        check.not_started(slot)
    touched = tuple(seen)
    for slot_id, position, _, restored in inverse:
        if restored is not None:
            _, slot = check.slot(slot_id, "change")
            check.incoming(check.person(restored, "change"), slot, position, "change", touched)
    if not check.out:
        check.composition_kept(inverse, field="change", allow_vacancy=True)
    return check.draft(tuple(inverse), record.on_behalf_of, describe)
