"""`data/samverkan.yaml`: the data repository's own settings for `lint`, the way ruff or yamllint are configured.

    rules:
      goal-vague-verb: av           # switch a rule off
      followup-incomplete: varning  # or change its severity: av, varning, fel (or off, warning, error)
    expiry_warning_days: 120        # warn this many days before the agreement ends (default 90)
    checklist: fel                  # the level of every rule the law's checklist rests on (docs/lag-2023-196.md)
    organisation_domains:           # e-mail domains that belong to an organisation, not to a private person
      - strangnas.se

A rule code that samverkan does not know is itself a finding (`config-unknown-rule`), so a misspelt code never
silently does nothing. A single line is excused with a comment naming the rule(s) on that line:

    as_signed: "Socialtjänst? deltar"  # samverkan: ignore[uncertain-responsibility]
    phone: 070-000 00 00               # samverkan: ignore[personal-phone-number, personal-email]

E-mail addresses on `polisen.se`, on any `<name>.kommun.se`, and on the domains listed here (and their
subdomains) count as an organisation's; any other e-mail address is a warning.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from samverkan.models import Strict

#: Domains that always belong to an organisation; `*.kommun.se` is matched by suffix in `is_organisation_domain`.
DEFAULT_ORGANISATION_DOMAINS = ("polisen.se",)
_DOMAIN_PATTERN = r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"

Domain = Annotated[str, Field(pattern=_DOMAIN_PATTERN, max_length=253)]


class RuleSetting(StrEnum):
    OFF = "off"
    WARNING = "warning"
    ERROR = "error"


#: The Swedish words `samverkan rules` prints for a level, accepted as the same settings.
SWEDISH_SETTINGS = {"av": RuleSetting.OFF, "varning": RuleSetting.WARNING, "fel": RuleSetting.ERROR}
#: Every word a setting may be written as: Swedish first (what `samverkan rules` shows), then English.
SETTING_WORDS = (*SWEDISH_SETTINGS, *(setting.value for setting in RuleSetting))


def _setting(value: object) -> object:
    """`fel`/`varning`/`av` as `error`/`warning`/`off`; anything else is refused with all six words as the choices."""
    if isinstance(value, RuleSetting):
        return value
    if isinstance(value, str) and value in SWEDISH_SETTINGS:
        return SWEDISH_SETTINGS[value]
    if isinstance(value, str) and value in SETTING_WORDS:
        return RuleSetting(value)
    expected = ", ".join(f"'{word}'" for word in SETTING_WORDS[:-1]) + f" or '{SETTING_WORDS[-1]}'"
    raise PydanticCustomError("enum", "Input should be {expected}", {"expected": expected})


#: A rule's level in the settings: one internal enum, written in Swedish or English.
RuleLevel = Annotated[
    RuleSetting,
    BeforeValidator(_setting),
    WithJsonSchema({"enum": list(SETTING_WORDS), "type": "string"}),
]


class LintConfig(Strict):
    """Settings for `samverkan lint`, read from `data/samverkan.yaml`."""

    rules: dict[str, RuleLevel] = Field(
        default_factory=dict,
        description="Regelkod → fel, varning eller av (eller error, warning, off). Regler som inte nämns har sin "
        "förvalda nivå. `samverkan rules` listar alla koder och deras nivåer.",
    )
    expiry_warning_days: int = Field(
        default=90, ge=0, le=3650, description="Hur många dagar före slutdatum `lint` varnar för att avtalet löper ut."
    )
    situation_report_max_age_months: int | None = Field(
        default=None,
        ge=1,
        le=240,
        description="Hur många månader gammal åtgärdsplanens lägesbild får vara innan `lint` varnar "
        "(`situation-report-old`). Lag (2023:196) anger ingen gräns; kommunen bestämmer den. Utelämnas: ingen kontroll.",
    )
    checklist: RuleLevel | None = Field(
        default=None,
        description="Nivå för varje regel som checklistan enligt lag (2023:196) och Brå bygger på (se "
        "docs/lag-2023-196.md), t.ex. `fel` så att CI stoppar ett dokument som brister. En regels egen nivå under "
        "`rules` går före. Utelämnas: reglernas förvalda nivåer.",
    )
    organisation_domains: list[Domain] = Field(
        default_factory=list,
        description="E-postdomäner som tillhör en organisation (t.ex. `strangnas.se`), med små bokstäver. "
        "`polisen.se` och `*.kommun.se` räknas alltid dit. Andra e-postadresser ger en varning.",
    )


def is_organisation_domain(domain: str, config: LintConfig) -> bool:
    """Whether an e-mail domain belongs to an organisation: polisen.se, *.kommun.se, or one listed in the config."""
    domain = domain.lower().rstrip(".")
    if domain.endswith(".kommun.se"):
        return True
    for known in (*DEFAULT_ORGANISATION_DOMAINS, *config.organisation_domains):
        if domain == known or domain.endswith("." + known):
            return True
    return False
