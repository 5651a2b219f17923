"""Document blocks -> a Word document (python-docx plus native footnotes and numbering)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from letterkit.docx.footnotes import Footnotes, note_mark_runs, reference_run
from letterkit.docx.marks import DraftMarks, apply_draft_marks
from letterkit.docx.oxml import el, field_runs, text_run
from letterkit.docx.package import (
    FINGERPRINT,
    drop_styles_with_effects,
    real_notes,
    set_core_properties,
    set_custom_properties,
    text_fingerprint,
)
from letterkit.docx.styles import prepare_styles
from letterkit.errors import LetterkitError
from letterkit.markup import Document, Paragraph, Run

LIST_STYLES = {
    ("bullet", False): ("ListBullet", "ListBullet2", "ListBullet3"),
    ("number", False): ("ListNumber", "ListNumber2", "ListNumber3"),
    ("bullet", True): ("ListContinue", "ListContinue2", "ListContinue3"),
    ("number", True): ("ListContinue", "ListContinue2", "ListContinue3"),
}
BULLETS = ("\u2022", "\u25e6", "\u25aa")
NUMBER_FORMATS = (("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3."))
LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class DocxMeta:
    title: str
    author: str
    language: str = "en-GB"
    custom: dict[str, str] = field(default_factory=dict)
    revision_author: str = "letterkit"  # who tracked changes (Run.change) are attributed to


def render_docx(
    doc: Document,
    meta: DocxMeta,
    reference: Path | None = None,
    marks: DraftMarks | None = None,
) -> bytes:
    """The bytes of a .docx for `doc`; styles, margins, header and footer from `reference`;
    with `marks`, the draft header, line numbers, provenance comments and sign-off sheet."""
    document = _open_base(reference)
    prepare_styles(document, restyle=reference is None)
    drop_styles_with_effects(document)
    writer = _Writer(document, meta.revision_author)
    for block in doc.blocks:
        writer.paragraph(block, doc)
    writer.page_numbers()
    if marks is not None:
        apply_draft_marks(document, writer.elements, marks)
    body = document.element.body
    fingerprint = text_fingerprint(body, real_notes(writer.notes.part.element))
    set_core_properties(document, meta.title, meta.author, meta.language)
    set_custom_properties(document, {**meta.custom, FINGERPRINT: fingerprint})
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _open_base(reference: Path | None) -> Any:
    if reference is None:
        return docx.Document()
    try:
        document = docx.Document(str(reference))
    except Exception as exc:  # python-docx raises several unrelated types for a bad file
        raise LetterkitError(
            f"cannot use this reference document: {exc}",
            reference,
            hint="give a .docx saved by Word or LibreOffice (not .doc, .dotx or .odt)",
        ) from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


class _Writer:
    def __init__(self, document: Any, revision_author: str) -> None:
        self.document = document
        self.elements: list[Any] = []  # the w:p of each body block, in order
        self.revisions = _Revisions(revision_author)
        self.body = document.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.notes = Footnotes(document)
        self.numbering = _Numbering(document)
        self.style_ids: dict[str, str] = {}

    def _append(self, p: Any) -> None:
        if self.sect_pr is not None:
            self.sect_pr.addprevious(p)
        else:
            self.body.append(p)

    def paragraph(self, block: Paragraph, doc: Document) -> None:
        p = el("w:p")
        ppr = el("w:pPr")
        style = self._style_of(block)
        if style:
            ppr.append(el("w:pStyle", {"w:val": style}))
        if block.list_kind and not block.continues_item:
            num_id = self.numbering.num_for(block.list_kind, block.list_id)
            ppr.append(
                el(
                    "w:numPr",
                    None,
                    el("w:ilvl", {"w:val": str(min(block.list_level, 2))}),
                    el("w:numId", {"w:val": str(num_id)}),
                )
            )
        if block.change:
            ppr.append(el("w:rPr", None, self.revisions.mark(block.change)))
        if len(ppr):
            p.append(ppr)
        self._append(p)
        self.elements.append(p)
        for run in block.runs:
            if run.note:
                self._footnote(p, run.note, doc, run.change)
            else:
                self._run(p, run, self.document.part)

    def _style_of(self, block: Paragraph) -> str | None:
        if block.heading:
            return f"Heading{block.heading}"
        if block.list_kind:
            return LIST_STYLES[(block.list_kind, block.continues_item)][min(block.list_level, 2)]
        if block.style:
            if block.style not in self.style_ids:
                self.style_ids[block.style] = _style_id(self.document, block.style)
            return self.style_ids[block.style]
        return None

    def _run(self, p: Any, run: Run, part: Any) -> None:
        if run.line_break:
            p.append(el("w:r", None, el("w:br")))
            return
        r = text_run(run.text, "Hyperlink" if run.link and _linkable(run.link) else None)
        rpr = r.find(qn("w:rPr"))
        if run.bold or run.italic or run.code:
            if rpr is None:
                rpr = el("w:rPr")
                r.insert(0, rpr)
            if run.code:
                rpr.append(el("w:rFonts", {"w:ascii": "Courier New", "w:hAnsi": "Courier New"}))
            if run.bold:
                rpr.append(el("w:b"))
            if run.italic:
                rpr.append(el("w:i"))
        if run.change:
            r = self.revisions.wrap(r, run.change)
        if run.link and _linkable(run.link):
            r_id = part.relate_to(run.link, RT.HYPERLINK, is_external=True)
            link = el("w:hyperlink", None, r)
            link.set(qn("r:id"), r_id)
            p.append(link)
        else:
            p.append(r)

    def _footnote(self, p: Any, label: str, doc: Document, change: str | None = None) -> None:
        paragraphs = doc.notes.get(label)
        if not paragraphs:
            raise LetterkitError(
                f"footnote [^{label}] is referenced but has no text",
                hint=f"add a line '[^{label}]: ...' to the Markdown",
            )
        note_id, note = self.notes.add()
        ref = reference_run(note_id)
        p.append(self.revisions.wrap(ref, change) if change else ref)
        for index, para in enumerate(paragraphs):
            np = el("w:p", None, el("w:pPr", None, el("w:pStyle", {"w:val": "FootnoteText"})))
            if para.change:
                np[0].append(el("w:rPr", None, self.revisions.mark(para.change)))
            note.append(np)
            if index == 0:
                for mark in note_mark_runs():
                    np.append(mark)
            for run in para.runs:
                if not run.note:  # a footnote inside a footnote has no meaning in Word
                    self._run(np, run, self.notes.part)

    def page_numbers(self) -> None:
        """'Page X of Y' in the footer, unless the letterhead's footer already says something."""
        for section in self.document.sections:
            footer = section.footer
            if not footer.is_linked_to_previous and _has_content(footer):
                continue
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            p.style = self.document.styles["Footer"]
            p._p.append(text_run("Page "))
            for r in field_runs("PAGE"):
                p._p.append(r)
            p._p.append(text_run(" of "))
            for r in field_runs("NUMPAGES"):
                p._p.append(r)


