"""`samverkan validate [PATH…]`: parse and schema-check the data files."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.app import (
    DataFoldersOption,
    FormatOption,
    JobsOption,
    LangOption,
    NoCacheOption,
    UsageProblem,
    app,
    choose,
    choose_data_folders,
    choose_jobs,
    load_data,
)


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="FIL", show_default=False)] = None,
    data: DataFoldersOption = None,
    output_format: FormatOption = "text",
    lang: LangOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = None,
) -> int:
    """Parse and schema-check the data files (help: `help.validate` in samverkan.catalog.cli)."""
    chosen = choose(lang=lang, data=None if not data else data[0], output_format=output_format)
    folders = choose_data_folders(data)
    workers = choose_jobs(jobs)

    from samverkan.diagnostics import has_errors
    from samverkan.reporters import REPORTERS, Summary

    unreadable: list[tuple[Path, OSError]] = []
    only = None if not paths else _expand(paths, unreadable)
    if only is not None and len(folders) > 1:
        raise UsageProblem("usage.paths-with-several-folders")
    from samverkan.cache import Result, cached_run, disabled
    from samverkan.diagnostics import Diagnostic

    def cold(folder: Path) -> Result:
        from samverkan.lint.personal_data import identity_numbers_in_read_files

        repository = load_data(folder, only, unreadable, workers)
        found = [*repository.diagnostics, *identity_numbers_in_read_files(repository)]
        return Result(sorted(found, key=Diagnostic.sort_key), repository.files_checked)

    # Files named on the command line (pre-commit) are few and quick: only a whole folder is worth remembering.
    use_cache = only is None and not disabled(no_cache)
    results = [cached_run(folder, "validate", (), use_cache, functools.partial(cold, folder)) for folder in folders]
    findings = [finding for result in results for finding in result.findings]
    checked = sum(result.files_checked for result in results)
    REPORTERS[chosen.output_format](findings, Summary(checked), chosen.lang, sys.stdout)
    return 1 if has_errors(findings) else 0


def _expand(paths: list[Path], unreadable: list[tuple[Path, OSError]]) -> list[Path]:
    """The YAML files the arguments name: a file as it is, a folder by every YAML file below it (a folder below it
    that cannot be listed is added to `unreadable`, to become a finding rather than a silent skip)."""
    from samverkan.repository import YAML_SUFFIXES, discover

    files: list[Path] = []
    for path in paths:
        try:
            os.lstat(path)
        except (FileNotFoundError, NotADirectoryError):
            raise UsageProblem("usage.no-such-file", path=str(path)) from None
        except (OSError, ValueError):  # it may exist but cannot be looked at: the loader reports why, as a finding
            files.append(path)
            continue
        if os.path.isdir(path):
            files.extend(discover(path, unreadable))
        elif path.name.endswith(YAML_SUFFIXES):
            files.append(path)
    return files
