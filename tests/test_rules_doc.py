"""docs/lint.md is generated from the message catalog: it is exactly what `samverkan rules --format markdown` prints.

Edit a rule's texts (or the page's prose) in src/samverkan/catalog/lint.py, then regenerate the page; this test
fails until both agree, so the documentation never drifts from what `samverkan rules` says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.cli.app import run
from samverkan.lint import ordered_rules

pytestmark = pytest.mark.usefixtures("clean_env")

DOC = Path(__file__).resolve().parents[1] / "docs" / "lint.md"
REGENERATE = ".venv/bin/samverkan rules --format markdown > docs/lint.md"


def generated(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = run(["rules", "--format", "markdown", *args])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    return captured.out


def test_docs_lint_md_is_the_generated_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert DOC.read_text(encoding="utf-8") == generated(capsys), (
        f"docs/lint.md differs from the rules' texts in the catalog; regenerate it: {REGENERATE}"
    )


def test_the_page_explains_every_rule_under_its_theme(capsys: pytest.CaptureFixture[str]) -> None:
    page = generated(capsys)
    headings = [line for line in page.splitlines() if line.startswith("### ")]
    assert headings == [f"### `{rule.code}`" for rule in ordered_rules()]
    for rule in ordered_rules():
        section = page.split(f"### `{rule.code}`\n\n", 1)[1].split("\n### ", 1)[0]
        assert "\nUndvik: " in section and "\nBättre: " in section, rule.code


def test_the_page_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    page = generated(capsys, "--lang", "en")
    assert page.startswith("# `samverkan lint` — rules for the whole data folder\n")
    assert "\nAnti-pattern: " in page and "\nUndvik: " not in page


def test_one_rule_in_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert generated(capsys, "config-unknown-rule") == (
        "### `config-unknown-rule`\n"
        "\n"
        "Förvald nivå: **fel**. Varje regelkod i data/samverkan.yaml finns.\n"
        "\n"
        "En regelkod i data/samverkan.yaml som samverkan inte känner till.\n"
        "\n"
        "Undvik: `rules: {goal-vague-verbs: av}` – den felstavade koden stänger inte av något, och ingen märker det.\n"
        "\n"
        "Bättre: kopiera koden från `samverkan rules`.\n"
    )


def test_rules_help_names_every_listing_format() -> None:
    """The help of `rules --format` is a catalog text; it must name every format `RULE_LISTERS` offers."""
    from samverkan.catalog import render
    from samverkan.lint.listing import RULE_LISTERS

    for lang in ("sv", "en"):
        text = render("help.rules.option.format", lang, {"default": "text"})
        assert [name for name in RULE_LISTERS if name not in text] == []