class _Revisions:
    """Tracked changes: w:ins / w:del around runs and on paragraph marks, each with an id."""

    def __init__(self, author: str) -> None:
        self.author = author
        self.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = 1

    def mark(self, change: str) -> Any:
        element = el(
            f"w:{change}", {"w:id": str(self.next_id), "w:author": self.author, "w:date": self.date}
        )
        self.next_id += 1
        return element

    def wrap(self, run: Any, change: str) -> Any:
        if change == "del":
            for t in run.iter(qn("w:t")):
                t.tag = qn("w:delText")
        wrapper = self.mark(change)
        wrapper.append(run)
        return wrapper


def _has_content(part: Any) -> bool:
    element = part._element
    texts = "".join(t.text or "" for t in element.iter(qn("w:t")))
    return bool(texts.strip()) or element.find(".//" + qn("w:drawing")) is not None


def _linkable(url: str) -> bool:
    return url.startswith(LINK_SCHEMES)


def _style_id(document: Any, name: str) -> str:
    """The style id for a style name used in a fenced div; unknown names are refused."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        name_el = style.find(qn("w:name"))
        if style.get(qn("w:styleId")) == name.replace(" ", "") or (
            name_el is not None and name_el.get(qn("w:val")) == name
        ):
            return str(style.get(qn("w:styleId")))
    raise LetterkitError(
        f"the template asks for the paragraph style '{name}', which the document does not have",
        hint="add the style to the reference document, or use one of: Addressee, "
        "Letter Date, Signatory",
    )


class _Numbering:
    """Real Word numbering: one bullet definition, one numbered definition restarted per list."""

    def __init__(self, document: Any) -> None:
        self.root = document.part.numbering_part.element
        self.abstract: dict[str, int] = {}
        self.nums: dict[tuple[str, int], int] = {}
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        self.next_abstract = max(ids, default=-1) + 1
        num_ids = [int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))]
        self.next_num = max(num_ids, default=0) + 1

    def num_for(self, kind: str, list_id: int) -> int:
        key = (kind, list_id if kind == "number" else 0)
        if key not in self.nums:
            abstract_id = self._abstract(kind)
            num = el("w:num", {"w:numId": str(self.next_num)})
            num.append(el("w:abstractNumId", {"w:val": str(abstract_id)}))
            if kind == "number":
                override = el("w:lvlOverride", {"w:ilvl": "0"})
                override.append(el("w:startOverride", {"w:val": "1"}))
                num.append(override)
            self.root.append(num)
            self.nums[key] = self.next_num
            self.next_num += 1
        return self.nums[key]

    def _abstract(self, kind: str) -> int:
        if kind in self.abstract:
            return self.abstract[kind]
        abstract_id = self.next_abstract
        self.next_abstract += 1
        abstract = el("w:abstractNum", {"w:abstractNumId": str(abstract_id)})
        abstract.append(el("w:multiLevelType", {"w:val": "hybridMultilevel"}))
        for level in range(3):
            indent = 720 * (level + 1)
            if kind == "bullet":
                fmt, text = "bullet", BULLETS[level]
            else:
                fmt, text = NUMBER_FORMATS[level]
            lvl = el("w:lvl", {"w:ilvl": str(level)})
            lvl.append(el("w:start", {"w:val": "1"}))
            lvl.append(el("w:numFmt", {"w:val": fmt}))
            lvl.append(el("w:lvlText", {"w:val": text}))
            lvl.append(el("w:lvlJc", {"w:val": "left"}))
            lvl.append(el("w:pPr", None, el("w:ind", {"w:left": str(indent), "w:hanging": "360"})))
            if kind == "bullet":
                fonts = {"w:ascii": "Arial", "w:hAnsi": "Arial", "w:hint": "default"}
                lvl.append(el("w:rPr", None, el("w:rFonts", fonts)))
            abstract.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        self.abstract[kind] = abstract_id
        return abstract_id
