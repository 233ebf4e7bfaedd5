"""Which heavy modules each command imports: `samverkan --help` must start as fast as Typer itself.

Each case runs the CLI in a fresh interpreter (through `runpy`, exactly as `python -m samverkan` does) and lists
`sys.modules` when it ends. What is asserted was checked against Typer 0.29 first: for `samverkan --help` and
`--version` Typer imports its vendored click, `shellingham` and parts of the standard library, but not `rich`
while `rich_markup_mode` is None, and not pydantic. What `import typer` alone imports is Typer's cost and is not
counted (Typer before 0.19, which pyproject.toml allows and `make test-lowest` tests, imports rich at once).

Typer imports pydantic only once a subcommand's options are parsed (`typer._adapters` builds each option's
converter with a `TypeAdapter`); help screens are samverkan's own (`samverkan.cli.help_screen`, written from the
catalog before Click parses anything), so no help imports pydantic. The help of a command with `--format` names the
formats from `samverkan.reporters.REPORTERS` (their one source), so it imports the reporters (the standard
library's json and `samverkan.diagnostics`, a few milliseconds), and nothing heavier.
Speed itself is measured in benchmarks/, not here.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import write_minimal_repository

REPO = Path(__file__).resolve().parents[1]

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


@functools.cache
def typer_itself() -> frozenset[str]:
    """What `import typer` alone imports: Typer's cost, not samverkan's (Typer before 0.19 imports rich at once)."""
    found = subprocess.run(
        [sys.executable, "-c", "import json, sys, typer; print(json.dumps(sorted(sys.modules)))"],
        check=True,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
    )
    return frozenset(json.loads(found.stdout))


def heavy_of_ours(modules: set[str], allowed: tuple[str, ...] = ()) -> list[str]:
    """The heavy modules in `modules` that neither Typer itself nor `allowed` explains."""
    ours = modules - typer_itself()
    return [name for name in HEAVY_FOR_STARTUP if name not in allowed and _loaded(ours, name)]


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_startup_imports_nothing_heavy(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, modules = imported(tmp_path, *args)
    assert code in (0, None)
    assert "typer" in modules  # the wrapper really ran the CLI
    assert heavy_of_ours(modules) == []


#: What the help of a command with `--format` may import to name the formats.
FORMAT_NAMES = ("samverkan.reporters",)


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("--lang", "en", "--help")])
def test_startup_reads_only_what_it_shows(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`--version` needs no text at all; root help the catalog's texts, not the reporters."""
    code, modules = imported(tmp_path, *args)
    assert code in (0, None)
    assert not _loaded(modules, "samverkan.reporters")
    assert ("samverkan.catalog.cli" in modules) == ("--help" in args)


@pytest.mark.parametrize("command", ["validate", "lint", "report", "new followup", "schema", "rules", "overdue"])
def test_subcommand_help_imports_nothing_of_ours(tmp_path: Path, command: str) -> None:
    code, modules = imported(tmp_path, *command.split(), "--help")
    assert code in (0, None)
    assert heavy_of_ours(modules, allowed=FORMAT_NAMES) == []


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


#: Imported directly but installed by a declared dependency that pins its exact version.
COMES_WITH = {"pydantic-core": "pydantic", "markupsafe": "jinja2"}


def _distribution(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_is_imported_and_every_import_is_declared() -> None:
    """pyproject.toml declares what samverkan imports, no more (an unused dependency is installed for nothing)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        _distribution(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]) for requirement in project["dependencies"]
    }
    top_level: set[str] = set()
    for path in (REPO / "src" / "samverkan").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                top_level |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                top_level.add(node.module.split(".")[0])
    distributions = importlib.metadata.packages_distributions()
    imported = {
        _distribution(dist)
        for module in top_level - set(sys.stdlib_module_names) - {"samverkan"}
        for dist in distributions.get(module, [module])
    }
    assert sorted(declared - imported) == []  # declared but never imported
    assert sorted(imported - declared - set(COMES_WITH)) == []  # imported but not declared
    assert {COMES_WITH[name] for name in imported & set(COMES_WITH)} <= declared
