"""One voice: every sentence comes from the message catalog, so no module outside it chooses a language itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "samverkan"
CATALOG = SRC / "catalog"

#: Ways a sentence used to reach the user before the catalog; none may come back outside it.
FORBIDDEN = {
    "a language test": re.compile(r"""lang\s*[!=]=|==\s*["'](?:sv|en)["']"""),
    "paired language arguments": re.compile(r"\w_(?:sv|en)\s*="),
    "a Swedish-only branch": re.compile(r"\bif\s+sv\b|\bsv\s*=\s*\w+\s*==|\bsv\b\s+if\b"),
    "the old message types": re.compile(r"\b(?:Localized|Message)\("),
}


def _sources() -> list[Path]:
    return sorted(path for path in SRC.rglob("*.py") if CATALOG not in path.parents)


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_no_module_outside_the_catalog_picks_a_language(what: str) -> None:
    pattern = FORBIDDEN[what]
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in _sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == [], f"{what} outside samverkan/catalog"
