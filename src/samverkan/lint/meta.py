"""The lint settings themselves: rule codes in data/samverkan.yaml and in `# samverkan: ignore[…]` comments exist."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from samverkan.config import LintConfig, RuleSetting
from samverkan.diagnostics import Severity, display_path, quoted_key

from .context import Context
from .personal_data import texts_under_data
from .registry import RULES, Hit, did_you_mean, hit_at, rule
from .responsibility import ALIASES

#: Rules that no setting and no ignore comment switches off or lowers: a personnummer or samordningsnummer in the
#: repository is never acceptable, and this rule, which says so when someone tries, must not be silenced either.
ALWAYS_ON = frozenset({"personal-identity-number", "identity-number-in-name", "rule-always-on"})

#: `# samverkan: ignore[code]` or `# samverkan: ignore[code-a, code-b]`, anywhere after a `#` on the line.
IGNORE_COMMENT = re.compile(r"#.*?samverkan:\s*ignore\[([^\]\n]*)\]")


@dataclass(frozen=True, slots=True)
class Ignore:
    file: str
    line: int
    column: int
    code: str


def inline_ignores(context: Context) -> list[Ignore]:
    """Every code named in an ignore comment, with the line it excuses."""
    found: list[Ignore] = []
    for file, text in texts_under_data(context).items():
        if "samverkan:" not in text:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            for match in IGNORE_COMMENT.finditer(line):
                for code in match.group(1).split(","):
                    if code.strip():
                        found.append(Ignore(file, number, match.start(1) + 1, code.strip()))
    return found


@rule(code="config-unknown-rule", severity=Severity.ERROR, theme="settings")
def config_unknown_rule(context: Context) -> Iterator[Hit]:
    """A rule code in data/samverkan.yaml that samverkan does not know."""
    loaded = context.repository.config
    from_file = loaded is not None and isinstance(loaded.model, LintConfig) and loaded.model == context.config
    for code in context.config.rules:
        if code in RULES or code in ALIASES:
            continue
        params = {"code": quoted_key(code), "suggestion": did_you_mean(code, list(RULES))}
        if from_file and loaded is not None:
            yield hit_at(loaded.shown_as, loaded.document.key_positions.get(("rules", code)), **params)
        else:
            yield hit_at(display_path(context.repository.root / "samverkan.yaml"), None, **params)


@rule(code="ignore-unknown-rule", severity=Severity.WARNING, theme="settings")
def ignore_unknown_rule(context: Context) -> Iterator[Hit]:
    """An inline ignore comment naming a rule that does not exist."""
    for ignore in inline_ignores(context):
        if ignore.code not in RULES and ignore.code not in ALIASES:
            yield hit_at(
                ignore.file,
                (ignore.line, ignore.column),
                code=quoted_key(ignore.code),
                suggestion=did_you_mean(ignore.code, list(RULES)),
            )


@rule(code="rule-always-on", severity=Severity.WARNING, theme="settings")
def rule_always_on(context: Context) -> Iterator[Hit]:
    """A setting or an ignore comment that tries to switch off or lower a rule that is always on."""
    loaded = context.repository.config
    from_file = loaded is not None and isinstance(loaded.model, LintConfig) and loaded.model == context.config
    for code, setting in context.config.rules.items():
        if code in ALWAYS_ON and setting is not RuleSetting.ERROR and from_file and loaded is not None:
            yield hit_at(loaded.shown_as, loaded.document.key_positions.get(("rules", code)), code=quoted_key(code))
    for ignore in inline_ignores(context):
        if ignore.code in ALWAYS_ON:
            yield hit_at(ignore.file, (ignore.line, ignore.column), code=quoted_key(ignore.code))
