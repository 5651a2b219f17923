"""Read a built DOCX back the way a user's tools would: python-docx, pandoc, the validator."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn


def missing(what: str) -> None:
    """Skip on a developer machine; fail in CI, which must have every reader installed."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} — CI must install it (.ci/run)")
    pytest.skip(what)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_docx(path: Path) -> Any:
    return docx.Document(str(path))


def footnotes_part(document: Any) -> Any:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    return None


def footnote_texts(document: Any) -> dict[int, str]:
    """Footnote id -> its text, separators excluded."""
    part = footnotes_part(document)
    assert part is not None, "the DOCX has no footnotes part"
    from lxml import etree

    root = etree.fromstring(part.blob)
    notes = {}
    for note in root.findall(f"{W}footnote"):
        note_id = int(note.get(f"{W}id"))
        if note_id > 0:
            notes[note_id] = "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
    return notes


def reference_ids(document: Any) -> list[int]:
    """Footnote ids in the order the body references them."""
    body = document.element.body
    return [int(r.get(qn("w:id"))) for r in body.iter(qn("w:footnoteReference"))]


def custom_properties(path: Path) -> dict[str, str]:
    from letterkit.docx.package import read_docx_state

    return read_docx_state(path)[0]


def pandoc_notes(path: Path) -> int:
    if shutil.which("pandoc") is None:
        missing("pandoc is not installed (apt-get install pandoc)")
    out = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return _count(json.loads(out)["blocks"], "Note")


def pandoc_markdown(path: Path) -> str:
    if shutil.which("pandoc") is None:
        missing("pandoc is not installed (apt-get install pandoc)")
    return subprocess.run(
        ["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _count(node: Any, kind: str) -> int:
    if isinstance(node, dict):
        own = 1 if node.get("t") == kind else 0
        return own + sum(_count(v, kind) for v in node.values())
    if isinstance(node, list):
        return sum(_count(v, kind) for v in node)
    return 0


def audit_errors(path: Path) -> str:
    """openxml-audit's report; the caller asserts it says 'Errors: 0'."""
    exe = shutil.which("openxml-audit") or str(
        Path(__file__).parents[1] / ".venv/bin/openxml-audit"
    )
    if not Path(exe).exists():
        missing("openxml-audit is not installed (pip install openxml-audit)")
    result = subprocess.run(
        [exe, "-f", "office2019", str(path)], capture_output=True, text=True, check=False
    )
    return result.stdout + result.stderr


def libreoffice_pdf_text(path: Path, tmp: Path) -> str:
    """Convert with LibreOffice and extract the PDF text (pdftotext)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        missing(
            "LibreOffice or pdftotext is not installed "
            "(apt-get install libreoffice-writer-nogui poppler-utils)"
        )
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(path),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = tmp / (path.stem + ".pdf")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
