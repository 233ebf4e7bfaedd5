"""The lint settings themselves: rule codes in data/samverkan.yaml and in `# samverkan: ignore[…]` comments exist."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from samverkan.config import LintConfig
from samverkan.diagnostics import Localized, Message, Severity, display_path, quoted_key

from .personal_data import texts_under_data
from .registry import RULES, Context, Hit, hit_at, rule

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


def _suggest(code: str) -> Localized:
    close = difflib.get_close_matches(code, list(RULES), n=1)
    if not close:
        return Localized("", "")
    return Localized(f" Menade du `{close[0]}`?", f" Did you mean `{close[0]}`?")


@rule(
    "config-unknown-rule",
    Severity.ERROR,
    Message(
        "Regeln {code} finns inte.{suggestion}",
        "There is no rule {code}.{suggestion}",
        "Kontrollera stavningen. `samverkan rules` listar alla regler.",
        "Check the spelling. `samverkan rules` lists every rule.",
    ),
    "Varje regelkod i data/samverkan.yaml finns.",
    "Every rule code in data/samverkan.yaml exists.",
    "settings",
    explanation_sv="""En regelkod i data/samverkan.yaml som samverkan inte känner till.

    Undvik: `rules: {goal-vague-verbs: off}` – den felstavade koden stänger inte av något, och ingen märker det.

    Bättre: kopiera koden från `samverkan rules`.
    """,
)
def config_unknown_rule(context: Context) -> Iterator[Hit]:
    """A rule code in data/samverkan.yaml that samverkan does not know.

    Anti-pattern: `rules: {goal-vague-verbs: off}` — the misspelt code switches nothing off, and nobody notices.

    Better: copy the code from `samverkan rules`.
    """
    loaded = context.repository.config
    from_file = loaded is not None and isinstance(loaded.model, LintConfig) and loaded.model == context.config
    for code in context.config.rules:
        if code in RULES:
            continue
        params = {"code": quoted_key(code), "suggestion": _suggest(code)}
        if from_file and loaded is not None:
            yield hit_at(loaded.shown_as, loaded.document.key_positions.get(("rules", code)), **params)
        else:
            yield hit_at(display_path(context.repository.root / "samverkan.yaml"), None, **params)


@rule(
    "ignore-unknown-rule",
    Severity.WARNING,
    Message(
        "Kommentaren undantar regeln {code}, som inte finns.{suggestion}",
        "The comment excuses the rule {code}, which does not exist.{suggestion}",
        "Skriv koden som `samverkan rules` visar den, t.ex. `# samverkan: ignore[uncertain-responsibility]`.",
        "Write the code as `samverkan rules` shows it, e.g. `# samverkan: ignore[uncertain-responsibility]`.",
    ),
    "Varje regelkod i en `# samverkan: ignore[…]`-kommentar finns.",
    "Every rule code in a `# samverkan: ignore[…]` comment exists.",
    "settings",
    explanation_sv="""En undantagskommentar som nämner en regel som inte finns.

    Undvik: `# samverkan: ignore[uncertain-role]` – fyndet som kommentaren skulle undanta rapporteras ändå, och
    kommentaren ser ut som om den gjorde något.

    Bättre: den exakta koden från `samverkan rules`; flera koder skiljs med kommatecken.
    """,
)
def ignore_unknown_rule(context: Context) -> Iterator[Hit]:
    """An inline ignore comment naming a rule that does not exist.

    Anti-pattern: `# samverkan: ignore[uncertain-role]` — the finding it was meant to excuse is still reported,
    and the comment looks as if it did something.

    Better: the exact code from `samverkan rules`; several codes are separated by commas.
    """
    for ignore in inline_ignores(context):
        if ignore.code not in RULES:
            yield hit_at(
                ignore.file,
                (ignore.line, ignore.column),
                code=quoted_key(ignore.code),
                suggestion=_suggest(ignore.code),
            )
