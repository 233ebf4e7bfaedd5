"""Property-based tests: whatever bytes a data file holds, validate answers with findings, never with a crash,
and never repeats a value from the file.

The valid example repository in `tests/fixtures/examples/` carries a fake personnummer (`19121212-1212`) in its
free-text values. Mutations move it anywhere (into keys, wrong fields, broken syntax); it must never reach any
message, hint or output. Bounded so that the whole module runs in a few seconds; no deadline, because a slow
machine is not a failure.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from samverkan.cli.app import run
from samverkan.config import LintConfig
from samverkan.diagnostics import Diagnostic
from samverkan.loader import parse_bytes
from samverkan.models import Activity, Agreement, FollowUp, Meeting
from samverkan.schema_errors import diagnostics_from

MARKER = "19121212-1212"
EXAMPLES = Path(__file__).parent / "fixtures" / "examples" / "data"
FILES = {
    "agreement.yaml": Agreement,
    "activities/sig.yaml": Activity,
    "followups/2021Q3/sig.yaml": FollowUp,
    "meetings/2021Q3.yaml": Meeting,
}
SEEDS = {name: (EXAMPLES / name).read_bytes() for name in FILES}
MODELS: list[type[BaseModel]] = [Agreement, Activity, FollowUp, Meeting, LintConfig]

# Pieces that YAML, libyaml and our loader each treat specially.
TOKENS = [
    b": ",
    b"- ",
    b"? ",
    b"&a ",
    b"*a",
    b"!!python/object:os.system ",
    b"!x ",
    b"<<: ",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b"'",
    b'"',
    b"\\",
    b'"\\0"',
    b'"\\ud800"',
    b"|\n",
    b">-\n",
    b"\t",
    b"\r",
    b"\r\n",
    b"\n",
    b"  ",
    b"#",
    b"---\n",
    b"...\n",
    b"%YAML 1.1\n",
    b"<<<<<<< HEAD\n",
    b"\x00",
    b"\x1b",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    "\u2028".encode(),
    "\u0085".encode(),
    "a\u030a".encode(),
    "🚓".encode(),
    b"yes",
    b"no",
    b"~",
    b"0701234567",
    b"18:30",
    b"2021-02-30",
    b"1e999",
    b"-0",
    MARKER.encode(),
    b"x" + MARKER.encode(),
    b"a19121212-1212: ",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """One of the valid example files, with a few random edits: bytes, tokens, whole lines."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["byte", "token", "delete", "line-dup", "line-swap", "indent", "key"]))
        lines = bytes(data).split(b"\n")
        if action == "byte" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif action == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action in {"line-dup", "line-swap", "indent", "key"} and lines:
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if action == "line-dup":
                lines.insert(j, lines[i])
            elif action == "line-swap":
                lines[i], lines[j] = lines[j], lines[i]
            elif action == "indent":
                lines[i] = b" " * draw(st.integers(0, 7)) + lines[i].lstrip(b" ")
            else:  # a key made of the marker, alone or glued to a letter, next to an existing line
                indent = lines[i][: len(lines[i]) - len(lines[i].lstrip(b" -"))].replace(b"-", b" ")
                key = draw(st.sampled_from([MARKER, "x" + MARKER, "x_" + MARKER])).encode()
                lines[i + 1 : i + 1] = [indent + key + b": x"] * draw(st.integers(1, 2))
            data = bytearray(b"\n".join(lines))
    return name, bytes(data)


#: Random text that looks a little like YAML: short words, indentation, indicators and the marker.
yamlish = st.lists(
    st.one_of(
        st.sampled_from([t.decode("utf-8", errors="replace") for t in TOKENS]),
        st.sampled_from(["id", "name", "status", "party", "roles", "notes", "period", "date", "klar", "sig"]),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
    ),
    max_size=40,
).map(lambda parts: "".join(parts).encode("utf-8", errors="surrogatepass"))


def check_core(raw: bytes, model: type[BaseModel], shown_as: str) -> list[Diagnostic]:
    """What `validate` does with one file's bytes; any exception here fails the test."""
    document, found = parse_bytes(raw, shown_as)
    if document is not None:
        try:
            model.model_validate(document.data)
        except ValidationError as error:
            found = [*found, *diagnostics_from(error, model, document, shown_as)]
    return found


