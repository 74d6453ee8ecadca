"""Who receives: the five institutions by code, and receiving authorities (AK-R-2.1).

An :class:`Authority` is a place in the administrative hierarchy: a name, an
:data:`Area` (a locality as a path from the top) and an :class:`AdminLevel`; routing
under AK-R-2.1 (属地管理、分级负责) compares a matter's locality and level with it.
:class:`InstitutionCode` names the five institutions whose intake and disposition
rules the library knows (AK, MC, WF, TS, UN).

Imports nothing else of the supervision package.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AdminLevel", "Area", "Authority", "InstitutionCode"]


class InstitutionCode(StrEnum):
    """The five institutions of docs/rules.md, by code."""

    AK = "AK"
    """Ankang mayor's reception day (ankang-mayor)."""
    MC = "MC"
    """The mediation-centre mayor's reception day (mediation-centre-mayor)."""
    WF = "WF"
    """Wenfu City Middle School leaders' reception day (wenfu-school)."""
    TS = "TS"
    """A township's leading cadres' reception day (township-duty)."""
    UN = "UN"
    """A company trade union chairman's reception day (union-chair)."""


class AdminLevel(StrEnum):
    """A level of the administrative hierarchy (分级负责), highest first."""

    CENTRAL = "central"
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWNSHIP = "township"

    @property
    def rank(self) -> int:
        """0 for central, up to 4 for township: a lower number is a higher level."""
        return _LEVELS.index(self)

    @property
    def label_zh(self) -> str:
        return _LEVEL_ZH[self]


_LEVELS = tuple(AdminLevel)
_LEVEL_ZH = {
    AdminLevel.CENTRAL: "中央",
    AdminLevel.PROVINCE: "省级",
    AdminLevel.CITY: "市级",
    AdminLevel.COUNTY: "县级",
    AdminLevel.TOWNSHIP: "乡镇级",
}

Area = tuple[str, ...]
"""A locality as a path from the top: ``("安康市", "汉滨区")``."""


class Authority(BaseModel):
    """A receiving authority: its name, its area, and its level (AK-R-2.1).

    >>> city = Authority(name="安康市人民政府", area=("安康市",), level="city")
    >>> city.covers(("安康市", "汉滨区")), city.covers(("汉中市",))
    (True, False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    area: Area = Field(min_length=1)
    level: AdminLevel

    def covers(self, area: Area) -> bool:
        """Whether ``area`` lies within this authority's area."""
        return area[: len(self.area)] == self.area
