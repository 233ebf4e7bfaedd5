#!/usr/bin/env python3
"""The lowest versions pyproject.toml allows, as a pip constraints file, so CI tests the range it declares.

    python .ci/lowest_constraints.py > constraints.txt        # typer==0.15.4, pyyaml==6.0.1, …
    pip install -c constraints.txt -e ".[test]"
    python .ci/lowest_constraints.py --check                  # run in that venv: are the lowest versions installed?

Every runtime dependency must have a lower bound (`>=`); a dependency without one is an error, because "any
version" is a range nobody tested. Only the project's own dependencies are pinned: what they depend on in turn
is left to pip, as it is for a user who installs samverkan next to an old Typer. Standard library only (tomllib).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$")


def lower_bounds(pyproject: Path = PYPROJECT) -> dict[str, str]:
    """`{"typer": "0.15.4", …}` from `[project] dependencies`; exits with a message when a bound is missing."""
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    bounds: dict[str, str] = {}
    for requirement in dependencies:
        match = _NAME.match(requirement.split(";", 1)[0])
        if match is None:
            sys.exit(f"cannot read the requirement {requirement!r} in {pyproject}")
        name, specifiers = match.group(1), match.group(2)
        lowest = [spec.strip()[2:].strip() for spec in specifiers.split(",") if spec.strip().startswith(">=")]
        if len(lowest) != 1:
            sys.exit(f"{name} in {pyproject} needs exactly one lower bound (>=), so CI can test it")
        bounds[_normalized(name)] = lowest[0]
    return bounds


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def check(bounds: dict[str, str]) -> int:
    """Compare the installed versions with the lower bounds; print both and return an exit code."""
    from importlib.metadata import PackageNotFoundError, version

    wrong = 0
    for name, lowest in bounds.items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "not installed"
        same = installed == lowest
        wrong += not same
        print(f"{name:<12} {installed:<14} {'= lower bound' if same else f'!= lower bound {lowest}'}")
    return 1 if wrong else 0


def main(argv: list[str]) -> int:
    bounds = lower_bounds()
    if argv == ["--check"]:
        return check(bounds)
    if argv:
        sys.exit(__doc__)
    sys.stdout.write("".join(f"{name}=={lowest}\n" for name, lowest in bounds.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
