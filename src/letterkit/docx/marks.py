"""What a draft for sign-off carries and a final letter does not: a DRAFT header, line numbers
partners can quote, a comment on each clause saying where it comes from, and a sign-off sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.run import Run as DocxRun

from letterkit.docx.oxml import el, insert_in_order

# Elements that follow w:lnNumType in CT_SectPr, in schema order.
_SECTPR_AFTER_LNNUM = (
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


@dataclass
class DraftMarks:
    header: str
    line_numbers: bool = False
    comments: list[tuple[int, str]] = field(default_factory=list)  # (block index, text)
    comment_author: str = "letterkit"
    sheet_title: str = "Sign-off sheet"
    sheet_rows: list[tuple[str, str, str]] = field(default_factory=list)  # org, contact, status


def apply_draft_marks(document: Any, blocks: list[Any], marks: DraftMarks) -> None:
    """Add the draft marks to a written letter; `blocks` are its body paragraphs in order."""
    _header(document, marks.header)
    if marks.line_numbers:
        _line_numbers(document)
    for index, text in marks.comments:
        _comment(document, blocks[index], text, marks.comment_author)
    if marks.sheet_rows:
        _sheet(document, marks)


def _style(document: Any, style_id: str) -> Any:
    element = document.styles.element.get_by_id(style_id)
    return document.styles[element.name_val] if element is not None else None


def _header(document: Any, text: str) -> None:
    headers = []
    for section in document.sections:
        headers.append(section.header)
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
    for header in headers:
        header.is_linked_to_previous = False
        paragraphs = header.paragraphs
        if paragraphs and not paragraphs[0].text.strip() and len(paragraphs) == 1:
            para = paragraphs[0]
        elif paragraphs:
            para = paragraphs[0].insert_paragraph_before()
        else:
            para = header.add_paragraph()
        para.style = _style(document, "Header")
        run = para.add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xA0, 0x00, 0x00)


def _line_numbers(document: Any) -> None:
    for section in document.sections:
        sect_pr = section._sectPr
        for old in sect_pr.findall(qn("w:lnNumType")):
            sect_pr.remove(old)
        numbering = el("w:lnNumType", {"w:countBy": "1", "w:restart": "continuous"})
        insert_in_order(sect_pr, numbering, _SECTPR_AFTER_LNNUM)


def _comment(document: Any, p: Any, text: str, author: str) -> None:
    # text runs only: a range ending after a footnote reference makes LibreOffice lose notes
    runs = [c for c in p if c.tag == qn("w:r") and c.find(qn("w:t")) is not None]
    if not runs:
        return  # nothing to anchor on (a paragraph of links only): the comment is skipped
    first, last = DocxRun(runs[0], None), DocxRun(runs[-1], None)  # type: ignore[arg-type]
    document.add_comment([first, last], text=text, author=author, initials="LK")


def _sheet(document: Any, marks: DraftMarks) -> None:
    heading = document.add_paragraph(marks.sheet_title, style=_style(document, "SignoffHeading"))
    heading.paragraph_format.page_break_before = True
    table = document.add_table(rows=1, cols=3)
    table.style = _style(document, "TableGrid")  # None: a letterhead without it, a plain table
    for cell, title in zip(table.rows[0].cells, ("Organisation", "Contact", "Status"), strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for row in marks.sheet_rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(value)
