"""The styles and page set-up a letter needs.

With a reference document (a letterhead) its styles, margins, header and footer win, as with
pandoc's --reference-doc; only styles it lacks are added. Without one, the bundled look is a
sober NGO letter: A4, 2.5 cm margins, Arial 11 pt, black headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT = "Arial"


@dataclass(frozen=True)
class StyleSpec:
    style_id: str
    name: str
    kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
    base: str | None = "Normal"
    size: float | None = None
    bold: bool | None = None
    superscript: bool = False
    space_before: float | None = None
    space_after: float | None = None
    keep_with_next: bool = False
    left_indent_cm: float | None = None
    underline: bool = False
    color: str | None = None
    single_spacing: bool = False


# Styles letterkit writes with. Names follow Word's built-in names where Word has one, so a
# letterhead made in Word supplies its own versions of them.
REQUIRED: tuple[StyleSpec, ...] = (
    StyleSpec("Addressee", "Addressee", space_after=0),
    StyleSpec("LetterDate", "Letter Date", space_before=12, space_after=12),
    StyleSpec("Signatory", "Signatory", space_after=2, keep_with_next=True),
    StyleSpec("ListBullet", "List Bullet", space_after=6),
    StyleSpec("ListBullet2", "List Bullet 2", space_after=6),
    StyleSpec("ListBullet3", "List Bullet 3", space_after=6),
    StyleSpec("ListNumber", "List Number", space_after=6),
    StyleSpec("ListNumber2", "List Number 2", space_after=6),
    StyleSpec("ListNumber3", "List Number 3", space_after=6),
    StyleSpec("ListContinue", "List Continue", left_indent_cm=0.63),
    StyleSpec("ListContinue2", "List Continue 2", left_indent_cm=1.27),
    StyleSpec("ListContinue3", "List Continue 3", left_indent_cm=1.9),
    StyleSpec("FootnoteText", "footnote text", size=9, space_after=2, single_spacing=True),
    StyleSpec(
        "FootnoteReference", "footnote reference", WD_STYLE_TYPE.CHARACTER, None, superscript=True
    ),
    StyleSpec(
        "Hyperlink", "Hyperlink", WD_STYLE_TYPE.CHARACTER, None, underline=True, color="0563C1"
    ),
    StyleSpec("Heading1", "Heading 1", size=14, bold=True, space_before=12, space_after=6),
    StyleSpec("Heading2", "Heading 2", size=12, bold=True, space_before=10, space_after=4),
    StyleSpec("Heading3", "Heading 3", size=11, bold=True, space_before=8, space_after=4),
    StyleSpec("CommentReference", "annotation reference", WD_STYLE_TYPE.CHARACTER, None, size=8),
    StyleSpec("CommentText", "annotation text", size=10, single_spacing=True),
    StyleSpec("SignoffHeading", "Sign-off Heading", size=14, bold=True, space_after=8),
    StyleSpec("Footer", "Footer", size=9),
    StyleSpec("Header", "Header", size=9),
)


def prepare_styles(document: Any, restyle: bool) -> None:
    """Add the styles the letter needs; with `restyle`, also apply the bundled look."""
    styles = document.styles
    for spec in REQUIRED:
        existing = styles.element.get_by_id(spec.style_id)
        if existing is None:
            style = styles.add_style(spec.name, spec.kind)
            style.element.set(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId",
                spec.style_id,
            )
            if spec.base and spec.kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = styles["Normal"]
            _apply(style, spec)
        elif restyle:
            _apply(styles[existing.name_val], spec)
    if restyle:
        _bundled_look(document)


def _apply(style: Any, spec: StyleSpec) -> None:
    font = style.font
    if spec.size:
        font.size = Pt(spec.size)
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.superscript:
        font.superscript = True
    if spec.underline:
        font.underline = True
    if spec.color:
        font.color.rgb = RGBColor.from_string(spec.color)
    elif spec.style_id.startswith("Heading"):
        font.color.rgb = RGBColor(0, 0, 0)
        font.name = FONT
        font.italic = False
    if spec.kind != WD_STYLE_TYPE.PARAGRAPH:
        return
    fmt = style.paragraph_format
    ppr = style.element.pPr
    if ppr is not None and spec.space_after is not None:
        # Word's list styles collapse the spacing between items; a letter's asks need air.
        for node in ppr.findall(qn("w:contextualSpacing")):
            ppr.remove(node)
    if spec.space_before is not None:
        fmt.space_before = Pt(spec.space_before)
    if spec.space_after is not None:
        fmt.space_after = Pt(spec.space_after)
    if spec.keep_with_next:
        fmt.keep_with_next = True
    if spec.left_indent_cm is not None:
        fmt.left_indent = Cm(spec.left_indent_cm)
    if spec.single_spacing:
        fmt.line_spacing = 1.0


def _bundled_look(document: Any) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    rfonts = normal.element.rPr.rFonts
    for attr in ("w:eastAsia", "w:cs"):
        rfonts.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + attr.split(":")[1],
            FONT,
        )
    document.styles["Footer"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
        section.header_distance = section.footer_distance = Cm(1.25)
