"""`samverkan lint [--as-of DATE] [--strict]`: validate, then the cross-file rules."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.app import (
    AsOfOption,
    DataFoldersOption,
    FormatOption,
    JobsOption,
    LangOption,
    NoCacheOption,
    app,
    choose,
    choose_data_folders,
    choose_jobs,
    load_data,
)


@app.command()
def lint(
    as_of: AsOfOption = None,
    strict: Annotated[bool, typer.Option("--strict")] = False,
    output_format: FormatOption = "text",
    data: DataFoldersOption = None,
    lang: LangOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = None,
) -> int:
    """Validate, then run the cross-file rules (help: `help.lint` in samverkan.catalog.cli)."""
    chosen = choose(lang=lang, data=None if not data else data[0], as_of=as_of, output_format=output_format)
    folders = choose_data_folders(data)
    workers = choose_jobs(jobs)

    from samverkan.cache import Result, cached_run, disabled
    from samverkan.diagnostics import Diagnostic, has_errors
    from samverkan.reporters import REPORTERS, Summary

    def cold(folder: Path) -> Result:
        from samverkan.lint import config_of, run_lint

        repository = load_data(folder, jobs=workers)
        found = [*repository.diagnostics, *run_lint(repository, chosen.today, config_of(repository))]
        return Result(sorted(found, key=Diagnostic.sort_key), repository.files_checked)

    findings: list[Diagnostic] = []
    checked = 0
    # Each folder is its own kommun: its own rules settings, its findings together, the folders in the order given.
    for folder in folders:
        result = cached_run(
            folder, "lint", (chosen.today.isoformat(),), not disabled(no_cache), functools.partial(cold, folder)
        )
        checked += result.files_checked
        findings += result.findings
    REPORTERS[chosen.output_format](findings, Summary(checked), chosen.lang, sys.stdout)
    if has_errors(findings) or (strict and findings):
        return 1
    return 0
