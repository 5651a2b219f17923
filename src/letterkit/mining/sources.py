"""Reading a past letter from .txt, .md, .html or .docx into clean text.

Everything that reaches the miner passes through `read_source`: size limits, binary and
encoding detection and the zip and XML guards live here, so a bad file is refused with one
clear message before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from letterkit.errors import LetterkitError

MAX_TEXT_BYTES = 5 * 1024 * 1024  # a long letter is ~50 KB; an HTML page rarely 2 MB
MAX_DOCX_BYTES = 20 * 1024 * 1024
FORMATS = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html"}
FORMATS[".docx"] = "docx"


@dataclass
class Source:
    """A past letter as text: `text` is what the asks' offsets refer to."""

    path: Path
    text: str
    format: str  # text | html | docx
    encoding: str = "utf-8"
    title: str | None = None  # from the file's own metadata (HTML <title>, DOCX core props)
    date: str | None = None
    copyright_year: str | None = None  # from a copyright line, which cleaning removes


_COPYRIGHT_YEAR = re.compile(r"(?:copyright|©|\(c\))\s*(?:\(c\)\s*)?((?:19|20)\d\d)\b", re.I)


def read_source(path: Path) -> Source:
    """The cleaned text of one past letter, or a LetterkitError saying why not."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise LetterkitError(
            f"{path}: cannot read '{path.suffix or 'no extension'}' files",
            hint="letterkit reads .txt, .md, .html and .docx; save the letter as one of them",
        )
    if not path.is_file():
        raise LetterkitError(f"no such file: {path}", hint="check the path")
    size = path.stat().st_size
    limit = MAX_DOCX_BYTES if kind == "docx" else MAX_TEXT_BYTES
    if size > limit:
        raise LetterkitError(
            f"{path} is {size / 1e6:.1f} MB; letterkit reads letters up to {limit // 2**20} MB",
            hint="is this really one letter? split it, or save only the letter's text",
        )
    if size == 0:
        raise LetterkitError(f"{path} is empty", hint="check that the file was saved completely")
    if kind == "docx":
        source = _read_docx(path)
    else:
        raw = path.read_bytes()
        text, encoding = decode(raw, path)
        title = date = None
        if kind == "html":
            text, title, date = _html_text(text, path)
        source = Source(path, text, kind, encoding, title, date)
    from letterkit.mining.clean import clean_text

    found = _COPYRIGHT_YEAR.search(source.text)
    source.copyright_year = found.group(1) if found else None
    source.text = clean_text(source.text)
    if not source.text.strip():
        raise LetterkitError(
            f"{path} holds no letter text once page furniture is removed",
            hint="check the file; for a web page, save the page's article text instead",
        )
    return source


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with a BOM, or
    what charset-normalizer detects. Binary data is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw[:8192]:
        try:
            return raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:8192] or raw[:4] in (b"%PDF", b"PK\x03\x04") or raw[:2] == b"\xd0\xcf":
        raise _binary(path)
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise _binary(path)
    text = str(best)
    if len(_CONTROL.findall(text)) > max(3, len(text) // 200):
        raise _binary(path)
    return text, best.encoding


def _binary(path: Path) -> LetterkitError:
    return LetterkitError(
        f"{path} is not text (binary data, or an encoding letterkit cannot tell)",
        hint="export the letter as .txt (UTF-8), .html or .docx",
    )


def _html_text(html: str, path: Path) -> tuple[str, str | None, str | None]:
    """The article of a web page, without navigation, share buttons and footers."""
    import logging

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
    )
    if not text:
        raise LetterkitError(
            f"{path}: no article text found in this web page",
            hint="save the letter's own page (not an index or a search page), or paste its "
            "text into a .txt file",
        )
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    date = meta.date if meta is not None else None
    return text, title, date


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(path: Path) -> Source:
    """Paragraph text of a Word document; list items become '- ' lines."""
    from letterkit.docx.archive import open_docx, paragraph_text, parse_part, read_part

    with open_docx(path) as archive:
        data = read_part(archive, "word/document.xml", path)
        core = read_part(archive, "docProps/core.xml", path)
    if data is None:
        raise LetterkitError(
            f"{path} has no word/document.xml: it is not a Word document",
            hint="save it from Word or LibreOffice as .docx",
        )
    root = parse_part(data, path, "word/document.xml")
    lines: list[str] = []
    for para in root.iter(f"{W}p"):
        text, _ = paragraph_text(para)
        props = para.find(f"{W}pPr")
        style = props.find(f"{W}pStyle") if props is not None else None
        listed = (props is not None and props.find(f"{W}numPr") is not None) or (
            style is not None and "List" in str(style.get(f"{W}val"))
        )
        lines.append(f"- {text.strip()}" if listed and text.strip() else text)
        lines.append("")
    title = None
    if core is not None:
        node = parse_part(core, path, "docProps/core.xml").find(
            "{http://purl.org/dc/elements/1.1/}title"
        )
        title = (node.text or "").strip() or None if node is not None else None
    return Source(path, "\n".join(lines), "docx", "utf-8", title)
