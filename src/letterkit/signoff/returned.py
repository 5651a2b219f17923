"""A partner's returned draft: which version it is, and its comments and tracked changes,
each mapped back to the clause it touches."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterkit.docx.archive import (
    DocxParts,
    W,
    paragraph_text,
)
from letterkit.errors import LetterkitError
from letterkit.markup import plain_text
from letterkit.signoff.files import LetterFiles
from letterkit.signoff.versions import Version
from letterkit.workspace import Workspace

OWN_AUTHOR = "letterkit"  # the provenance comments letterkit itself wrote
_MATCH = 0.6


@dataclass
class Remark:
    clause: str  # a clause id, or "(outside the clauses)"
    kind: str  # comment | inserted | deleted
    text: str
    author: str

    def __str__(self) -> str:
        by = f" by {self.author}" if self.author else ""
        return f"{self.clause}: {self.kind}{by}: {self.text!r}"


@dataclass
class Identified:
    version: Version
    edited: bool  # its words differ from that version outside tracked changes


def identify(
    parts: DocxParts, files: LetterFiles, versions: list[Version], ws: Workspace
) -> Identified:
    """The version of this letter a DOCX was built from; refuse any other document."""
    from letterkit.docx.package import FINGERPRINT, real_notes, text_fingerprint

    path = parts.path
    props = parts.properties()
    spec = props.get("letterkit.spec")
    content_hash = props.get("letterkit.content_hash", "")
    mine = str(ws.rel(files.spec))
    if spec is None:
        raise LetterkitError(
            f"{path} was not built by letterkit: it carries no letter, version or hash",
            hint="ask the organisation to comment on the draft DOCX they were sent",
        )
    if spec != mine:
        raise LetterkitError(
            f"{path} is a draft of {spec}, not of {mine}: its hash lineage is another letter's",
            hint=f"record it on that letter: letterkit signoff ... {Path(spec).parent.name}",
        )
    matching = [v for v in versions if v.content_hash == content_hash]
    if not matching:
        raise LetterkitError(
            f"{path} names {mine} but its content hash ({content_hash[:12]}) matches none of "
            f"its versions ({', '.join(f'v{v.version}' for v in versions) or 'none'}): "
            "it is not a version of this letter",
            hint="was it built in another copy of the workspace? ask for the draft you sent",
        )
    claimed = props.get("letterkit.version", "")
    version = next((v for v in matching if str(v.version) == claimed), matching[-1])
    stored = props.get(FINGERPRINT)
    edited = (
        stored is not None
        and text_fingerprint(parts.body, real_notes(parts.notes()), True) != stored
    )
    return Identified(version, edited)


def read_remarks(parts: DocxParts, found: Identified) -> list[Remark]:
    """The comments and tracked changes in a returned DOCX, clause by clause."""
    version = found.version
    match = _ClauseMatcher(version)
    remarks: list[Remark] = []
    note_clause: dict[str, str] = {}
    comment_clause: dict[str, str] = {}
    for p in parts.document.iter(f"{W}p"):
        text, note_ids = paragraph_text(p, original=True)
        clause = match(text)
        for note_id in note_ids:
            note_clause[note_id] = clause
        for start in p.iter(f"{W}commentRangeStart", f"{W}commentReference"):
            comment_clause.setdefault(start.get(f"{W}id") or "", clause)
        remarks += _changes(p, clause)
    notes = parts.notes()
    if notes is not None:
        for note in notes.iter(f"{W}footnote"):
            clause = note_clause.get(note.get(f"{W}id") or "", "(a footnote)")
            remarks += [
                Remark(r.clause, r.kind + " in its footnote", r.text, r.author)
                for r in _changes(note, clause)
            ]
    comments = parts.comments()
    if comments is not None:
        for comment in comments.iter(f"{W}comment"):
            author = comment.get(f"{W}author") or ""
            if author == OWN_AUTHOR:
                continue
            text = " ".join(paragraph_text(comment)[0].split())
            clause = comment_clause.get(comment.get(f"{W}id") or "", "(outside the clauses)")
            remarks.append(Remark(clause, "comment", text, author))
    if found.edited:
        remarks.append(
            Remark(
                "(the document)",
                "untracked edits",
                f"its words differ from v{version.version} outside tracked changes; "
                "compare it with what was sent, or ask for the changes tracked",
                "",
            )
        )
    return remarks


def _changes(element: Any, clause: str) -> list[Remark]:
    found = []
    for change in element.iter(f"{W}ins", f"{W}del"):
        if change.getparent().tag == f"{W}rPr":
            continue  # a paragraph mark: its words are reported with the runs
        if change.get(f"{W}author") == OWN_AUTHOR:
            continue  # letterkit's redline of an earlier version, sent back
        tag = "delText" if change.tag == f"{W}del" else "t"
        text = "".join(t.text or "" for t in change.iter(f"{W}{tag}"))
        if text.strip():
            kind = "deleted" if change.tag == f"{W}del" else "inserted"
            found.append(Remark(clause, kind, text, change.get(f"{W}author") or ""))
    return found


class _ClauseMatcher:
    """The clause a paragraph of the returned file holds: its words as letterkit wrote them,
    found inside the paragraph's original text, else the closest clause above a threshold."""

    def __init__(self, version: Version) -> None:
        texts = [(clause.id, plain_text(clause.text)) for clause in version.clauses]
        self.clauses = [(clause_id, words) for clause_id, words in texts if words]

    def __call__(self, text: str) -> str:
        plain = " ".join(text.split())
        if not plain:
            return "(outside the clauses)"
        best, best_ratio = "(outside the clauses)", _MATCH
        for clause_id, words in self.clauses:
            if words in plain:
                return clause_id
            matcher = difflib.SequenceMatcher(None, plain, words, autojunk=False)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = clause_id, ratio
        return best
