"""`samverkan schema [--output-dir DIR] [--force] [--check]`: the data files' JSON Schemas, for editors and CI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.app import (
    DataOption,
    LangOption,
    UsageProblem,
    app,
    choose_data_folder,
    choose_lang,
    os_reason,
    tell,
)


@app.command()
def schema(
    output_dir: Annotated[Path | None, typer.Option("--output-dir", metavar="MAPP", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    check: Annotated[bool, typer.Option("--check")] = False,
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Write (or, with --check, compare) the JSON Schemas (help: `help.schema` in samverkan.catalog.cli)."""
    chosen_lang = choose_lang(lang)
    folder = output_dir if output_dir is not None else choose_data_folder(data).parent / "schemas"
    if folder.exists() and not folder.is_dir():
        raise UsageProblem("usage.not-a-folder", folder=str(folder))

    from samverkan.diagnostics import display_path
    from samverkan.json_schema import render_schemas
    from samverkan.safe_write import write_file

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
            tell(sys.stdout, chosen_lang, "cli.schema.stale", file=display_path(target))
        if stale:
            tell(sys.stdout, chosen_lang, "cli.schema.run-force")
            return 1
        tell(sys.stdout, chosen_lang, "cli.schema.all-match")
        return 0

    if differing and not force:
        for target in differing:
            sys.stderr.write("samverkan: ")
            tell(sys.stderr, chosen_lang, "cli.schema.exists-differs", file=display_path(target))
        return 1

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in rendered.items():
            target = folder / name
            if target in unchanged:
                tell(sys.stdout, chosen_lang, "cli.schema.unchanged", file=display_path(target))
                continue
            write_file(target, text, force=True)
            tell(sys.stdout, chosen_lang, "cli.schema.wrote", file=display_path(target))
    except OSError as error:
        sys.stderr.write("samverkan: ")
        tell(sys.stderr, chosen_lang, "cli.schema.write-failed", reason=os_reason(error))
        return 1
    return 0
