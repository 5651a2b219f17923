"""A native footnotes part: python-docx 1.2 has no footnote API.

Word needs /word/footnotes.xml related from the document part, holding the separator (id -1)
and continuation separator (id 0) notes, and w:footnotePr in settings.xml before w:compat.
Note ids must ascend in the order their references appear in the body, or LibreOffice shows
the wrong note text, silently.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from letterkit.docx.oxml import el, insert_in_order

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_EMPTY_FOOTNOTES = f"""<w:footnotes xmlns:w="{W_NS}"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"
 w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"
 w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
</w:footnotes>"""

# Elements that follow w:footnotePr in CT_Settings, in schema order.
_SETTINGS_AFTER_FOOTNOTEPR = (
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


class Footnotes:
    """The footnotes part of one document, reused from a reference document when it has one."""

    def __init__(self, document: Any) -> None:
        doc_part = document.part
        self.part: Any = None
        for rel in doc_part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                self.part = rel.target_part
        if self.part is None or not hasattr(self.part, "element"):
            self.part = XmlPart(
                PackURI("/word/footnotes.xml"),
                CT.WML_FOOTNOTES,
                parse_xml(_EMPTY_FOOTNOTES),
                doc_part.package,
            )
            doc_part.relate_to(self.part, RT.FOOTNOTES)
        root = self.part.element
        for note in root.findall(qn("w:footnote")):
            if int(note.get(qn("w:id"))) > 0:
                root.remove(note)
        self.next_id = 1
        _ensure_footnote_pr(document.settings.element)

    def add(self) -> tuple[int, Any]:
        """A new empty footnote: (its id, the w:footnote element to fill with paragraphs)."""
        note_id = self.next_id
        self.next_id += 1
        note = el("w:footnote", {"w:id": str(note_id)})
        self.part.element.append(note)
        return note_id, note

    @property
    def count(self) -> int:
        return self.next_id - 1


def reference_run(note_id: int) -> Any:
    """The body run that shows a footnote's number."""
    return el(
        "w:r",
        None,
        el("w:rPr", None, el("w:rStyle", {"w:val": "FootnoteReference"})),
        el("w:footnoteReference", {"w:id": str(note_id)}),
    )


def note_mark_runs() -> list[Any]:
    """The runs that open a footnote's first paragraph: its own number, then a space."""
    mark = el(
        "w:r",
        None,
        el("w:rPr", None, el("w:rStyle", {"w:val": "FootnoteReference"})),
        el("w:footnoteRef"),
    )
    space = el("w:r", None, el("w:t", {}))
    space[0].text = " "
    space[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return [mark, space]


def _ensure_footnote_pr(settings: Any) -> None:
    if settings.find(qn("w:footnotePr")) is not None:
        return
    footnote_pr = el(
        "w:footnotePr",
        None,
        el("w:footnote", {"w:id": "-1"}),
        el("w:footnote", {"w:id": "0"}),
    )
    insert_in_order(settings, footnote_pr, _SETTINGS_AFTER_FOOTNOTEPR)
