"""The lint rules as `samverkan rules` shows them: a table or one rule (`text`), `json`, or docs/lint.md (`markdown`).

Every word comes from the catalog (`samverkan.catalog.lint`): the rules' summaries and explanations, the column
headings, and the prose of docs/lint.md, which is this module's markdown output
(`samverkan rules --format markdown > docs/lint.md`; `tests/test_rules_doc.py` fails when the two drift).
A lister returns the text; the command prints it.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable

from samverkan.catalog import Lang, render, say

from . import ordered_rules
from .registry import THEME_ORDER, Rule

#: A lister: the language, the one rule asked for (None: all of them) and the width to wrap text to.
Lister = Callable[[Lang, Rule | None, int], str]


def as_text(lang: Lang, chosen: Rule | None, width: int) -> str:
    """All rules as a table (code, default level, what it checks), or one rule explained, wrapped to `width`."""
    if chosen is not None:
        paragraphs = [say(chosen.summary, lang), *say(chosen.explanation, lang).split("\n\n")]
        wrapped = ["\n".join(_wrap(paragraph, width)) for paragraph in paragraphs]
        return "\n\n".join([render("rules.one", lang, {"code": chosen.code, "severity": chosen.severity}), *wrapped])
    rules = ordered_rules()
    levels = [render(f"enum.Severity.{rule.severity.value}", lang) for rule in rules]
    heading = [render(f"rules.column.{column}", lang) for column in ("rule", "level", "checks")]
    code_width = max(len(heading[0]), *(len(rule.code) for rule in rules))
    level_width = max(len(heading[1]), *(len(level) for level in levels))
    lines = [f"{heading[0]:<{code_width}}  {heading[1]:<{level_width}}  {heading[2]}"]
    lines += [
        f"{rule.code:<{code_width}}  {level:<{level_width}}  {say(rule.summary, lang)}"
        for rule, level in zip(rules, levels, strict=True)
    ]
    return "\n".join(lines)


def as_json(lang: Lang, chosen: Rule | None, width: int) -> str:
    """A list of objects: code, default severity, theme, summary and explanation in `lang`."""
    items = [
        {
            "code": rule.code,
            "severity": rule.severity.value,
            "theme": rule.theme,
            "summary": say(rule.summary, lang),
            "explanation": say(rule.explanation, lang),
        }
        for rule in ([chosen] if chosen is not None else ordered_rules())
    ]
    return json.dumps(items, ensure_ascii=False, indent=2)


def as_markdown(lang: Lang, chosen: Rule | None, width: int) -> str:
    """docs/lint.md: the introduction, a table of the rules, a section per theme with each rule explained, then how
    to set the rules, excuse a line and get the JSON Schemas. With a rule asked for, only that rule's section."""
    if chosen is not None:
        return _rule_section(chosen, lang)
    rules = ordered_rules()
    parts = [render(key, lang) for key in ("rules-doc.title", "rules-doc.generated", "rules-doc.intro")]
    parts.append(render("rules-doc.rules", lang))
    rows = [render("rules-doc.table.row", lang, _rule_params(rule)) for rule in rules]
    parts.append("\n".join([render("rules-doc.table.head", lang), *rows]))
    for theme in THEME_ORDER:
        in_theme = [rule for rule in rules if rule.theme == theme]
        if not in_theme:
            continue
        parts.append(f"## {render(f'rule-theme.{theme}', lang)}")
        parts.append(render(f"rule-theme.{theme}.intro", lang))
        parts.extend(_rule_section(rule, lang) for rule in in_theme)
    parts.extend(render(key, lang) for key in ("rules-doc.settings", "rules-doc.ignore", "rules-doc.schema"))
    return "\n\n".join(parts)


def _rule_section(rule: Rule, lang: Lang) -> str:
    return "\n\n".join(
        [
            render("rules-doc.rule.heading", lang, {"code": rule.code}),
            render("rules-doc.rule.severity", lang, _rule_params(rule)),
            say(rule.explanation, lang),
        ]
    )


def _rule_params(rule: Rule) -> dict[str, object]:
    return {"code": rule.code, "severity": rule.severity, "summary": rule.summary}


def _wrap(paragraph: str, width: int) -> list[str]:
    return textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False) or [""]


#: Every `--format` of `samverkan rules`, by name: the one list its choices come from.
RULE_LISTERS: dict[str, Lister] = {"text": as_text, "json": as_json, "markdown": as_markdown}


def listed(output_format: str, lang: Lang, chosen: Rule | None, width: int) -> str:
    """The rules (or the one `chosen`) in `output_format`, ending with a newline."""
    return RULE_LISTERS[output_format](lang, chosen, width) + "\n"
