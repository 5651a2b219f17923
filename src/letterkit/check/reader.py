"""Read the letter to check from a spec (composed as `build` would), a DOCX or Markdown.

Each becomes a `Letter`: plain-text units that know where they are, the footnote references
in reading order, the notes, the date and the signature block. The checks never see the
file format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from letterkit.check.findings import Finding, Letter, NoteRef, Unit, UnitKind, snippet
from letterkit.docx.archive import (
    MAX_PART_BYTES,
    W,
    paragraph_text,
    read_docx_parts,
)
from letterkit.errors import LetterkitError, Problem
from letterkit.markup import Document, Paragraph, parse_markdown
from letterkit.workspace import Workspace, load_spec

_UNRESOLVED_REF = re.compile(r"\[\^([^\]\s]+)\]")
_NOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_STYLE_KINDS: dict[str, UnitKind] = {
    "signatory": "signature",
    "addressee": "addressee",
    "letterdate": "date",
}


def read_letter(path: Path, ws: Workspace) -> Letter:
    if not path.is_file():
        raise LetterkitError(f"no such file: {path}", hint="give a letter spec, a .docx or a .md")
    if path.stat().st_size > MAX_PART_BYTES:
        raise LetterkitError(
            f"{path} is larger than {MAX_PART_BYTES // (1024 * 1024)} MB; that is not a letter",
            hint="check the path",
        )
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _read_spec(path, ws)
    if suffix == ".docx":
        return _read_docx(path, ws)
    if suffix in (".md", ".markdown", ".txt"):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise LetterkitError(
                f"{path} is not UTF-8 text (byte {exc.start})", hint="save it as UTF-8"
            ) from None
        letter = _from_markdown(path, "md", text, ws, lambda p, n: f"{path.name}:{p.line}")
        letter.date = letter.date or _first_date(letter.units)
        return letter
    raise LetterkitError(
        f"cannot check {path}: letterkit checks letter specs (.yaml), .docx and .md files",
        hint="build the letter first, or give its spec",
    )


# --- spec ------------------------------------------------------------------------------------


def _read_spec(path: Path, ws: Workspace) -> Letter:
    from msgspec.structs import replace

    from letterkit.compose import compose_letter

    signers: list[Problem] = []
    spec = load_spec(path, ws, signatory_problems=signers)
    findings = [
        Finding("error", "signatories", p.message, f"{p.file}:{p.line}", p.hint or "")
        for p in signers
    ]
    known = list(dict.fromkeys(org for org in spec.signatories if org in ws.organisations))
    composed = compose_letter(ws, replace(spec, signatories=known), path)
    clause_texts = [
        (c.id, c.kind, " ".join(b.text for b in parse_markdown(c.text).blocks).strip())
        for c in composed.clauses
    ]
    used: set[int] = set()
    kinds: dict[str, str] = {}

    def locate(paragraph: Paragraph, number: int) -> str:
        for index, (clause_id, kind, text) in enumerate(clause_texts):
            if index not in used and text and text in paragraph.text:
                used.add(index)
                kinds[clause_id] = kind
                return f"clause {clause_id}"
        return f"paragraph {number} {snippet(paragraph.text, 32)}"

    letter = _from_markdown(path, "spec", composed.markdown, ws, locate)
    for unit in letter.units:
        if unit.location.startswith("clause "):
            unit.clause = unit.location.removeprefix("clause ")
            unit.clause_kind = kinds.get(unit.clause)
    letter.findings += findings
    letter.date = spec.date
    letter.spec = spec
    letter.audience = ws.audiences[spec.audience]
    return letter


# --- Markdown --------------------------------------------------------------------------------


def _from_markdown(
    path: Path,
    source: Literal["spec", "md"],
    markdown: str,
    ws: Workspace,
    locate: Callable[[Paragraph, int], str],
) -> Letter:
    doc = parse_markdown(markdown)
    units: list[Unit] = []
    refs: list[NoteRef] = []
    for number, para in enumerate(doc.blocks, start=1):
        if not para.text.strip() and not any(run.note for run in para.runs):
            continue
        unit = Unit(para.text.strip(), locate(para, number), _kind(para))
        units.append(unit)
        for run in para.runs:
            if run.note:
                refs.append(NoteRef(run.note, unit.location))
        for match in _UNRESOLVED_REF.finditer(para.text):
            refs.append(NoteRef(match.group(1), unit.location))
    numbers = _numbers(doc)
    notes = {}
    for label, (text, line) in _note_definitions(markdown).items():
        paragraphs = doc.notes.get(label)
        if paragraphs is not None:
            text = " ".join(p.text.strip() for p in paragraphs).strip()
        where = f"footnote {numbers[label]}" if label in numbers else f"footnote [^{label}]"
        if source == "md":
            where += f" ({path.name}:{line})"
        else:
            where += f" (clause {label})"
        notes[label] = Unit(text, where, "footnote")
    letter = Letter(path, source, units, refs, notes, ws=ws)
    letter.units += notes.values()
    letter.signatories = [u for u in units if u.kind == "signature"]
    letter.note_numbers = numbers
    return letter


def _numbers(doc: Document) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for label in doc.note_order():
        numbers.setdefault(label, len(numbers) + 1)
    return numbers


def _note_definitions(markdown: str) -> dict[str, tuple[str, int]]:
    """Footnote definitions as written: label -> (raw text, line), continuation lines joined."""
    found: dict[str, tuple[str, int]] = {}
    current: str | None = None
    for number, line in enumerate(markdown.splitlines(), start=1):
        match = _NOTE_DEF.match(line)
        if match:
            current = match.group(1)
            found[current] = (match.group(2).strip(), number)
        elif current and (line.startswith(("    ", "\t")) and line.strip()):
            text, first = found[current]
            found[current] = (f"{text} {line.strip()}".strip(), first)
        elif line.strip():
            current = None
    return found


def _kind(para: Paragraph) -> UnitKind:
    if para.heading:
        return "heading"
    style = (para.style or "").replace(" ", "").lower()
    if style in _STYLE_KINDS:
        return _STYLE_KINDS[style]
    return "list" if para.list_kind else "body"


# --- DOCX ------------------------------------------------------------------------------------


def _read_docx(path: Path, ws: Workspace) -> Letter:
    parts = read_docx_parts(path)
    body = parts.document
    units: list[Unit] = []
    refs: list[NoteRef] = []
    number = 0
    for p in body.iter(f"{W}p"):
        if _style_id(p) == "SignoffHeading":
            break  # a draft's sign-off sheet follows the letter; it is not part of it
        text, note_ids = paragraph_text(p)
        if not text.strip() and not note_ids:
            continue
        number += 1
        unit = Unit(text.strip(), f"paragraph {number} {snippet(text, 32)}", _docx_kind(p))
        units.append(unit)
        refs += [NoteRef(note_id, unit.location) for note_id in note_ids]
    notes: dict[str, Unit] = {}
    root = parts.notes()
    if root is not None:
        for note in root.iter(f"{W}footnote"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                continue
            note_id = note.get(f"{W}id") or ""
            text, _ = paragraph_text(note)
            notes[note_id] = Unit(text.strip(), "", "footnote")
    numbers: dict[str, int] = {}
    for ref in refs:
        numbers.setdefault(ref.label, len(numbers) + 1)
    for note_id, unit in notes.items():
        unit.location = (
            f"footnote {numbers[note_id]}" if note_id in numbers else f"footnote id {note_id}"
        )
    letter = Letter(path, "docx", units + list(notes.values()), refs, notes, ws=ws)
    letter.note_numbers = numbers
    letter.signatories = [u for u in units if u.kind == "signature"] or _trailing_signers(units, ws)
    letter.date = _first_date(units)
    if parts.custom_xml is not None:
        _spec_context(letter, parts.custom_xml, ws)
    return letter


def _trailing_signers(units: list[Unit], ws: Workspace) -> list[Unit]:
    """Without a Signatory style, the signature block is the run of paragraphs at the end that
    name organisations of the catalog (a partner may have restyled the letter)."""
    from letterkit.check.house_style import catalog_names, fold_name

    known = catalog_names(ws)
    found: list[Unit] = []
    for unit in reversed(units):
        if fold_name(unit.text) not in known:
            break
        unit.kind = "signature"
        found.insert(0, unit)
    return found


def _style_id(p: object) -> str:
    style_node = p.find(f"{W}pPr/{W}pStyle")  # type: ignore[attr-defined]
    return str(style_node.get(f"{W}val") or "") if style_node is not None else ""


def _docx_kind(p: object) -> UnitKind:
    key = _style_id(p).replace(" ", "").lower()
    if key in _STYLE_KINDS:
        return _STYLE_KINDS[key]
    if key.startswith("heading") or key == "title":
        return "heading"
    if p.find(f"{W}pPr/{W}numPr") is not None or key.startswith("list"):  # type: ignore[attr-defined]
        return "list"
    return "body"


def _spec_context(letter: Letter, custom_xml: bytes, ws: Workspace) -> None:
    """A DOCX letterkit built names its spec: take the audience from it, if it is still there."""
    match = re.search(rb'name="letterkit\.spec"[^>]*>\s*<vt:lpwstr>([^<]*)<', custom_xml)
    if not match:
        return
    spec_path = ws.root / match.group(1).decode("utf-8", "replace")
    try:
        spec = load_spec(spec_path, ws, signatory_problems=[])
    except LetterkitError:
        return
    letter.audience = ws.audiences.get(spec.audience)
    letter.date = letter.date or spec.date


def _first_date(units: list[Unit]) -> dt.date | None:
    """The letter's date: its date line, else the first paragraph that is only a date."""
    from letterkit.check.dates import find_dates

    candidates = [u for u in units if u.kind == "date"] + [
        u for u in units[:12] if len(u.text) <= 40
    ]
    for unit in candidates:
        dates = find_dates(unit.text)
        if dates and dates[0].exact:
            return dates[0].low
    return None
