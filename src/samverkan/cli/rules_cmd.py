"""`samverkan rules [CODE]`: the lint rules, with code, default severity and what each checks.

Summaries and explanations are in Swedish by default and in English with `--lang en`.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from samverkan.cli.app import LangOption, UsageProblem, app, choose_lang
from samverkan.diagnostics import Localized

_FORMATS = ("text", "json")


@app.command()
def rules(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="KOD",
            help="Visa en regel utförligt: vad den letar efter och hur man gör bättre.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option("--format", metavar="FORMAT", help="Utdataformat: text (förval) eller json.", show_default=False),
    ] = "text",
    lang: LangOption = None,
) -> int:
    """Lista reglerna som `samverkan lint` kör: kod, förvald nivå och vad regeln kontrollerar.

    Nivån ändras, eller regeln stängs av, i data/samverkan.yaml under `rules:`.
    """
    chosen_lang = choose_lang(lang)
    if output_format not in _FORMATS:
        raise UsageProblem(
            "Okänt format för --format. Välj text eller json.", "Unknown format for --format. Choose text or json."
        )

    from samverkan.lint import RULES

    chosen = list(RULES.values())
    if code is not None:
        if code not in RULES:
            raise UsageProblem(
                "Regeln finns inte. Kör `samverkan rules` för att se alla.",
                "There is no such rule. Run `samverkan rules` to see them all.",
            )
        chosen = [RULES[code]]

    def pick(localized: Localized) -> str:
        return localized.sv if chosen_lang == "sv" else localized.en

    if output_format == "json":
        items = [
            {
                "code": rule.code,
                "severity": rule.severity.value,
                "theme": rule.theme,
                "summary": pick(rule.summary),
                "explanation": pick(rule.explanation),
            }
            for rule in chosen
        ]
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if code is not None:
        rule = chosen[0]
        level = "förvald nivå" if chosen_lang == "sv" else "default severity"
        sys.stdout.write(f"{rule.code} ({level}: {rule.severity.word(chosen_lang)})\n\n")
        sys.stdout.write(f"{pick(rule.summary)}\n\n{pick(rule.explanation)}\n")
        return 0
    width = max(len(rule.code) for rule in chosen)
    heading = ("REGEL", "NIVÅ", "KONTROLLERAR") if chosen_lang == "sv" else ("RULE", "LEVEL", "CHECKS")
    sys.stdout.write(f"{heading[0]:<{width}}  {heading[1]:<8}  {heading[2]}\n")
    for rule in chosen:
        sys.stdout.write(f"{rule.code:<{width}}  {rule.severity.word(chosen_lang):<8}  {pick(rule.summary)}\n")
    return 0
