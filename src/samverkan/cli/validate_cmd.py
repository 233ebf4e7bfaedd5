"""`samverkan validate [PATH…]`: parse and schema-check the data files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.app import DataOption, FormatOption, LangOption, UsageProblem, app, choose, load_data


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="FIL", show_default=False)] = None,
    data: DataOption = None,
    output_format: FormatOption = "text",
    lang: LangOption = None,
) -> int:
    """Parse and schema-check the data files (help: `help.validate` in samverkan.catalog.cli)."""
    chosen = choose(lang=lang, data=data, output_format=output_format)

    from samverkan.diagnostics import has_errors
    from samverkan.reporters import REPORTERS, Summary

    repository = load_data(chosen.root, None if not paths else _expand(paths))
    REPORTERS[chosen.output_format](repository.diagnostics, Summary(repository.files_checked), chosen.lang, sys.stdout)
    return 1 if has_errors(repository.diagnostics) else 0


def _expand(paths: list[Path]) -> list[Path]:
    from samverkan.repository import YAML_SUFFIXES, discover

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(discover(path))
        elif path.is_file() or path.is_symlink():
            if path.name.endswith(YAML_SUFFIXES):
                files.append(path)
        else:
            raise UsageProblem("usage.no-such-file", path=str(path))
    return files
