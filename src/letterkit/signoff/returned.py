"""A partner's returned draft: which version it is, and its comments and tracked changes,
each mapped back to the clause it touches."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterkit.docx.archive import (
    COMMENTS_REL,
    FOOTNOTES_REL,
    W,
    open_docx,
    paragraph_text,
    parse_part,
    read_part,
    related_part,
)
from letterkit.docx.package import read_custom_properties_xml
from letterkit.errors import LetterkitError
from letterkit.markup import parse_markdown
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


def identify(path: Path, files: LetterFiles, versions: list[Version], ws: Workspace) -> Identified:
    """The version of this letter a DOCX was built from; refuse any other document."""
    from letterkit.docx.package import FINGERPRINT, real_notes, text_fingerprint

    with open_docx(path) as archive:
        custom = read_part(archive, "docProps/custom.xml", path)
        body_xml = read_part(archive, "word/document.xml", path)
        rels = read_part(archive, "word/_rels/document.xml.rels", path)
        notes_name = related_part(rels, FOOTNOTES_REL, path)
        notes_xml = read_part(archive, notes_name, path) if notes_name else None
    props = {}
    if custom is not None:
        parse_part(custom, path, "docProps/custom.xml")  # a clear message if it is damaged
        props = read_custom_properties_xml(custom)
    spec = props.get("letterkit.spec")
    content_hash = props.get("letterkit.content_hash", "")
    mine = str(ws.rel(files.spec))
    if spec is None or body_xml is None:
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
    body = parse_part(body_xml, path, "word/document.xml").find(f"{W}body")
    notes = parse_part(notes_xml, path, notes_name or "") if notes_xml is not None else None
    stored = props.get(FINGERPRINT)
    edited = stored is not None and text_fingerprint(body, real_notes(notes), True) != stored
    return Identified(version, edited)


def read_remarks(path: Path, found: Identified) -> list[Remark]:
    """The comments and tracked changes in a returned DOCX, clause by clause."""
    version = found.version
    with open_docx(path) as archive:
        body_xml = read_part(archive, "word/document.xml", path)
        if body_xml is None:
            raise LetterkitError(f"{path} has no word/document.xml: it is not a Word document")
        rels = read_part(archive, "word/_rels/document.xml.rels", path)
        notes_name = related_part(rels, FOOTNOTES_REL, path)
        comments_name = related_part(rels, COMMENTS_REL, path)
        notes_xml = read_part(archive, notes_name, path) if notes_name else None
        comments_xml = read_part(archive, comments_name, path) if comments_name else None
    body = parse_part(body_xml, path, "word/document.xml")
    match = _ClauseMatcher(version)
    remarks: list[Remark] = []
    note_clause: dict[str, str] = {}
    comment_clause: dict[str, str] = {}
    for p in body.iter(f"{W}p"):
        text, note_ids = paragraph_text(p, original=True)
        clause = match(text)
        for note_id in note_ids:
            note_clause[note_id] = clause
        for start in p.iter(f"{W}commentRangeStart", f"{W}commentReference"):
            comment_clause.setdefault(start.get(f"{W}id") or "", clause)
        remarks += _changes(p, clause)
    if notes_xml is not None:
        for note in parse_part(notes_xml, path, notes_name or "footnotes").iter(f"{W}footnote"):
            clause = note_clause.get(note.get(f"{W}id") or "", "(a footnote)")
            remarks += [
                Remark(r.clause, r.kind + " in its footnote", r.text, r.author)
                for r in _changes(note, clause)
            ]
    if comments_xml is not None:
        for comment in parse_part(comments_xml, path, "comments").iter(f"{W}comment"):
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
        self.clauses = []
        for clause in version.clauses:
            plain = " ".join(p.plain for p in parse_markdown(clause.text).blocks)
            if plain:
                self.clauses.append((clause.id, plain))

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
