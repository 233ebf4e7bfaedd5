"""`samverkan schema [--output-dir DIR] [--force] [--check]`: the data files' JSON Schemas, for editors and CI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.app import DataOption, LangOption, UsageProblem, app, choose_data_folder, choose_lang


@app.command()
def schema(
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            metavar="MAPP",
            help="Mappen schemana skrivs till. Förval: schemas/ bredvid datamappen, dit datafilernas "
            "`# yaml-language-server: $schema=…`-rader pekar.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Skriv över befintliga filer med annat innehåll.")] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Skriv inget; avsluta med 1 om filerna saknas eller inte stämmer.")
    ] = False,
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Skriv JSON-scheman för datafilerna: agreement, activity, followup, meeting och samverkan (inställningarna).

    En editor med YAML-stöd (t.ex. VS Code med YAML-tillägget) visar då fältens beskrivningar och kontrollerar
    värdena medan man skriver. En befintlig fil med annat innehåll skrivs bara över med --force. Varje fil
    skrivs först till en tillfällig fil och flyttas sedan på plats, så ingen ser en halvskriven fil.

    Avslutas med 0 när schemana är skrivna (eller stämmer, med --check), 1 när en fil inte skrevs (eller inte
    stämmer) och 2 vid felaktig användning.
    """
    chosen_lang = choose_lang(lang)
    folder = output_dir if output_dir is not None else choose_data_folder(data).parent / "schemas"
    if folder.exists() and not folder.is_dir():
        raise UsageProblem(f"{folder} finns men är ingen mapp.", f"{folder} exists but is not a folder.")

    from samverkan.diagnostics import display_path
    from samverkan.json_schema import render_schemas
    from samverkan.safe_write import write_file

    def say(sv: str, en: str) -> str:
        return sv if chosen_lang == "sv" else en

    rendered = render_schemas()
    differing: list[Path] = []
    unchanged: list[Path] = []
    for name, text in rendered.items():
        target = folder / name
        try:
            current = target.read_text(encoding="utf-8") if target.is_file() else None
        except (OSError, UnicodeDecodeError):
            current = ""
        if current == text:
            unchanged.append(target)
        elif current is not None or target.exists() or target.is_symlink():
            differing.append(target)

    if check:
        stale = [folder / name for name in rendered if folder / name not in unchanged]
        for target in stale:
            shown = display_path(target)
            sys.stdout.write(say(f"stämmer inte med modellerna: {shown}\n", f"does not match the models: {shown}\n"))
        if stale:
            sys.stdout.write(
                say(
                    "Kör `samverkan schema --force` för att uppdatera.\n", "Run `samverkan schema --force` to update.\n"
                )
            )
            return 1
        sys.stdout.write(say("Schemana stämmer med modellerna.\n", "The schemas match the models.\n"))
        return 0

    if differing and not force:
        for target in differing:
            shown = display_path(target)
            sys.stderr.write(
                say(
                    f"samverkan: {shown} finns redan med annat innehåll; inget skrevs. Använd --force för att skriva över.\n",
                    f"samverkan: {shown} already exists with different content; nothing was written. Use --force to overwrite.\n",
                )
            )
        return 1

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in rendered.items():
            target = folder / name
            shown = display_path(target)
            if target in unchanged:
                sys.stdout.write(say(f"oförändrad: {shown}\n", f"unchanged: {shown}\n"))
                continue
            write_file(target, text, force=True)
            sys.stdout.write(say(f"skrev: {shown}\n", f"wrote: {shown}\n"))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        sys.stderr.write(
            say(f"samverkan: kunde inte skriva ({reason}).\n", f"samverkan: could not write ({reason}).\n")
        )
        return 1
    return 0
