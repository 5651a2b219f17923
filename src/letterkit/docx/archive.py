"""Reading a DOCX someone else may have written: as a zip of XML parts, safely.

No python-docx here (it is slow to import and trusts its input): parts are size-checked before
they are unpacked (zip bombs) and parsed without entities, DTDs or network access.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterkit.errors import LetterkitError

MAX_PART_BYTES = 50 * 1024 * 1024
MAX_PART_RATIO = 200  # unpacked/packed size of a part; Word's own are ~5-15
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


@dataclass
class DocxParts:
    """The parts of a DOCX that letterkit reads. The body is parsed at once; the others only
    when asked, so a damaged part stops only the command that needs it."""

    path: Path
    document: Any  # the w:document root
    notes_name: str | None
    notes_xml: bytes | None
    comments_xml: bytes | None
    custom_xml: bytes | None

    @property
    def body(self) -> Any:
        return self.document.find(f"{W}body")

    def notes(self) -> Any | None:
        if self.notes_xml is None:
            return None
        return parse_part(self.notes_xml, self.path, self.notes_name or "word/footnotes.xml")

    def comments(self) -> Any | None:
        if self.comments_xml is None:
            return None
        return parse_part(self.comments_xml, self.path, "word/comments.xml")

    def properties(self) -> dict[str, str]:
        """The custom document properties (letterkit's hashes among them)."""
        if self.custom_xml is None:
            return {}
        return custom_properties(parse_part(self.custom_xml, self.path, "docProps/custom.xml"))


def read_docx_parts(path: Path) -> DocxParts:
    with open_docx(path) as archive:
        body_xml = read_part(archive, "word/document.xml", path)
        if body_xml is None:
            raise LetterkitError(f"{path} has no word/document.xml: it is not a Word document")
        rels = read_part(archive, "word/_rels/document.xml.rels", path)
        notes_name = related_part(rels, FOOTNOTES_REL, path)
        comments_name = related_part(rels, COMMENTS_REL, path)
        notes_xml = read_part(archive, notes_name, path) if notes_name else None
        comments_xml = read_part(archive, comments_name, path) if comments_name else None
        custom_xml = read_part(archive, "docProps/custom.xml", path)
    document = parse_part(body_xml, path, "word/document.xml")
    return DocxParts(path, document, notes_name, notes_xml, comments_xml, custom_xml)


def custom_properties(root: Any) -> dict[str, str]:
    values = {}
    for prop in root.findall(f"{{{CUSTOM_NS}}}property"):
        child = prop[0] if len(prop) else None
        values[prop.get("name", "")] = (child.text or "") if child is not None else ""
    return values


def open_docx(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise LetterkitError(f"no such file: {path}", hint="check the path")
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise LetterkitError(
            f"{path} is not a Word document (it is not a zip archive)",
            hint="check the file, or save it from Word as .docx",
        ) from None


def read_part(archive: zipfile.ZipFile, name: str, path: Path) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise LetterkitError(
            f"{path}: {name} unpacks to {info.file_size} bytes; refusing a possible zip bomb"
        )
    ratio = info.file_size // max(info.compress_size, 1)
    if ratio > MAX_PART_RATIO and info.file_size > 2**20:
        raise LetterkitError(
            f"{path}: {name} unpacks {ratio} times larger than it is stored; refusing a "
            "possible zip bomb",
            hint="open it in Word or LibreOffice and save it again",
        )
    return archive.read(name)


def parse_part(data: bytes, path: Path, part: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise LetterkitError(
            f"{path}: {part} is not well-formed XML ({exc})",
            hint="open the file in Word or LibreOffice and save it again",
        ) from None


def related_part(rels_xml: bytes | None, rel_type: str, path: Path) -> str | None:
    """The zip name of the document part's first relationship of `rel_type`."""
    if rels_xml is None:
        return None
    rels = parse_part(rels_xml, path, "word/_rels/document.xml.rels")
    for rel in rels:
        if rel.get("Type") == rel_type:
            target = str(rel.get("Target", "")).lstrip("/")
            return target if target.startswith("word/") else f"word/{target}"
    return None


def paragraph_text(element: Any, original: bool = False) -> tuple[str, list[str]]:
    """The text of a paragraph (or any element) and the footnote ids it references.

    With `original`, the text before tracked changes: insertions left out, deletions kept.
    """
    parts: list[str] = []
    notes: list[str] = []
    for node in element.iter():
        tag = node.tag
        if tag == f"{W}t":
            if original and any(a.tag == f"{W}ins" for a in node.iterancestors()):
                continue
            parts.append(node.text or "")
        elif tag == f"{W}delText":
            if original:
                parts.append(node.text or "")
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif tag == f"{W}footnoteReference":
            notes.append(node.get(f"{W}id") or "")
    return "".join(parts), notes