def assert_clean(found: list[Diagnostic], shown_as: str) -> None:
    for d in found:
        assert d.file == shown_as and d.code
        assert d.line is None or d.line >= 1
        assert d.column is None or d.column >= 1
        for lang in ("sv", "en"):
            text = d.message(lang) + "\n" + d.hint(lang)  # type: ignore[arg-type]
            assert MARKER not in text, (d.code, text)
            assert "{" + "field}" not in text and "{key}" not in text  # every parameter was filled


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_examples_through_the_core(case: tuple[str, bytes]) -> None:
    name, raw = case
    shown_as = f"data/{name}"
    assert_clean(check_core(raw, FILES[name], shown_as), shown_as)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yamlish, st.sampled_from(MODELS))
def test_random_yamlish_text_through_the_core(raw: bytes, model: type[BaseModel]) -> None:
    assert_clean(check_core(raw, model, "data/x.yaml"), "data/x.yaml")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200), st.sampled_from(MODELS))
def test_random_bytes_through_the_core(raw: bytes, model: type[BaseModel]) -> None:
    assert_clean(check_core(raw, model, "data/x.yaml"), "data/x.yaml")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(mutated(), min_size=1, max_size=3),
    st.sampled_from(["text", "json", "github"]),
    st.sampled_from(["sv", "en"]),
)
def test_mutated_repository_through_the_cli(cases: list[tuple[str, bytes]], output: str, lang: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(EXAMPLES, data)
        for name, raw in cases:
            (data / name).write_bytes(raw)
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = run(["validate", "--data", str(data), "--format", output, "--lang", lang])
    assert code in (0, 1)  # with a data folder full of YAML files, 2 would be a usage error that is not there
    assert stderr.getvalue() == ""
    out = stdout.getvalue()
    assert MARKER not in out
    assert "Traceback" not in out
    if output == "json":
        for item in json.loads(out):
            assert item["file"] and item["code"] and item["severity"] in ("error", "warning")
    if code == 0 and output != "json":
        assert out.splitlines()[-1] in ("Inga fel: 4 filer kontrollerade.", "No problems: 4 files checked.")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=6))
def test_any_arguments_give_0_1_or_2(args: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(EXAMPLES, Path(folder) / "data")
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = run(["validate", "--data", str(Path(folder) / "data"), *args])
    assert code in (0, 1, 2)
    assert "internt fel" not in stderr.getvalue()
    assert "Traceback" not in stdout.getvalue() + stderr.getvalue()


# ------------------------------------------------------------------- control characters in values and names (issue 12)

#: What a terminal or a log viewer acts on: C0 and C1 controls, DEL, the Unicode line breaks and the bidi overrides.
UNSAFE = [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F)]]
UNSAFE += [chr(c) for c in range(0x2066, 0x206A)]
FORGED = "::error::FORGED"


def hostile_text(allow_nul: bool = True, allow_slash: bool = True) -> st.SearchStrategy[str]:
    """Text with control characters, each followed by what would be a forged workflow command on a new line."""
    controls = [c for c in UNSAFE if allow_nul or c != "\x00"]
    pieces = st.one_of(
        st.sampled_from(controls).map(lambda c: c + FORGED),
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/" if not allow_slash else ""), max_size=4),
    )
    return st.lists(pieces, min_size=1, max_size=4).map("".join).filter(lambda t: any(c in t for c in controls))


def yaml_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar, every character outside printable ASCII as an escape."""
    return '"' + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\U{ord(c):08x}" for c in text) + '"'


def assert_nothing_forged(output: str) -> None:
    raw = [c for c in output if c in UNSAFE and c != "\n"]
    assert raw == [], output
    for line in output.splitlines():
        assert not line.lstrip().startswith(("FORGED", FORGED)), output


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hostile_text(),
    hostile_text(allow_nul=False, allow_slash=False),
    st.sampled_from(["validate", "lint", "overdue"]),
    st.sampled_from(["text", "github"]),
)
def test_control_characters_in_values_and_names_never_reach_the_terminal(
    value: str, name: str, command: str, output: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(EXAMPLES, data)
        sig = data / "activities" / "sig.yaml"
        text = sig.read_text(encoding="utf-8").replace("name: SIG", f"name: {yaml_quoted(value)}")
        text += f"{yaml_quoted(value)}: 1\n"  # an unknown key
        sig.write_text(text, encoding="utf-8")
        with contextlib.suppress(OSError, ValueError):  # a name this file system refuses (too long, bad encoding)
            (data / "activities" / f"{name}.yaml").write_text(f"id: x\nname: {yaml_quoted(value)}\n", encoding="utf-8")
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = run([command, "--data", str(data), "--format", output])
    assert code in (0, 1), stderr.getvalue()
    assert_nothing_forged(stdout.getvalue())
    assert_nothing_forged(stderr.getvalue())
    assert "internt fel" not in stderr.getvalue()
