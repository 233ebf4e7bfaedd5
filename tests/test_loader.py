"""The strict loader, one case at a time: what it accepts, what it refuses, and exactly where it says so."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from samverkan.catalog import Msg, say
from samverkan.loader import MAX_DEPTH, MAX_FILE_BYTES, Document, load_document, parse_bytes
from samverkan.repository import load_repository

Found = tuple[str, int | None, int | None, str]


def parse(source: str | bytes) -> tuple[Document | None, list[Found]]:
    raw = source.encode("utf-8") if isinstance(source, str) else source
    document, problems = parse_bytes(raw, "data/activities/x.yaml")
    return document, [(d.file, d.line, d.column, d.code) for d in problems]


def refused(source: str | bytes) -> list[Found]:
    document, found = parse(source)
    assert document is None
    return found


def accepted(source: str | bytes) -> Document:
    document, found = parse(source)
    assert found == []
    assert document is not None
    return document


F = "data/activities/x.yaml"


# --------------------------------------------------------------------------------------------- duplicate keys


def test_duplicate_key_names_both_lines_and_keeps_the_first_value() -> None:
    document, problems = parse_bytes(b"name: first\nid: sig\nname: second\n", F)
    assert document is not None and document.data == {"name": "first", "id": "sig"}
    assert [(d.line, d.column, d.code) for d in problems] == [(3, 1, "yaml-duplicate-key")]
    assert problems[0].message("sv") == "Nyckeln `name` finns två gånger i samma avsnitt (först på rad 1)."
    assert problems[0].message("en") == "The key `name` appears twice in the same section (first on line 1)."


def test_every_duplicate_is_reported_even_nested_and_in_a_dropped_value() -> None:
    document, found = parse("a:\n  x: 1\n  x: 2\na:\n  y: 1\n  y: 2\nb: 1\nb: 2\n")
    # The second `a` is dropped whole, so its own inner duplicate is not worth a finding of its own.
    assert found == [(F, 3, 3, "yaml-duplicate-key"), (F, 4, 1, "yaml-duplicate-key"), (F, 8, 1, "yaml-duplicate-key")]
    assert document is not None and document.data == {"a": {"x": 1}, "b": 1}
    assert document.key_positions == {("a",): (1, 1), ("a", "x"): (2, 3), ("b",): (7, 1)}


def test_quoted_and_plain_spellings_of_one_key_are_duplicates() -> None:
    _, found = parse("\"a\": 1\n'a': 2\n")
    assert found == [(F, 2, 1, "yaml-duplicate-key")]


def test_a_duplicate_key_does_not_hide_schema_errors_in_the_rest_of_the_file(minimal_repo: Path) -> None:
    activity = minimal_repo / "data" / "activities" / "sig.yaml"
    activity.write_text("id: sig\nname: SIG\nname: SIG igen\nstatus: klart\n", encoding="utf-8")
    os.chdir(minimal_repo)
    repository = load_repository(Path("data"), [Path("data/activities/sig.yaml")])
    assert [(d.file, d.line, d.column, d.code) for d in repository.diagnostics] == [
        ("data/activities/sig.yaml", 3, 1, "yaml-duplicate-key"),
        ("data/activities/sig.yaml", 4, 9, "schema-invalid-choice"),
    ]


# ------------------------------------------------------------------------------ anchors, tags, documents, keys


def test_anchor_is_refused_where_it_stands() -> None:
    assert refused("a: &x 1\nb: 2\n") == [(F, 1, 4, "yaml-anchor")]


def test_alias_is_refused_and_never_expanded() -> None:
    assert refused("a: 1\nb: *x\n") == [(F, 2, 4, "yaml-anchor")]  # libyaml leaves an unknown alias to us
    assert refused("a: [1]\nb:\n  - &x 2\n  - *x\n") == [(F, 3, 5, "yaml-anchor")]


def test_anchor_on_a_mapping() -> None:
    assert refused("a: &base\n  x: 1\nb: 2\n") == [(F, 1, 4, "yaml-anchor")]


def test_billion_laughs_costs_only_its_own_size() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 10)]
    assert refused("\n".join(lines) + "\n") == [(F, 1, 5, "yaml-anchor")]


@pytest.mark.parametrize(
    ("source", "column"),
    [
        ("a: !!python/object/apply:os.system ['true']\n", 4),
        ("a: !!python/object:builtins.dict {}\n", 4),
        ("a: !custom 1\n", 4),
        ("a: !!binary aGVsbG8=\n", 4),
        ("a: !!int '3'\n", 4),
        ("a: !!set {x}\n", 4),
    ],
)
def test_tags_are_refused(source: str, column: int) -> None:
    assert refused(source) == [(F, 1, column, "yaml-tag")]


def test_tag_on_the_document_itself() -> None:
    assert refused("!!python/object:os.system\na: 1\n") == [(F, 1, 1, "yaml-tag")]


def test_str_tag_and_non_specific_tag_keep_text() -> None:
    assert accepted("a: !!str 0701234567\nb: ! 12\n").data == {"a": "0701234567", "b": "12"}


def test_several_documents_in_one_file() -> None:
    assert refused("id: a\n---\nid: b\n") == [(F, 2, 1, "yaml-multiple-documents")]
    assert refused("id: a\n...\n---\nid: b\n") == [(F, 3, 1, "yaml-multiple-documents")]


def test_one_document_with_explicit_markers_is_fine() -> None:
    assert accepted("%YAML 1.1\n---\nid: a\n...\n").data == {"id": "a"}


def test_merge_key() -> None:
    assert refused("a: 1\nb:\n  <<: {x: 1}\n") == [(F, 3, 3, "yaml-merge-key")]


def test_quoted_merge_key_is_just_an_unknown_key() -> None:
    assert accepted("'<<': 1\n").data == {"<<": 1}


@pytest.mark.parametrize(
    ("source", "where"),
    [("? [a, b]\n: 1\n", (1, 3)), ("a: 1\n? {x: 1}\n: 2\n", (2, 3)), ("[a, b]: 1\n", (1, 1))],
)
def test_complex_keys(source: str, where: tuple[int, int]) -> None:
    assert refused(source) == [(F, *where, "yaml-complex-key")]


# ----------------------------------------------------------------------------------- shapes of the whole file


@pytest.mark.parametrize("source", ["", "\n\n", "   \n", "# bara en kommentar\n# och en till\n", "---\n", "~\n"])
def test_empty_or_comments_only(source: str) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(None, None, "file-empty")]
    assert problems[0].message("sv") == "Filen är tom."


def test_top_level_list() -> None:
    document, problems = parse_bytes(b"# en lista\n- id: a\n- id: b\n", F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(2, 1, "file-not-mapping")]
    assert problems[0].message("sv") == "Filen ska bestå av nycklar med värden (`nyckel: värde`), inte av en lista."
    assert problems[0].message("en") == "The file should consist of keys with values (`key: value`), not of a list."


def test_top_level_scalar() -> None:
    document, problems = parse_bytes(b"just some text\n", F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(1, 1, "file-not-mapping")]
    assert problems[0].message("en").endswith("not of a single value.")


def test_empty_mapping_is_a_mapping() -> None:
    assert accepted("{}\n").data == {}


# --------------------------------------------------------------------------------------------------- encodings


def test_utf8_bom_is_accepted_and_columns_count_after_it() -> None:
    document = accepted(b"\xef\xbb\xbfid: sig\nname: SIG\n")
    assert document.data == {"id": "sig", "name": "SIG"}
    assert document.value_positions[("id",)] == (1, 5)
    assert document.key_positions[("name",)] == (2, 1)
    assert refused(b"\xef\xbb\xbfid: &x sig\n") == [(F, 1, 5, "yaml-anchor")]


def test_crlf_is_accepted_and_counted_as_one_line_end() -> None:
    document = accepted(b"id: sig\r\nname: SIG\r\nnotes: |\r\n  rad 1\r\n  rad 2\r\n")
    assert document.data == {"id": "sig", "name": "SIG", "notes": "rad 1\nrad 2\n"}
    assert document.value_positions[("name",)] == (2, 7)
    assert "\r" not in document.text
    assert refused(b"id: sig\r\nname: &x SIG\r\n") == [(F, 2, 7, "yaml-anchor")]


def test_lone_cr_line_ends_are_counted_like_libyaml_counts_them() -> None:
    assert refused(b"id: sig\rname: SIG\rx: &y 1\r") == [(F, 3, 4, "yaml-anchor")]


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"id: sig\nname: \xff\n", (2, 7)),
        (b"id: sig\nname: S\xc3\n", (2, 8)),  # a cut-off two-byte sequence
        (b"name: \xc3\xa5\xc3\xa4 \xe9\n", (1, 10)),  # Latin-1 é after å and ä: the column counts characters
        (b"\xef\xbb\xbfid: sig\r\nname: \xff\n", (2, 7)),
        (b"a: \xed\xa0\x80\n", (1, 4)),  # a lone surrogate, encoded
    ],
)
def test_invalid_utf8(raw: bytes, where: tuple[int, int]) -> None:
    assert refused(raw) == [(F, *where, "encoding-invalid")]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    document, problems = parse_bytes("id: sig\nname: Sjöberg\n".encode(codec), F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(None, None, "encoding-utf16")]
    assert problems[0].message("sv") == "Filen är sparad som UTF-16, men samverkan läser bara UTF-8."


def test_a_nul_in_utf8_text_is_not_mistaken_for_utf16() -> None:
    assert refused(b"a\x00: 1\n") == [(F, 1, 2, "control-character")]


# --------------------------------------------------------------------------------- invisible and odd characters


@pytest.mark.parametrize(
    ("raw", "where", "name"),
    [
        (b"id: sig\nname: S\x00G\n", (2, 8), "NUL"),
        (b"id: s\x01g\n", (1, 6), "U+0001"),
        (b"id: sig\x1b[31m\n", (1, 8), "U+001B"),
        (b"id: sig\x7f\n", (1, 8), "U+007F"),
        ("id: sig\nname: S\u0085G\n".encode(), (2, 8), "U+0085"),  # NEL: libyaml would break the line here
        ("name: 'a\u2028b'\n".encode(), (1, 9), "U+2028"),  # line separator: would shift every line after it
        ("name: a\u2029b\n".encode(), (1, 8), "U+2029"),
        ("name: a\ufeffb\n".encode(), (1, 8), "U+FEFF"),  # a BOM in the middle, from pasting two files together
        ("name: a\ufffeb\n".encode(), (1, 8), "U+FFFE"),
        ("name: abc\u202edcba\n".encode(), (1, 10), "U+202E"),  # right-to-left override ("Trojan Source")
        (b'name: "S\\0G"\n', (1, 7), "NUL"),  # put there by an escape
        (b'name: "\\e[31m"\n', (1, 7), "U+001B"),
        (b'"na\\x00me": x\n', (1, 1), "NUL"),  # in a key
    ],
)
def test_control_characters(raw: bytes, where: tuple[int, int], name: str) -> None:
    document, problems = parse_bytes(raw, F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(*where, "control-character")]
    assert problems[0].message("en") == f"The file contains an invisible control character ({name})."


def test_tab_and_newline_escapes_in_quotes_are_text() -> None:
    assert accepted(b'notes: "a\\tb\\nc"\n').data == {"notes": "a\tb\nc"}


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("<<<<<<< HEAD\nid: a\n=======\nid: b\n>>>>>>> feature\n", (1, 1)),
        ("id: a\nname: x\n<<<<<<< HEAD\nstatus: klar\n=======\nstatus: pågående\n>>>>>>> 1a2b3c\n", (3, 1)),
        ("id: a\n=======\n", (2, 1)),
        ("id: a\n||||||| merged common ancestors\n", (2, 1)),
    ],
)
def test_git_merge_conflict_markers(source: str, where: tuple[int, int]) -> None:
    assert refused(source) == [(F, *where, "merge-conflict")]


def test_seven_equals_signs_inside_text_are_not_a_conflict() -> None:
    assert accepted("notes: a ======= b\n").data == {"notes": "a ======= b"}


# -------------------------------------------------------------------------------------------------------- tabs


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("id: sig\nresponsibilities:\n\t- party: polisen\n", (3, 1)),
        ("a:\n  b: 1\n  \tc: 2\n", (3, 3)),
        ("a:\n  -\tx\n", (2, 4)),
        ("a: 1\n\t\nb: 2\n", (2, 1)),  # libyaml refuses a tab even on a blank line
        ("name: en text\n\tsom fortsätter\n", (2, 1)),  # parses, but the line would silently join the text above
        ("a: |\n\tx\n", (2, 1)),  # a block cannot be indented with a tab either
    ],
)
def test_tab_in_indentation(source: str, where: tuple[int, int]) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(*where, "yaml-tab")]
    assert problems[0].message("sv") == "Tabbtecken används som indrag."


def test_tabs_inside_a_block_of_text_are_text() -> None:
    document = accepted("notes: |\n  Punkt\tett\n  \tindragen rad\nid: sig\n")
    assert document.data == {"notes": "Punkt\tett\n\tindragen rad\n", "id": "sig"}


def test_tab_after_a_colon_is_a_separator() -> None:
    assert accepted("id:\tsig\n").data == {"id": "sig"}


# ------------------------------------------------------------------------------- the YAML 1.1 surprises, gone


def test_yaml_11_surprises_stay_text() -> None:
    document = accepted(
        "a: no\nb: yes\nc: on\nd: off\ne: 0701234567\nf: 18:30\ng: 2021-02-30\nh: 2021-03-15\n"
        "i: 0o17\nj: 0x1F\nk: .inf\nl: 1_000\nm: NO\nn: y\n"
    )
    assert document.data == {
        "a": "no",
        "b": "yes",
        "c": "on",
        "d": "off",
        "e": "0701234567",
        "f": "18:30",
        "g": "2021-02-30",
        "h": "2021-03-15",
        "i": "0o17",
        "j": "0x1F",
        "k": ".inf",
        "l": "1_000",
        "m": "NO",
        "n": "y",
    }


def test_core_schema_scalars() -> None:
    document = accepted("a: true\nb: False\nc: ~\nd: null\ne: 12\nf: -3\ng: 2.5\nh: 1e3\ni:\nj: '12'\n")
    assert document.data == {
        "a": True,
        "b": False,
        "c": None,
        "d": None,
        "e": 12,
        "f": -3,
        "g": 2.5,
        "h": 1000.0,
        "i": None,
        "j": "12",
    }


def test_keys_are_always_text() -> None:
    assert accepted("no: 1\n2020: 2\ntrue: 3\n~: 4\n").data == {"no": 1, "2020": 2, "true": 3, "~": 4}


# ----------------------------------------------------------------------------------------- Unicode, accepted


def test_decomposed_keys_and_values_are_composed_without_moving_a_column() -> None:
    nfd = unicodedata.normalize("NFD", "status: pågående\nnotes: Åsa, Örebro och Malmö\nx: &a 1\n")
    document, found = parse(nfd)
    assert found == [(F, 3, 4, "yaml-anchor")]
    decomposed = unicodedata.normalize("NFD", "pågående\nåäö: x\n")
    document = accepted(decomposed.split("\n")[1] + "\nstatus: " + decomposed.split("\n")[0] + "\ny: 1\n")
    assert document.data == {"åäö": "x", "status": "pågående", "y": 1}
    # The column is the one an editor shows on the line as written: `a` + ring are two characters there.
    assert document.value_positions[("åäö",)] == (1, 9)
    assert document.key_positions[("y",)] == (3, 1)


def test_a_syntax_error_after_decomposed_letters_points_where_the_editor_does() -> None:
    line = unicodedata.normalize("NFD", "name: åå: x\n")
    assert refused(line) == [(F, 1, 11, "yaml-syntax")]  # the second colon is the 11th character as written


def test_emoji_and_all_of_swedish_in_values() -> None:
    text = "ÅÄÖåäö éü – “citat” ”svenska” «» § ½ € 👮‍♀️🚓 🇸🇪 👨‍👩‍👧"
    document = accepted(f"name: {text}\nnotes: '{text}'\nid: x\n")
    assert document.data == {"name": text, "notes": text, "id": "x"}
    assert document.key_positions[("id",)] == (3, 1)


def test_columns_after_emoji_count_characters() -> None:
    assert refused("name: 🚓🚓: x\n") == [(F, 1, 9, "yaml-syntax")]


def test_lone_surrogate_escape() -> None:
    _, problems = parse_bytes(b'name: "\\ud800"\n', F)
    assert [(d.line, d.column, d.code) for d in problems] == [(1, 10, "yaml-syntax")]
    assert problems[0].message("sv") == "Filen är inte giltig YAML: en ogiltig `\\u`-kod inom dubbla citattecken."


# -------------------------------------------------------------------------------------------- size and depth


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"notes: " + b"x" * MAX_FILE_BYTES + b"\n")
    document, problems = load_document(path, "data/big.yaml")
    assert document is None
    assert [(d.file, d.line, d.column, d.code) for d in problems] == [("data/big.yaml", None, None, "file-too-large")]
    assert problems[0].message("en") == "The file is too large (1,000,008 bytes, the limit is 1,000,000 bytes)."
    assert (
        problems[0].message("sv")
        == "Filen är för stor (1\u00a0000\u00a0008 byte, gränsen är 1\u00a0000\u00a0000 byte)."
    )


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_bytes(b"notes: " + b"x" * (MAX_FILE_BYTES - 8) + b"\n")
    document, problems = load_document(path, "ok.yaml")
    assert problems == [] and document is not None


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("- " * 10_000 + "x\n", (1, 2 * MAX_DEPTH + 1)),  # block style, compact
        ("[" * 10_000 + "]" * 10_000 + "\n", (1, 1001)),  # flow style: libyaml's own limit of 1000 comes first
        ("a: " + "[" * 10_000 + "\n", (1, 1003)),  # unclosed
        ("{a: " * 10_000 + "1" + "}" * 10_000 + "\n", (1, 401)),
        ("".join("  " * i + "a:\n" for i in range(150)), (101, 201)),  # block style, one level a line
    ],
)
def test_deep_nesting_is_a_finding_never_a_crash(source: str, where: tuple[int, int]) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(*where, "yaml-too-deep")]
    assert problems[0].message("sv") == f"Filen är nästlad djupare än {MAX_DEPTH} nivåer."


def test_nesting_up_to_the_limit_is_fine() -> None:
    depth = MAX_DEPTH - 1
    document = accepted("a: " + "[" * depth + "]" * depth + "\n")
    value: Any = document.data["a"]
    for _ in range(depth - 1):
        value = value[0]
    assert value == []


# -------------------------------------------------------------------------------------------- reading files


def test_unreadable_things(tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")  # opening it would wait for a writer forever
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    results = {
        name: [(d.line, d.code, d.message("en")) for d in load_document(tmp_path / name, name)[1]]
        for name in ("folder.yaml", "pipe.yaml", "loop.yaml", "missing.yaml")
    }
    assert results == {
        "folder.yaml": [(None, "file-unreadable", "The file could not be read (it is not an ordinary file).")],
        "pipe.yaml": [(None, "file-unreadable", "The file could not be read (it is not an ordinary file).")],
        "loop.yaml": [(None, "file-unreadable", "The file could not be read (a symbolic link points in a loop).")],
        "missing.yaml": [(None, "file-unreadable", "The file could not be read (the file does not exist).")],
    }


def test_document_position_falls_back_to_the_nearest_ancestor() -> None:
    document = accepted("a:\n  b:\n    - x\n    - y\n")
    assert document.position(("a", "b", 1)) == (4, 7)
    assert document.position(("a", "b", 7, "c")) == (3, 5)
    assert document.position(("a", "b"), prefer_key=True) == (2, 3)
    assert document.position(("zz",)) == (1, 1)


# ------------------------------------------------------------------------------------- no value is ever echoed

MARKER = "19121212-1212"


@pytest.mark.parametrize(
    "source",
    [
        f'name: "{MARKER}\n',
        f"name: {MARKER}: x\n",
        f"name: '{MARKER}' x\n",
        f"name:\n  - a\n {MARKER}: b\n",
        f'name: "\\q{MARKER}"\n',
        f"name: [{MARKER}\n",
        f"name: {{a: {MARKER}\n",
        f"- {MARKER}\nname: x\n",
        f"{MARKER}: 1\n{MARKER}: 2\n",
        f"x{MARKER}: 1\nx{MARKER}: 2\n",
        f"name: &{MARKER} x\n",
        f"name: !{MARKER} x\n",
        f"name: {MARKER}\x01\n",
    ],
)
def test_loader_findings_never_echo_the_file(source: str) -> None:
    _, problems = parse_bytes(source.encode(), F)
    assert problems
    for d in problems:
        for lang in ("sv", "en"):
            shown = f"{d.message(lang)} {d.hint(lang)}"  # type: ignore[arg-type]
            assert "1212" not in shown, shown


def test_libyaml_problem_text_is_scrubbed_of_anything_it_quotes() -> None:
    from samverkan.loader import _explain_problem

    def explained(problem: str) -> tuple[str, str]:
        return say(_explain_problem(problem), "sv"), say(_explain_problem(problem), "en")

    # The pure-Python parser quotes what it found; libyaml might in a later version. Neither reaches a user.
    assert explained("found character '19121212-1212' that cannot start any token") == (
        "ett tecken som inte får inleda ett värde; sätt texten inom citattecken",
        "a character that may not start a value; put the text in quotes",
    )
    # A complaint we have no words for is shown in libyaml's English, scrubbed, in either language.
    assert explained('expected <block end>, but found "Åsa 070-1234567" #x1b \\x00 0701234567') == (
        "expected block end, but found … … …",
        "expected block end, but found … … …",
    )
    assert explained("") == ("okänt fel", "unknown error")


@pytest.mark.parametrize(
    ("source", "where", "swedish"),
    [
        ("name: - x\n", (1, 7), "ett listelement (`-`) står där det inte får stå"),
        (" # c\n id: a\nname: x\n", (3, 1), "nycklarna på översta nivån ska börja längst till vänster"),
        ("name: |2-x\n  a\n", (1, 10), "raden fortsätter där den borde ta slut"),
        ("%FOO\n---\nname: x\n", (1, 5), "en rad som börjar med `%` måste stå inom citattecken"),
    ],
)
def test_common_syntax_mistakes_are_explained_in_swedish(source: str, where: tuple[int, int], swedish: str) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(*where, "yaml-syntax")]
    assert swedish in problems[0].message("sv")
    assert problems[0].message("en").startswith("The file is not valid YAML: ")


# ------------------------------------------------------------------- misleading complaints, named by their cause

QUOTE_THEN_TEXT_SV = (
    "Filen är inte giltig YAML: ett citattecken i början av värdet avslutas inte, eller text följer efter det "
    "avslutande citattecknet; sätt hela värdet inom citattecken."
)
QUOTE_THEN_TEXT_EN = (
    "The file is not valid YAML: a quote at the start of the value is not closed, or text follows the closing "
    "quote; put the whole value in quotes."
)


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ('id: sig\nname: "Trygg" centrum\nstatus: klar\n', (2, 15)),  # libyaml: "did not find expected key"
        ("id: sig\nname: 'Trygg' centrum\n", (2, 15)),
        ('id: sig\nname: "Trygg "centrum" x\n', (2, 15)),
        ("responsibilities:\n  - party: polisen\n    as_signed: 'Polis' m.fl.\n", (3, 24)),
        ('goals:\n  - "minska" brott\n', (2, 14)),  # libyaml: "did not find expected '-' indicator"
        ('goals: [a, "b" c]\n', (1, 16)),  # libyaml: "did not find expected ',' or ']'"
        # Not closed on its line: the value runs on to the next quote; the quote that opened it is the cause.
        ('id: sig\nname: "Trygg centrum\nstatus: "klar"\n', (2, 7)),
    ],
)
def test_text_after_a_closing_quote_is_named_not_blamed_on_indentation(source: str, where: tuple[int, int]) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code, d.message("sv"), d.message("en")) for d in problems] == [
        (*where, "yaml-syntax", QUOTE_THEN_TEXT_SV, QUOTE_THEN_TEXT_EN)
    ]


def test_a_quote_never_closed_points_where_it_opens() -> None:
    document, problems = parse_bytes(b'id: sig\nname: "Trygg centrum\nstatus: klar\n', F)
    assert document is None
    assert [(d.line, d.column, d.code, d.message("sv"), d.message("en")) for d in problems] == [
        (
            2,
            7,
            "yaml-syntax",
            "Filen är inte giltig YAML: citattecknet i början av värdet avslutas aldrig; avsluta värdet med samma "
            "sorts citattecken.",
            "The file is not valid YAML: the quote at the start of the value is never closed; end the value with the "
            "same kind of quote.",
        )
    ]


NO_SPACE_AFTER = "Filen är inte giltig YAML: mellanslaget efter kolonet saknas; skriv `nyckel: värde`."
SPACE_BEFORE = (
    "Filen är inte giltig YAML: ett mellanslag står före kolonet i stället för efter det; skriv `nyckel: värde`."
)


@pytest.mark.parametrize(
    ("source", "where", "swedish"),
    [
        ("id: sig\nname:SIG\nstatus: klar\n", (2, 5), NO_SPACE_AFTER),  # libyaml: "could not find expected ':'"
        ("id: sig\nname :SIG\nstatus: klar\n", (2, 6), SPACE_BEFORE),
        ("id: sig\nname:SIG\n\nstatus: klar\n", (2, 5), NO_SPACE_AFTER),
        ("id:sig\nname: SIG\n", (1, 3), NO_SPACE_AFTER),  # libyaml: "mapping values are not allowed", on line 2
        ("id: sig\nresponsibilities:\n  - party:polisen\n    roles: [deltar]\n", (3, 10), NO_SPACE_AFTER),
        ("next_meeting:\n  date: 2021-01-01\n  place :Rådhuset\n  time: '10:00'\n", (3, 9), SPACE_BEFORE),
    ],
)
def test_a_missing_space_after_a_colon_is_named(source: str, where: tuple[int, int], swedish: str) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code, d.message("sv")) for d in problems] == [(*where, "yaml-syntax", swedish)]


@pytest.mark.parametrize(
    ("source", "where", "swedish"),
    [
        # A colon inside a text that runs on over two lines really is misplaced: quoting the text is the fix.
        ("notes: Text\n  more text: here\n", (2, 12), "ett kolon står där det inte får stå"),
        ("notes:\n  http://example.org\n  more: here\n", (3, 7), "ett kolon står där det inte får stå"),
        ("id: sig\njust text\nstatus: klar\n", (3, 1), "ett kolon saknas efter nyckeln"),
        # A closed quote with the next line indented too far is an indentation problem after all.
        ('name: "x"\n   id: a\n', (2, 4), "en nyckel väntades här; oftast är indraget fel"),
    ],
)
def test_other_colon_and_indentation_mistakes_keep_their_explanation(
    source: str, where: tuple[int, int], swedish: str
) -> None:
    document, problems = parse_bytes(source.encode(), F)
    assert document is None
    assert [(d.line, d.column, d.code) for d in problems] == [(*where, "yaml-syntax")]
    assert swedish in problems[0].message("sv")


@pytest.mark.parametrize(
    "source",
    [
        f'name: "Trygg" {MARKER}\n',
        f'name: "{MARKER}\nid: "x"\n',
        f"{MARKER}:{MARKER}\nid: x\n",
        f"id: x\n{MARKER} :{MARKER}\nname: x\n",
    ],
)
def test_the_causes_we_name_never_echo_the_line(source: str) -> None:
    _, problems = parse_bytes(source.encode(), F)
    assert [d.code for d in problems] == ["yaml-syntax"]
    for lang in ("sv", "en"):
        assert "1212" not in f"{problems[0].message(lang)} {problems[0].hint(lang)}"  # type: ignore[arg-type]


def test_every_complaint_we_name_has_words_in_both_languages() -> None:
    from samverkan.loader import _PROBLEMS

    names = [*_PROBLEMS.values(), "quote-then-text", "unclosed-quote", "no-space-after-colon", "space-before-colon"]
    for name in names:
        for lang in ("sv", "en"):
            text = say(Msg(f"yaml.problem.{name}"), lang)  # type: ignore[arg-type]
            assert text and not text.startswith("yaml.problem.") and "{" not in text.replace("{ }", ""), (name, text)


def test_a_loaded_folder_keeps_neither_parsed_values_nor_places_until_a_finding_asks(minimal_repo: Path) -> None:
    """Memory that does not grow with a region: each file keeps its model and text; the parsed values are let go and
    the places are found again only for a file a finding points into (and then they are the same)."""
    data = minimal_repo / "data"
    escaped = "".join(f"\\x3{digit}" for digit in "19121212") + "-" + "".join(f"\\x3{digit}" for digit in "1212")
    sig = data / "activities" / "sig.yaml"
    sig.write_text(sig.read_text(encoding="utf-8") + f'notes: "{escaped}"\n', encoding="utf-8")
    repository = load_repository(data)
    loaded = [repository.agreement, *repository.activities]
    assert all(item is not None and item.document.data is None for item in loaded)
    assert all(item is not None and item.document._places is None for item in loaded)
    activity = repository.activities[0].document
    assert activity.decoded_numbers == ((("notes",), "personnummer", False),)  # what only the decoded value shows
    fresh, _ = parse_bytes(activity.text.encode("utf-8"), "sig.yaml")
    assert fresh is not None
    assert activity.position(("notes",)) == fresh.position(("notes",)) == (10, 8)
    assert activity.value_positions == fresh.value_positions and activity.key_positions == fresh.key_positions


def _full_walk(text: str) -> Any:
    from samverkan.loader import _Parser, _walk_events

    document = Document(data=None, text=text)
    parser = _Parser(text)
    try:
        _walk_events(parser, document, [], "x.yaml", [])
    finally:
        parser.dispose()
    return document.data


REPOSITORY_YAML = sorted(
    path
    for folder in ("data", "examples", "tests/fixtures")
    for path in (Path(__file__).resolve().parents[1] / folder).rglob("*.y*ml")
    if path.is_file() and not path.is_symlink()
)


def test_the_fast_path_builds_the_same_data_as_the_full_walk_or_leaves_the_file_to_it() -> None:
    """`_plain_data` is the loader's fast path: for every YAML file in the repository (shipped data, examples, the
    hostile fixtures) it gives what the full walk gives, or gives up and leaves the file to the full walk."""
    from samverkan.loader import _plain_data, _Unusual

    taken = left = 0
    for path in REPOSITORY_YAML:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError:
            continue
        fast = _plain_data(text)
        if fast is _Unusual:
            left += 1
            continue
        taken += 1
        assert fast == _full_walk(text), path
        assert [type(value) for value in _leaves(fast)] == [type(value) for value in _leaves(_full_walk(text))], path
    assert taken > 60 and left > 20  # both paths are exercised


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: 2\n",  # an anchor
        "a: !!int 1\n",  # a tag
        'a: "\\x07"\n',  # a control character
        "a: 1\na: 2\n",  # a key twice
        "? [a]\n: 1\n",  # a complex key
        "<<: {a: 1}\n",  # a merge key
        "a: 1\n---\nb: 2\n",  # a second document
        "a: [1\n",  # a syntax error
        "",  # nothing
    ],
)
def test_the_fast_path_leaves_anything_that_may_be_a_finding_to_the_full_walk(text: str) -> None:
    from samverkan.loader import _plain_data, _Unusual

    assert _plain_data(text) is _Unusual
    assert parse_bytes(text.encode("utf-8"), "x.yaml")[1] != []  # and the full walk has a finding


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in (key, *_leaves(item))]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


@pytest.mark.parametrize("spelling", ["data", "./data", "data/", "absolute", "link"])
def test_what_the_walk_proves_inside_is_what_the_full_check_finds(
    spelling: str, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the walk found, not itself a link, skips the inside-the-folder check (`_inside`): the parts it is given
    must be the ones the check would find, however the data folder is named."""
    import shutil

    from samverkan import repository

    shutil.copytree(Path(__file__).resolve().parents[1] / "data", workdir / "data")
    (workdir / "data" / "activities" / "lank.yaml").symlink_to(workdir / "data" / "activities" / "sig.yaml")
    (workdir / "via").symlink_to(workdir / "data", target_is_directory=True)
    root = {"absolute": workdir / "data", "link": Path("via")}.get(spelling, Path(spelling))
    found = repository._discovered(root, None)
    assert len(found) > 20
    repository._absolute.cache_clear()  # as load_repository does: the working folder is new for each case
    repository._real_folder.cache_clear()
    for path, relative in found:
        expected = repository._inside(path, root, root.resolve())
        assert relative in (None, expected), path
        assert (relative is None) == path.is_symlink(), path
