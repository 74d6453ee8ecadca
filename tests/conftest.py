"""Shared test settings: hypothesis profiles sized to keep the suite under two minutes."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# Many more examples, for a fuzzing run by hand: HYPOTHESIS_PROFILE=fuzz (CONTRIBUTING.md).
settings.register_profile(
    "fuzz", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck)
)
# Few, fixed examples for mutmut, which runs the tests once per mutant (CONTRIBUTING.md):
# derandomized, so a mutant is killed or not the same way on every run.
settings.register_profile(
    "mutation",
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
