"""Word and spreadsheets out: a rendered Markdown document (the minutes, the agreement) as a `.docx`, and the
tables of `samverkan export` as `.xlsx` or `.csv`.

Why from the Markdown and not from the data: the Markdown is what the templates make, and a kommun may have its own
template (`--template`, `templates/` beside the data). Converting the rendered text means the Word file always says
exactly what the Markdown says, in the kommun's own layout, with no second template to keep in step. The text is
parsed with markdown-it-py (CommonMark and its tables), the same parser GitHub-like viewers agree with, and its
tokens are written with python-docx as real Word structure:

- headings as Word's `Heading 1…6` (the navigation pane and a table of contents see them);
- tables as Word tables with grid lines (`Table Grid`), a bold header row repeated on every page, and column widths
  that fit the content: a narrow column keeps its natural width, the wide ones share the rest of the line;
- lists as Word lists (`List Bullet`, `List Number`, nested up to three levels); every numbered list starts at its
  own first number instead of continuing the previous one;
- bold, italic, strikethrough, code and links kept; a block quote as `Quote`; `<br>` in a table cell as a line break.

The page is A4 with 2.5 cm margins and the text is marked Swedish, so Word's spelling check uses Swedish. Both
libraries are imported inside `markdown_to_docx`: only a command that writes Word pays for loading them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from samverkan.catalog import Lang
    from samverkan.export import Table

#: Characters XML 1.0 (and so Word) cannot hold; a data file may still contain them. Shown as U+FFFD instead.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)

#: The A4 page and its margins, in centimetres.
_PAGE_WIDTH, _PAGE_HEIGHT, _MARGIN = 21.0, 29.7, 2.5
#: About how wide one character of body text is, and the padding of a table cell, in centimetres.
_CHAR_WIDTH, _CELL_PADDING = 0.2, 0.4
#: A cell this long or longer wraps anyway; longer text does not claim more of the line.
_WIDEST_CELL = 60
_LIST_LEVELS = 3
_LANGUAGE = "sv-SE"


def xml_safe(text: str) -> str:
    """`text` with every character Word cannot store replaced by U+FFFD (a data file could hold a control character)."""
    return _NOT_XML.sub("\ufffd", text)


def markdown_to_docx(markdown: str, today: dt.date) -> bytes:
    """The Markdown document as the bytes of a `.docx`; `today` is its creation date in the file's properties."""
    import docx
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(xml_safe(markdown))
    document = docx.Document()
    _set_up(document, today)
    writer = _Writer(document)
    writer.write(tokens)
    properties = document.core_properties
    properties.title = writer.title or ""
    properties.language = _LANGUAGE
    properties.author = properties.last_modified_by = "samverkan"
    properties.comments = ""
    properties.revision = 1
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _set_up(document: Any, today: dt.date) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    for section in document.sections:
        section.page_width, section.page_height = Cm(_PAGE_WIDTH), Cm(_PAGE_HEIGHT)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(_MARGIN)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
    if properties is not None:
        for old in properties.findall(qn("w:lang")):
            properties.remove(old)
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), _LANGUAGE)
        language.set(qn("w:eastAsia"), _LANGUAGE)
        properties.append(language)
    moment = dt.datetime(today.year, today.month, today.day)
    document.core_properties.created = document.core_properties.modified = moment


@dataclass
class _Cell:
    tokens: list[Token]
    header: bool
    align: str | None


@dataclass
class _List:
    ordered: bool
    depth: int
    number_id: int | None
    #: Whether the current item already has its first paragraph (the one that carries the bullet or number).
    item_started: bool = False


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    link: str | None = None


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    header: bool = False
    align: str | None = None


