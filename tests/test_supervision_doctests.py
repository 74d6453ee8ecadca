"""The examples in the supervision modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "receptionrules.supervision.categories",
    "receptionrules.supervision.events",
    "receptionrules.supervision.matters",
    "receptionrules.supervision.deadlines",
    "receptionrules.supervision.deadlines.citations",
    "receptionrules.supervision.deadlines.warnings",
    "receptionrules.supervision.deadlines.limits",
    "receptionrules.supervision.deadlines.timeline",
    "receptionrules.supervision.deadlines.adjust",
    "receptionrules.supervision.deadlines.clock",
    "receptionrules.supervision.deadlines.specs",
    "receptionrules.supervision.deadlines.status",
    "receptionrules.supervision.repeats",
    "receptionrules.supervision.signals",
    "receptionrules.supervision.findings",
    "receptionrules.supervision.ladder",
    "receptionrules.supervision.triggers",
    "receptionrules.supervision.triggers.thresholds",
    "receptionrules.supervision.triggers.report",
    "receptionrules.supervision.triggers.clusters",
    "receptionrules.supervision.triggers.collective",
    "receptionrules.supervision.triggers.lapses",
    "receptionrules.supervision.triggers.flags",
    "receptionrules.supervision.triggers.evaluation",
    "receptionrules.supervision.intake",
    "receptionrules.supervision.intake.authorities",
    "receptionrules.supervision.intake.facts",
    "receptionrules.supervision.intake.routing",
    "receptionrules.supervision.intake.priority",
    "receptionrules.supervision.intake.decision",
    "receptionrules.supervision.disposition",
    "receptionrules.supervision.disposition.table",
    "receptionrules.supervision.disposition.results",
    "receptionrules.supervision.disposition.ankang",
    "receptionrules.supervision.disposition.mediation_centre",
    "receptionrules.supervision.disposition.wenfu",
    "receptionrules.supervision.disposition.township",
    "receptionrules.supervision.disposition.union",
    "receptionrules.supervision.disposition.dispatch",
    "receptionrules.supervision.assessment",
    "receptionrules.supervision.assessment.figures",
    "receptionrules.supervision.assessment.compute",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
