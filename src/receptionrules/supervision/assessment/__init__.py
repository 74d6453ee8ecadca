"""The annual assessment figures of petition work (Nat-10; 2022 art. 39), in two modules.

及时受理率, 按期办结率, 参评率, 满意率 and 重复信访率 for a period, by organ, by place or over
the whole set, each a numerator, a denominator and its ratio, with its definition, in
English and Chinese (docs/supervision.md, "Assessment figures").

The modules, bottom-up:

- :mod:`.figures` — :class:`Figure`, :data:`FIGURES`, the labels and definitions. Imports
  nothing of the package.
- :mod:`.compute` — :func:`assess`, :class:`Assessment`, :class:`AssessmentGroup`.
  Imports figures, the deadlines, matters and repeats.

This face only hands names on; modules import the module that defines a name.
"""

from __future__ import annotations

from receptionrules.supervision.assessment.compute import (
    Assessment,
    AssessmentGroup,
    Grouping,
    assess,
)
from receptionrules.supervision.assessment.figures import (
    FIGURES,
    Figure,
    FigureCode,
    figure_definition,
    figure_label,
)

__all__ = [
    "FIGURES",
    "Assessment",
    "AssessmentGroup",
    "Figure",
    "FigureCode",
    "Grouping",
    "assess",
    "figure_definition",
    "figure_label",
]
