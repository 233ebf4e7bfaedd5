"""The result cache (`samverkan.cache`): a warm run says exactly what a cold one says, reads no YAML and imports no
pydantic; any change, a tampered cache or another day is a miss, never a stale answer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _cycle import SHIPPED_DATA, cli
from samverkan.cache import FOLDER

pytestmark = pytest.mark.usefixtures("clean_env")

AS_OF = "2021-01-15"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped data in `tmp_path/data`, the cache switched on, run from `tmp_path`."""
    monkeypatch.delenv("SAMVERKAN_NO_CACHE")
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SHIPPED_DATA, tmp_path / "data")
    return tmp_path / "data"


def cache_files(data: Path) -> list[Path]:
    return sorted((data.parent / FOLDER).glob("*.json"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return cli(capsys, *args)


@pytest.mark.parametrize(
    "args",
    [
        ("lint", "--as-of", AS_OF),
        ("lint", "--as-of", AS_OF, "--format", "json"),
        ("--lang", "en", "lint", "--as-of", AS_OF, "--format", "github"),
        ("validate",),
        ("validate", "--format", "json", "--lang", "en"),
    ],
)
def test_a_warm_run_says_what_a_cold_one_says(
    data: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    cold = run(capsys, *args, "--no-cache")
    assert cache_files(data) == []  # --no-cache neither reads nor writes
    first = run(capsys, *args)
    assert len(cache_files(data)) == 1
    warm = run(capsys, *args)
    assert cold == first == warm


def test_the_texts_are_kept_in_both_languages(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "lint", "--as-of", AS_OF)  # stored by a Swedish run
    assert run(capsys, "lint", "--as-of", AS_OF, "--lang", "en") == run(
        capsys, "lint", "--as-of", AS_OF, "--lang", "en", "--no-cache"
    )


def test_a_changed_file_is_read_again(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = run(capsys, "lint", "--as-of", AS_OF)
    activity = data / "activities" / "sig.yaml"
    activity.write_text(activity.read_text(encoding="utf-8").replace("order: 1\n", "order: ett\n"), "utf-8")
    after = run(capsys, "lint", "--as-of", AS_OF)
    assert after[0] == 1 and "data/activities/sig.yaml:4:8: fel" in after[1]
    assert after == run(capsys, "lint", "--as-of", AS_OF, "--no-cache") != before


def test_a_personnummer_in_a_hidden_folder_is_a_change_too(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "lint", "--as-of", AS_OF)[0] == 0
    (data / ".utkast").mkdir()
    (data / ".utkast" / "anteckning.txt").write_text("Elev 811218-9876 sågs i centrum.\n", encoding="utf-8")
    code, out, _err = run(capsys, "lint", "--as-of", AS_OF)
    assert code == 1 and "[personal-identity-number]" in out
    assert "811218" not in out


def test_another_day_is_another_run(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The agreement ends 1 June 2023: lint warns about it after that day, not before."""
    assert "[agreement-expired]" not in run(capsys, "lint", "--as-of", AS_OF)[1]
    assert "[agreement-expired]" in run(capsys, "lint", "--as-of", "2024-01-15")[1]


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign", "not-json"])
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(
    data: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    cold = run(capsys, "lint", "--as-of", AS_OF)
    [entry] = cache_files(data)
    raw = bytearray(entry.read_bytes())
    if damage == "flip":  # inside a stored text: still JSON, but no longer what was stored
        at = raw.index(b'"severity": "warning"') + len(b'"severity": "')
        raw[at : at + 7] = b"WARNING"
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "foreign":  # whole and consistent, but another run's: its key does not match
        stored = json.loads(raw)
        stored["key"] = "0" * 64
        raw = bytearray(json.dumps(stored).encode())
    else:
        raw = bytearray(b"\x00\xff garbage")
    entry.write_bytes(bytes(raw))
    assert run(capsys, "lint", "--as-of", AS_OF) == cold
    assert json.loads(entry.read_bytes())["key"] != "0" * 64  # rewritten by the run that ignored it
    assert run(capsys, "lint", "--as-of", AS_OF) == cold


def test_files_named_on_the_command_line_are_not_cached(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", "data/activities/sig.yaml")[0] == 0
    assert cache_files(data) == []


def test_the_environment_can_turn_it_off(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMVERKAN_NO_CACHE", "1")
    run(capsys, "lint", "--as-of", AS_OF)
    assert cache_files(data) == []


def test_a_folder_where_nothing_can_be_written_has_no_cache(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data.parent / FOLDER).write_text("a file where the folder would be\n", encoding="utf-8")
    assert run(capsys, "lint", "--as-of", AS_OF) == run(capsys, "lint", "--as-of", AS_OF, "--no-cache")


_WRAPPER = """
import json, runpy, sys
out = sys.argv[1]
sys.argv = ["samverkan", *sys.argv[2:]]
try:
    runpy.run_module("samverkan", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
with open(out, "w", encoding="utf-8") as handle:
    json.dump(sorted(sys.modules), handle)
"""


@pytest.mark.parametrize("command", [("lint", "--as-of", AS_OF), ("validate",)])
def test_a_warm_run_neither_parses_yaml_nor_imports_pydantic(data: Path, command: tuple[str, ...]) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SAMVERKAN_NO_CACHE"}

    def modules() -> set[str]:
        out = data.parent / "modules.json"
        subprocess.run(
            [sys.executable, "-c", _WRAPPER, str(out), *command], cwd=data.parent, env=env, check=False, timeout=120
        )
        return set(json.loads(out.read_text(encoding="utf-8")))

    cold = modules()
    assert {"pydantic", "yaml", "samverkan.models"} <= cold
    warm = modules()
    assert not {name for name in warm if name.split(".")[0] in ("pydantic", "pydantic_core", "yaml")}
    assert "samverkan.models" not in warm and "samverkan.loader" not in warm
