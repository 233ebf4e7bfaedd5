"""`samverkan lint`'s core: cross-file rules over a loaded repository.

    run_lint(repository, today, config) -> list[Diagnostic]

Validation (the schema) comes first and is the repository's own `diagnostics`; this runs the rules on every file
that passed it. Each rule is a small registered function (see `registry`) with a stable code, a default
severity and a theme; its message, hint, summary and explanation are in the catalog (`samverkan.catalog.lint`),
and `samverkan rules` lists them. The rules live by theme:
`references`, `chain` (Brå's problem → goal → activity chain), `responsibility`, `timeline`, `completeness`,
`agreement_life`, `law` (the law's and Brå's checklist), `personal_data` and `meta` (the settings themselves).

Settings (`data/samverkan.yaml`, `samverkan.config.LintConfig`):

    rules:
      goal-vague-verb: av          # av, varning or fel (or off, warning, error)
    expiry_warning_days: 90
    organisation_domains: [strangnas.se]

A single line is excused by a comment on that line naming the code(s):

    as_signed: "Socialtjänst? deltar"  # samverkan: ignore[uncertain-responsibility]

Several codes are separated by commas. An unknown code, in the settings or in a comment, is itself a finding. An
old code that was split (`responsibility-missing`, see `ALIASES`) is still accepted and stands for its parts.
The core never prints, never exits and never reads the clock: `today` is a parameter.
"""

from __future__ import annotations

import datetime as dt
import functools

from samverkan.config import LintConfig, RuleSetting
from samverkan.diagnostics import Diagnostic, Severity
from samverkan.repository import Repository

from . import (
    agreement_life,
    chain,
    completeness,
    law,
    meta,
    minutes,
    personal_data,
    references,
    responsibility,
    timeline,
)
from .context import Context
from .registry import RULES, THEME_ORDER, Rule, run_rules
from .responsibility import ALIASES

__all__ = ["ALIASES", "RULES", "THEME_ORDER", "Rule", "config_of", "ordered_rules", "run_lint"]

#: The modules whose import registers the rules, one per theme.
_THEMES = (
    references,
    minutes,
    chain,
    responsibility,
    timeline,
    completeness,
    agreement_life,
    law,
    personal_data,
    meta,
)


@functools.cache
def ordered_rules() -> tuple[Rule, ...]:
    """Every rule in the order `samverkan rules` and docs/lint.md list them (and they run in): by theme
    (`THEME_ORDER`), then as registered within their module."""
    return tuple(sorted(RULES.values(), key=lambda registered: THEME_ORDER.index(registered.theme)))


def effective_settings(config: LintConfig) -> dict[str, RuleSetting]:
    """Each rule's level from the settings: `checklist:` for the rules the law's checklist rests on, then an old
    code (`responsibility-missing`) for every rule it stands for, then the rule's own code, each winning over the
    one before."""
    settings = dict.fromkeys(law.CHECKLIST_RULES, config.checklist) if config.checklist is not None else {}
    settings.update({code: setting for old, setting in config.rules.items() for code in ALIASES.get(old, ())})
    settings.update({code: setting for code, setting in config.rules.items() if code not in ALIASES})
    return settings


def run_lint(repository: Repository, today: dt.date, config: LintConfig) -> list[Diagnostic]:
    """Every finding of every rule that is not switched off, with severities from the settings, minus the lines
    excused by an ignore comment, in file and line order."""
    context = Context(repository, today, config)
    ignored = {(i.file, i.line, code) for i in meta.inline_ignores(context) for code in ALIASES.get(i.code, (i.code,))}
    settings = effective_settings(config)
    found: list[Diagnostic] = []
    for diagnostic in run_rules(context, ordered_rules()):
        if diagnostic.code in meta.ALWAYS_ON:
            found.append(diagnostic)  # never off, never lowered, never excused: see `rule-always-on`
            continue
        setting = settings.get(diagnostic.code)
        if setting is RuleSetting.OFF:
            continue
        if (diagnostic.file, diagnostic.line, diagnostic.code) in ignored:
            continue
        if setting is not None:
            diagnostic = diagnostic.with_severity(Severity(setting.value))
        found.append(diagnostic)
    found.sort(key=Diagnostic.sort_key)
    return found


def config_of(repository: Repository) -> LintConfig:
    """The repository's settings, or the defaults when there is no data/samverkan.yaml (or it is invalid, which
    validation has already reported)."""
    loaded = repository.config
    if loaded is not None and isinstance(loaded.model, LintConfig):
        return loaded.model
    return LintConfig()
