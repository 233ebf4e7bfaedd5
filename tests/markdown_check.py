"""Is a rendered document valid Markdown a reader can trust? Parsed as CommonMark with tables (markdown-it-py).

`problems(text)` lists what a reader would stumble on, each as `line N: what`:

- a table with no body row (a header and nothing under it);
- empty emphasis: `**`, `* *` or `*Ansvariga: *`, whether the parser saw it as emphasis with no text in it, or
  left the stars standing as literal text because nothing stood between them;
- a heading that jumps more than one level down (`#` then `###`), or a document that does not start at `#`.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark").enable("table")

#: Stars the parser left as text: they were meant as emphasis but wrapped nothing (`**`, `* *`, `*Ansvariga: *`).
_STRAY_STARS = re.compile(r"\*\s*\*|(?<![\\*])\*[^*\n]*:\s\*(?!\*)")


def problems(text: str) -> list[str]:
    tokens = _PARSER.parse(text)
    found: list[str] = []
    found += _empty_tables(tokens)
    found += _empty_emphasis(tokens)
    found += _heading_jumps(tokens)
    return found


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


def _empty_tables(tokens: list[Token]) -> list[str]:
    found = []
    for index, token in enumerate(tokens):
        if token.type != "table_open":
            continue
        rest = tokens[index:]
        end = next(i for i, t in enumerate(rest) if t.type == "table_close")
        if not any(t.type == "tbody_open" for t in rest[:end]):
            found.append(f"line {_line(token)}: a table with no rows")
    return found


def _empty_emphasis(tokens: list[Token]) -> list[str]:
    found = []
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        children = token.children
        for index, child in enumerate(children):
            if child.type in ("em_open", "strong_open"):
                closing = child.type.replace("_open", "_close")
                inner = []
                for later in children[index + 1 :]:
                    if later.type == closing:
                        break
                    inner.append(later.content)
                if not "".join(inner).strip():
                    found.append(f"line {_line(token)}: empty emphasis")
            elif child.type == "text" and _STRAY_STARS.search(child.content):
                found.append(f"line {_line(token)}: stars around nothing: {child.content!r}")
    return found


def _heading_jumps(tokens: list[Token]) -> list[str]:
    found = []
    previous = 0
    for token in tokens:
        if token.type != "heading_open":
            continue
        level = int(token.tag[1:])
        if level > previous + 1:
            found.append(f"line {_line(token)}: heading level {level} after level {previous}")
        previous = level
    return found
