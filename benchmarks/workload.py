"""One measured workload, run in its own child process by `run.py` so that its time and peak memory are its own.

    python benchmarks/workload.py floor FOLDERS_FILE
    python benchmarks/workload.py validate FOLDERS_FILE
    python benchmarks/workload.py lint FOLDERS_FILE AS_OF
    python benchmarks/workload.py lint-core FOLDERS_FILE AS_OF
    python benchmarks/workload.py has-lint-command      # exit 0 when `samverkan lint` exists

FOLDERS_FILE lists data folders, one a line (one per kommun). Every workload handles all of them in this one
Python process, one after the other, because samverkan works on one data folder per run:

- `floor`: the least any YAML tool in Python must do: find the `.yaml` files and parse each with PyYAML's C loader,
  `yaml.load(f, Loader=yaml.CSafeLoader)`. No positions, no checks, no schema.
- `validate` and `lint`: the real command line, `samverkan validate --data FOLDER` (and `samverkan lint --data
  FOLDER --as-of DATE`), called in-process through `samverkan.cli.app.run` for each folder, output to /dev/null.
  For one folder this is exactly the console script; for many it saves only the interpreter start per kommun.
- `lint-core`: when the `lint` command is not registered yet, the same work through the core API
  (`load_repository` + `run_lint`), without the reporter.

The exit status is 0 when every folder gave exit code 0 (valid data, no lint errors); otherwise the last non-zero
code, with the first folder that gave it on stderr, so that run.py never times a failing run as if it were fine.
"""

from __future__ import annotations

import os
import sys


def _folders(listing: str) -> list[str]:
    with open(listing, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


def floor(folders: list[str]) -> int:
    import yaml

    loader = yaml.CSafeLoader
    for folder in folders:
        for directory, subdirectories, files in os.walk(folder):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".yaml", ".yml")):
                    with open(os.path.join(directory, name), "rb") as handle:
                        yaml.load(handle, Loader=loader)
    return 0


def cli(folders: list[str], command: list[str]) -> int:
    from samverkan.cli.app import run

    worst = 0
    real_stdout = sys.stdout
    with open(os.devnull, "w", encoding="utf-8") as devnull:
        sys.stdout = devnull
        try:
            for folder in folders:
                code = run([command[0], "--data", folder, *command[1:]])
                if code != 0 and worst == 0:
                    sys.stderr.write(f"workload: `samverkan {command[0]}` gave exit code {code} for {folder}\n")
                worst = code or worst
        finally:
            sys.stdout = real_stdout
    return worst


def region(folders: list[str], as_of: str) -> int:
    """Every kommun in one run, as a länsstyrelse or a shared CI checks a region: `lint --data A --data B …`, cold."""
    from samverkan.cli.app import run

    if not folders:
        return 0
    real_stdout = sys.stdout
    with open(os.devnull, "w", encoding="utf-8") as devnull:
        sys.stdout = devnull
        try:
            data = [argument for folder in folders for argument in ("--data", folder)]
            code = run(["lint", "--no-cache", "--as-of", as_of, *data])
        finally:
            sys.stdout = real_stdout
    return 0 if code in (0, 1) else code


def lint_core(folders: list[str], as_of: str) -> int:
    import datetime as dt
    from pathlib import Path

    from samverkan.diagnostics import has_errors
    from samverkan.lint import config_of, run_lint
    from samverkan.repository import load_repository

    today = dt.date.fromisoformat(as_of)
    worst = 0
    for folder in folders:
        repository = load_repository(Path(folder))
        found = [*repository.diagnostics, *run_lint(repository, today, config_of(repository))]
        if has_errors(found) and worst == 0:
            sys.stderr.write(f"workload: lint found errors in {folder}\n")
            worst = 1
    return worst


def lint_command_exists() -> bool:
    """Whether `samverkan lint` is a registered command (another developer is adding it)."""
    from samverkan.cli import app

    return any((c.name or getattr(c.callback, "__name__", "")) == "lint" for c in app.registered_commands)


def main(argv: list[str]) -> int:
    mode, *rest = argv
    if mode == "has-lint-command":
        return 0 if lint_command_exists() else 1
    folders = _folders(rest.pop(0))
    if mode == "floor":
        return floor(folders)
    # Cold: every file read and checked (`--no-cache`); warm: answered from `.samverkan_cache/`, which the benchmark
    # fills with one untimed run first (nothing changed between the runs).
    if mode == "validate":
        return cli(folders, ["validate", "--no-cache"])
    if mode == "validate-warm":
        return cli(folders, ["validate"])
    if mode == "lint":
        return cli(folders, ["lint", "--no-cache", "--as-of", rest[0]])
    if mode == "lint-warm":
        return cli(folders, ["lint", "--as-of", rest[0]])
    if mode == "lint-region":
        return region(folders, rest[0])
    if mode == "lint-core":
        return lint_core(folders, rest[0])
    raise SystemExit(f"unknown workload {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
