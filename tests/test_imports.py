"""Which heavy modules each command imports: `samverkan --help` must start as fast as Typer itself.

Each case runs the CLI in a fresh interpreter (through `runpy`, exactly as `python -m samverkan` does) and lists
`sys.modules` when it ends. What is asserted was checked against Typer 0.29 first: for `samverkan --help` and
`--version` Typer imports its vendored click, `shellingham` and parts of the standard library, but not `rich`
while `rich_markup_mode` is None, and not pydantic. As soon as a subcommand is parsed (even `validate --help`),
Typer itself imports pydantic (`typer._adapters` builds each option's converter with a `TypeAdapter`), so for
subcommands pydantic is Typer's cost and is not asserted; samverkan's own models, loader and so on still are.
Speed itself is measured in benchmarks/, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import write_minimal_repository

#: Run the CLI with the given arguments, then write the names of every imported module to the file in argv[1].
_WRAPPER = """
import json, runpy, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["samverkan", *args]
try:
    runpy.run_module("samverkan", run_name="__main__", alter_sys=True)
except SystemExit as stop:
    code = stop.code
else:
    code = 0
with open(out, "w", encoding="utf-8") as handle:
    json.dump({"code": code, "modules": sorted(sys.modules)}, handle)
"""

#: What `--help` and `--version` never need: parsing, schemas, templates, pretty printing.
HEAVY_FOR_STARTUP = (
    "pydantic",
    "pydantic_core",
    "yaml",
    "jinja2",
    "rich",
    "samverkan.models",
    "samverkan.loader",
    "samverkan.repository",
    "samverkan.reporters",
    "samverkan.lint",
)


def imported(tmp_path: Path, *args: str, cwd: Path | None = None) -> tuple[int, set[str]]:
    out = tmp_path / "modules.json"
    subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(out), *args],
        cwd=cwd or tmp_path,
        check=False,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
    )
    result = json.loads(out.read_text(encoding="utf-8"))
    return result["code"], set(result["modules"])


def _loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


#: Imported by Typer itself once a subcommand's options are parsed.
TYPER_OWN = ("pydantic", "pydantic_core")


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_startup_imports_nothing_heavy(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, modules = imported(tmp_path, *args)
    assert code in (0, None)
    assert "typer" in modules  # the wrapper really ran the CLI
    assert [name for name in HEAVY_FOR_STARTUP if _loaded(modules, name)] == []


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_subcommand_help_imports_nothing_of_ours(tmp_path: Path, command: str) -> None:
    code, modules = imported(tmp_path, command, "--help")
    if code == 2:
        pytest.skip(f"`samverkan {command}` is not a command yet")
    assert code in (0, None)
    heavy = [name for name in HEAVY_FOR_STARTUP if name not in TYPER_OWN]
    assert [name for name in heavy if _loaded(modules, name)] == []


def test_the_wrapper_does_see_heavy_imports(tmp_path: Path) -> None:
    """The check above is not vacuous: a command that reads data does import the loader and pydantic."""
    data = write_minimal_repository(tmp_path)
    code, modules = imported(tmp_path, "validate", "--data", str(data))
    assert code == 0
    assert {"yaml", "pydantic", "samverkan.models", "samverkan.loader"} <= modules


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_validate_never_imports_jinja2(tmp_path: Path, output_format: str) -> None:
    data = write_minimal_repository(tmp_path)
    code, modules = imported(tmp_path, "validate", "--data", str(data), "--format", output_format)
    assert code == 0
    assert not _loaded(modules, "jinja2")


def test_validate_of_invalid_data_never_imports_jinja2(tmp_path: Path) -> None:
    """Reporting schema errors takes another path (suggestions, positions); it needs no template engine either."""
    data = write_minimal_repository(tmp_path)
    (data / "activities" / "sig.yaml").write_text(
        "id: sig\nname: SIG\nstatus: okänd\nfel_nyckel: 1\n", encoding="utf-8"
    )
    (data / "activities" / "trasig.yaml").write_text("id: [\n", encoding="utf-8")
    code, modules = imported(tmp_path, "validate", "--data", str(data))
    assert code == 1
    assert not _loaded(modules, "jinja2")