class _Writer:
    """Walks markdown-it's flat token stream (`*_open` … `*_close`) and writes the matching Word structure."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.lists: list[_List] = []
        self.quotes = 0
        self.table: _Table | None = None
        self.paragraph: Any = None
        self.title: str | None = None

    def write(self, tokens: list[Token]) -> None:
        for token in tokens:
            handler = getattr(self, "on_" + token.type, None)
            if handler is not None:
                handler(token)

    # ---------------------------------------------------------------------------------------------------- blocks

    def on_heading_open(self, token: Token) -> None:
        level = int(token.tag[1:])
        self.paragraph = self.document.add_paragraph(style=f"Heading {min(level, 6)}")

    def on_heading_close(self, token: Token) -> None:
        if self.title is None and self.paragraph is not None:
            self.title = self.paragraph.text
        self.paragraph = None

    def on_paragraph_open(self, token: Token) -> None:
        self.paragraph = self._new_paragraph()

    def on_paragraph_close(self, token: Token) -> None:
        self.paragraph = None

    def on_inline(self, token: Token) -> None:
        if self.table is not None:
            self.table.rows[-1].append(_Cell(list(token.children or []), self.table.header, self.table.align))
            return
        if self.paragraph is None:  # text directly in a list item without a paragraph: give it one
            self.paragraph = self._new_paragraph()
        write_inline(self.paragraph, token.children or [])

    def on_bullet_list_open(self, token: Token) -> None:
        self.lists.append(_List(ordered=False, depth=min(len(self.lists) + 1, _LIST_LEVELS), number_id=None))

    def on_ordered_list_open(self, token: Token) -> None:
        depth = min(len(self.lists) + 1, _LIST_LEVELS)
        start = token.attrGet("start")
        number_id = _restarted_numbering(self.document, _list_style(True, depth), int(start) if start else 1)
        self.lists.append(_List(ordered=True, depth=depth, number_id=number_id))

    def on_bullet_list_close(self, token: Token) -> None:
        self.lists.pop()

    on_ordered_list_close = on_bullet_list_close

    def on_list_item_open(self, token: Token) -> None:
        self.lists[-1].item_started = False

    def on_list_item_close(self, token: Token) -> None:
        self.paragraph = None

    def on_blockquote_open(self, token: Token) -> None:
        self.quotes += 1

    def on_blockquote_close(self, token: Token) -> None:
        self.quotes -= 1

    def on_hr(self, token: Token) -> None:
        _bottom_border(self.document.add_paragraph())

    def on_code_block(self, token: Token) -> None:
        run = self.document.add_paragraph(style="No Spacing").add_run()
        run.font.name = "Consolas"
        for index, line in enumerate(token.content.rstrip("\n").split("\n")):
            if index:
                run.add_break()
            run.add_text(line)

    on_fence = on_code_block

    # ---------------------------------------------------------------------------------------------------- tables

    def on_table_open(self, token: Token) -> None:
        self.table = _Table()

    def on_tr_open(self, token: Token) -> None:
        assert self.table is not None
        self.table.rows.append([])

    def on_th_open(self, token: Token) -> None:
        assert self.table is not None
        self.table.header, self.table.align = True, _alignment(token)

    def on_td_open(self, token: Token) -> None:
        assert self.table is not None
        self.table.header, self.table.align = False, _alignment(token)

    def on_table_close(self, token: Token) -> None:
        assert self.table is not None
        rows = [row for row in self.table.rows if row]
        self.table = None
        if rows:
            write_table(self.document, rows)

    # ------------------------------------------------------------------------------------------------ paragraphs

    def _new_paragraph(self) -> Any:
        if self.lists:
            current = self.lists[-1]
            if not current.item_started:
                current.item_started = True
                paragraph = self.document.add_paragraph(style=_list_style(current.ordered, current.depth))
                if current.number_id is not None:
                    _number(paragraph, current.number_id)
                return paragraph
            suffix = "" if current.depth == 1 else f" {current.depth}"
            return self.document.add_paragraph(style=f"List Continue{suffix}")
        if self.quotes:
            return self.document.add_paragraph(style="Quote")
        return self.document.add_paragraph()


def _list_style(ordered: bool, depth: int) -> str:
    name = "List Number" if ordered else "List Bullet"
    return name if depth == 1 else f"{name} {depth}"


def _alignment(token: Token) -> str | None:
    style = str(token.attrGet("style") or "")
    found = re.search(r"text-align:\s*(left|right|center)", style)
    return found.group(1) if found else None


# --------------------------------------------------------------------------------------------------------- inline


def write_inline(paragraph: Any, children: list[Token], bold: bool = False) -> None:
    """The inline tokens of one paragraph, heading or cell as runs with their emphasis; `bold` for a header cell."""
    style = _Style(bold=bold)
    link_runs: list[Any] = []
    for child in children:
        kind = child.type
        if kind == "text":
            _add_run(paragraph, child.content, style, link_runs)
        elif kind == "code_inline":
            _add_run(paragraph, child.content, _Style(style.bold, style.italic, style.strike, True, style.link), link_runs)
        elif kind in ("strong_open", "strong_close"):
            style.bold = kind == "strong_open" or bold
        elif kind in ("em_open", "em_close"):
            style.italic = kind == "em_open"
        elif kind in ("s_open", "s_close"):
            style.strike = kind == "s_open"
        elif kind == "softbreak":
            _add_run(paragraph, " ", style, link_runs)
        elif kind == "hardbreak":
            paragraph.add_run().add_break()
        elif kind == "html_inline":
            if _BREAK.fullmatch(child.content.strip()):
                paragraph.add_run().add_break()
        elif kind == "link_open":
            style.link = str(child.attrGet("href") or "")
            link_runs = []
        elif kind == "link_close":
            if style.link and link_runs:
                _hyperlink(paragraph, style.link, link_runs)
            style.link, link_runs = None, []
        elif kind == "image":
            _add_run(paragraph, child.content, style, link_runs)


def _add_run(paragraph: Any, text: str, style: _Style, link_runs: list[Any]) -> None:
    if not text:
        return
    run = paragraph.add_run(text)
    run.bold = style.bold or None
    run.italic = style.italic or None
    if style.strike:
        run.font.strike = True
    if style.code:
        run.font.name = "Consolas"
    if style.link:
        from docx.enum.text import WD_UNDERLINE
        from docx.shared import RGBColor

        run.font.underline = WD_UNDERLINE.SINGLE
        run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link_runs.append(run)


def _hyperlink(paragraph: Any, url: str, runs: list[Any]) -> None:
    """Moves `runs` into a real Word hyperlink to `url` (python-docx has no API for adding one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    runs[0]._r.addprevious(link)
    for run in runs:
        link.append(run._r)


def _bottom_border(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


# ---------------------------------------------------------------------------------------------------------- lists


def _restarted_numbering(document: Any, style_name: str, start: int) -> int | None:
    """A new Word numbering instance for the numbered-list style `style_name`, starting at `start`.

    The list styles share one numbering each, so without this every numbered list in the document would continue
    where the previous one stopped (decisions numbered 4, 5, 6 after an earlier list of three)."""
    style = document.styles[style_name]
    properties = style.element.pPr
    if properties is None or properties.numPr is None or properties.numPr.numId is None:
        return None
    numbering = document.part.numbering_part.element
    shared = numbering.num_having_numId(properties.numPr.numId.val)
    instance = numbering.add_num(shared.abstractNumId.val)
    instance.add_lvlOverride(ilvl=0).add_startOverride(start)
    return int(instance.numId)


def _number(paragraph: Any, number_id: int) -> None:
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = number_id


# --------------------------------------------------------------------------------------------------------- tables


def write_table(document: Any, rows: list[list[_Cell]]) -> None:
    """A Word table with grid lines, the first row (the Markdown header) bold and repeated on each page, and
    column widths that fit the content."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    columns = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.autofit = False
    widths = column_widths([[_plain(cell.tokens) for cell in row] for row in rows], _PAGE_WIDTH - 2 * _MARGIN)
    aligned = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)
    for row_index, row in enumerate(rows):
        word_row = table.rows[row_index]
        if row and row[0].header:
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            word_row._tr.get_or_add_trPr().append(header)
        for column, width in enumerate(widths):
            cell = word_row.cells[column]
            cell.width = Cm(width)
            if column < len(row):
                paragraph = cell.paragraphs[0]
                write_inline(paragraph, row[column].tokens, bold=row[column].header)
                if row[column].align in aligned:
                    paragraph.alignment = aligned[row[column].align or ""]


def _plain(tokens: list[Token]) -> str:
    """A cell's text as a reader sees it, with `<br>` as a line break: what its width is measured on."""
    parts = []
    for token in tokens:
        if token.type in ("text", "code_inline", "image"):
            parts.append(token.content)
        elif token.type in ("softbreak",):
            parts.append(" ")
        elif token.type == "hardbreak" or (token.type == "html_inline" and _BREAK.fullmatch(token.content.strip())):
            parts.append("\n")
    return "".join(parts)


def column_widths(cells: list[list[str]], available: float) -> list[float]:
    """Widths (cm) for a table's columns that fit their content in `available`: every column gets its natural width
    (its longest line) when they all fit; otherwise the columns narrower than an even share keep their natural width
    and the wider ones share what is left in proportion to their natural width, never narrower than their longest
    word where the line allows it."""
    columns = max((len(row) for row in cells), default=0)
    natural = [0.0] * columns
    longest_word = [0.0] * columns
    for row in cells:
        for index, text in enumerate(row):
            lines = text.split("\n") or [""]
            line = max(min(len(line), _WIDEST_CELL) for line in lines)
            word = max((len(word) for word in text.split()), default=0)
            natural[index] = max(natural[index], line * _CHAR_WIDTH + _CELL_PADDING)
            longest_word[index] = max(longest_word[index], min(word, _WIDEST_CELL // 3) * _CHAR_WIDTH + _CELL_PADDING)
    natural = [max(width, 3 * _CHAR_WIDTH + _CELL_PADDING) for width in natural]
    if sum(natural) <= available:
        return natural
    widths: dict[int, float] = {}
    remaining, open_columns = available, set(range(columns))
    while open_columns:
        share = remaining / len(open_columns)
        narrow = {index for index in open_columns if natural[index] <= share}
        if not narrow:
            break
        for index in narrow:
            widths[index] = natural[index]
            remaining -= natural[index]
        open_columns -= narrow
    if open_columns:
        floors = {index: min(longest_word[index], remaining / len(open_columns)) for index in open_columns}
        spare = remaining - sum(floors.values())
        weight = sum(natural[index] - floors[index] for index in open_columns) or 1.0
        for index in open_columns:
            widths[index] = floors[index] + spare * (natural[index] - floors[index]) / weight
    return [round(widths[index], 2) for index in range(columns)]


# ------------------------------------------------------------------------------------------- spreadsheets out

#: Characters that make a spreadsheet read a cell as a formula (CSV and formula injection): such a text gets a `'`
#: in front, which Excel and LibreOffice show as plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Column widths in characters: at least a header's width, at most what a screen shows without scrolling.
_NARROWEST, _WIDEST = 8, 60


def _cell(value: object, lang: Lang) -> str | int | dt.date | None:
    """A table value as a spreadsheet holds it: whole numbers and dates as themselves, everything else as text."""
    from enum import Enum

    from samverkan.catalog import Msg, say, shown

    if value is None:
        return None
    if isinstance(value, bool):
        return shown(value, lang)
    if isinstance(value, int | dt.date):
        return value
    if isinstance(value, Msg):
        return say(value, lang)
    if isinstance(value, Enum):
        return shown(value, lang)
    return _not_a_formula(xml_safe(str(value)))


def _not_a_formula(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _header(header: object, lang: Lang) -> str:
    from samverkan.catalog import Msg, say

    return say(header, lang) if isinstance(header, Msg) else _not_a_formula(xml_safe(str(header)))


def tables_to_xlsx(tables: Sequence[Table], lang: Lang, today: dt.date) -> bytes:
    """The tables as the sheets of one `.xlsx`: a bold, frozen header row with a filter, dates as real dates shown
    the Swedish way (ÅÅÅÅ-MM-DD), columns as wide as their content allows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet every new workbook has
    for table in tables:
        sheet = workbook.create_sheet(title=table.name.value)
        sheet.append([_header(header, lang) for header in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(value, lang) for value in row])
        for column in sheet.iter_cols(min_row=2):
            for cell in column:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl would store a text starting with "=" as a formula
        for index, column in enumerate(sheet.iter_cols(), start=1):
            longest = max((len(str(cell.value)) for cell in column if cell.value is not None), default=0)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, _NARROWEST), _WIDEST)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "samverkan"
    properties.created = properties.modified = dt.datetime(today.year, today.month, today.day)
    properties.language = _LANGUAGE
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def table_to_csv(table: Table, lang: Lang) -> str:
    """One table as CSV for a Swedish Excel: `;` between cells (Swedish Excel reads `,` as the decimal comma) and a
    byte-order mark first (without it Excel takes UTF-8 for the old Windows code page and breaks å, ä and ö)."""
    import csv

    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow([_header(header, lang) for header in table.headers])
    for row in table.rows:
        writer.writerow(["" if cell is None else cell for cell in (_cell(value, lang) for value in row)])
    return "\ufeff" + stream.getvalue()
