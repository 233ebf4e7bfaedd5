"""`data/samverkan.yaml`: the data repository's own settings for `lint`, the way ruff or yamllint are configured.

    rules:
      goal-vague-verb: off          # switch a rule off
      followup-incomplete: error    # or change its severity

A single line is excused with a comment naming the rule: `# samverkan: ignore[uncertain-responsibility]`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from samverkan.models import Strict


class RuleSetting(StrEnum):
    OFF = "off"
    WARNING = "warning"
    ERROR = "error"


class LintConfig(Strict):
    rules: dict[str, RuleSetting] = Field(
        default_factory=dict,
        description="Regelkod → off, warning eller error. Regler som inte nämns har sin förvalda nivå.",
    )
    expiry_warning_days: int = Field(
        default=90, ge=0, le=3650, description="Hur många dagar före slutdatum `lint` varnar för att avtalet löper ut."
    )
