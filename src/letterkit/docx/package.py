"""Package-level parts: custom properties (hashes), core properties, and the fingerprint that
tells whether a person edited a DOCX after letterkit wrote it."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from lxml import etree

from letterkit.docx.archive import CUSTOM_NS, custom_properties, read_docx_parts
from letterkit.errors import LetterkitError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id Word uses for user-defined properties

PREFIX = "letterkit."
FINGERPRINT = PREFIX + "text_hash"


def set_core_properties(document: Any, title: str, author: str, language: str) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = title
    props.author = author
    props.last_modified_by = author or "letterkit"
    props.created = now
    props.modified = now
    props.revision = 1
    props.language = language
    props.comments = "Written by letterkit"
    props.keywords = ""
    props.subject = ""


def set_custom_properties(document: Any, values: dict[str, str]) -> None:
    """Write letterkit's values as custom document properties, keeping a letterhead's own."""
    package = document.part.package
    part = None
    for rel in package.rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            part = rel.target_part
    existing: dict[str, str] = {}
    if part is not None:
        existing = read_custom_properties_xml(part.blob)
    merged = {k: v for k, v in existing.items() if not k.startswith(PREFIX)} | values
    element = parse_xml(_custom_xml(merged))
    if part is not None and isinstance(part, XmlPart):
        part._element = element
        return
    new_part = XmlPart(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, element, package)
    if part is not None:
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RT.CUSTOM_PROPERTIES:
                del package.rels[rid]
    package.relate_to(new_part, RT.CUSTOM_PROPERTIES)


def _custom_xml(values: dict[str, str]) -> str:
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(sorted(values.items()), start=2):
        prop = etree.SubElement(
            root, f"{{{CUSTOM_NS}}}property", fmtid=FMTID, pid=str(pid), name=name
        )
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    return str(etree.tostring(root, encoding="unicode"))


def read_custom_properties_xml(blob: bytes) -> dict[str, str]:
    return custom_properties(etree.fromstring(blob, parser=_safe_parser()))


def drop_styles_with_effects(document: Any) -> None:
    """python-docx's template relates a stylesWithEffects part that OOXML validators flag."""
    rels = document.part.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del rels[rid]


def text_fingerprint(body: Any, footnotes: Any | None, original: bool = False) -> str:
    """A hash of the visible text of the body and footnotes, paragraph by paragraph.

    Word and LibreOffice re-save files with new run splits, rsids and bookmarks; none of that
    changes this hash, while any change to the words does. With `original`, the text before
    tracked changes (insertions left out, deletions kept): what the file said when sent.
    """
    digest = hashlib.sha256()
    for root in (body, footnotes):
        if root is None:
            continue
        for para in root.iter(f"{{{W_NS}}}p"):
            parts = []
            for node in para.iter(f"{{{W_NS}}}t", f"{{{W_NS}}}tab", f"{{{W_NS}}}delText"):
                if original and node.tag == f"{{{W_NS}}}delText":
                    parts.append(node.text or "")
                elif node.tag == f"{{{W_NS}}}t":
                    if original and any(a.tag == f"{{{W_NS}}}ins" for a in node.iterancestors()):
                        continue
                    parts.append(node.text or "")
                elif node.tag == f"{{{W_NS}}}tab":
                    parts.append("\t")
            digest.update("".join(parts).encode("utf-8") + b"\n")
    return str(digest.hexdigest())


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def read_docx_state(path: Path) -> tuple[dict[str, str], str | None]:
    """(letterkit's custom properties, fingerprint of the file's current text) of a DOCX.

    The fingerprint is None when the file is not a readable DOCX.
    """
    try:
        parts = read_docx_parts(path)
        props, notes = parts.properties(), parts.notes()
    except (LetterkitError, OSError):
        return {}, None
    return props, text_fingerprint(parts.body, real_notes(notes))


def real_notes(notes: Any | None) -> Any | None:
    """The footnotes root without the separator notes, whose content varies by writer."""
    if notes is None:
        return None
    copy = etree.Element(f"{{{W_NS}}}footnotes")
    for note in notes.findall(f"{{{W_NS}}}footnote"):
        if int(note.get(f"{{{W_NS}}}id", "0")) > 0:
            copy.append(etree.fromstring(etree.tostring(note)))
    return copy
