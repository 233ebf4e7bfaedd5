"""`samverkan rules [CODE] [--format text|json|markdown]`: the lint rules, with code, default severity and what each
checks; one rule explained; or docs/lint.md (`--format markdown`).

Every word comes from the catalog, in Swedish by default and in English with `--lang en`; the formats are
`samverkan.lint.listing.RULE_LISTERS`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from samverkan.cli.app import FormatOption, LangOption, UsageProblem, app, choose_lang


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(metavar="KOD", show_default=False)] = None,
    output_format: FormatOption = "text",
    lang: LangOption = None,
) -> int:
    """List the lint rules, or explain one (help: `help.rules` in samverkan.catalog.cli)."""
    chosen_lang = choose_lang(lang)

    from samverkan.cli.help_screen import help_width
    from samverkan.lint import RULES
    from samverkan.lint.listing import RULE_LISTERS, listed
    from samverkan.lint.registry import did_you_mean

    if output_format not in RULE_LISTERS:
        raise UsageProblem("usage.unknown-format", choices=list(RULE_LISTERS))
    if code is not None and code not in RULES:
        raise UsageProblem("rules.unknown-rule", code=f"`{code}`", suggestion=did_you_mean(code, RULES))
    chosen = RULES[code] if code is not None else None
    sys.stdout.write(listed(output_format, chosen_lang, chosen, help_width()))
    return 0
