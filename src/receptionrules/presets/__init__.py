"""The five institutions as presets: one module per institution, the registry, and the
engine's functions with a preset's parts filled in.

- :mod:`.ankang`, :mod:`.mediation_centre`, :mod:`.wenfu`, :mod:`.township`,
  :mod:`.union` — one institution each: its regime and duty composition, with the rule
  IDs it implements (docs/rules.md);
- :mod:`.registry` — :data:`PRESETS`, :func:`preset`, :func:`duty_composition`: the
  lookup by name;
- :mod:`.defaults` — :func:`generate_roster`, :func:`audit`, :func:`dispose`: the
  engine's functions with the preset's composition or regime filled in.

>>> import receptionrules as rr
>>> rr.preset("wenfu-school").rule.describe()
'every Monday'
"""

from __future__ import annotations

from receptionrules.presets.defaults import audit, dispose, generate_roster
from receptionrules.presets.registry import PRESETS, duty_composition, preset

__all__ = ["PRESETS", "audit", "dispose", "duty_composition", "generate_roster", "preset"]
