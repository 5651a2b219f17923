"""What `letterkit check` reports, and the letter it reads, whatever the input was."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from letterkit.model import Audience, LetterSpec
    from letterkit.workspace import Workspace

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
UnitKind = Literal["body", "list", "heading", "footnote", "signature", "addressee", "date"]


@dataclass
class Finding:
    """One thing a careful editor would point out. The JSON fields are stable."""

    severity: Severity
    check: str
    message: str
    location: str
    suggestion: str = ""

    def as_json(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class Unit:
    """A paragraph, list item or footnote of the letter, as plain text.

    `location` says where a person finds it: "clause release-hrds" for a spec, "paragraph 7"
    or "footnote 3" for a DOCX, "letter.md:14" for Markdown.
    """

    text: str
    location: str
    kind: UnitKind
    clause: str | None = None
    clause_kind: str | None = None

    def sentences(self) -> list[str]:
        return split_sentences(self.text)

    def sentence_spans(self) -> list[tuple[int, str]]:
        """(offset in `text`, sentence) for each sentence, in order."""
        spans = []
        position = 0
        for sentence in self.sentences():
            start = self.text.find(sentence, position)
            spans.append((start, sentence))
            position = start + len(sentence)
        return spans

    def where(self, offset: int) -> str:
        """The location of the sentence holding `offset` (a character offset into `text`)."""
        if self.kind not in ("body", "list"):
            return self.location
        spans = self.sentence_spans()
        if len(spans) <= 1:
            return self.location
        for number, (start, sentence) in enumerate(spans, start=1):
            if offset < start + len(sentence):
                return f"{self.location}, sentence {number}"
        return f"{self.location}, sentence {len(spans)}"


@dataclass
class NoteRef:
    label: str
    location: str


@dataclass
class Letter:
    """The letter under check, read from a spec (composed), a DOCX or a Markdown file."""

    path: Path
    source: Literal["spec", "docx", "md"]
    units: list[Unit]
    refs: list[NoteRef]  # footnote references in reading order
    notes: dict[str, Unit]  # footnote label -> its text, in the order the file holds them
    date: dt.date | None = None
    signatories: list[Unit] = field(default_factory=list)
    audience: Audience | None = None
    spec: LetterSpec | None = None
    ws: Workspace | None = None
    findings: list[Finding] = field(default_factory=list)  # found while reading
    note_numbers: dict[str, int] = field(default_factory=dict)  # label -> number shown

    def text_units(self) -> list[Unit]:
        """The units a reader reads as prose: body, lists, headings and footnotes."""
        return [u for u in self.units if u.kind in ("body", "list", "heading", "footnote")]


_ABBREVIATIONS = re.compile(
    r"\b(?:e\.g|i\.e|etc|cf|vs|no|nos|art|arts|para|paras|mr|mrs|ms|dr|prof|st|jr|sr|"
    r"ed|eds|vol|p|pp|op|cit|ibid|approx|dept|gov|u\.s|u\.k|u\.n|e\.u)\.$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; abbreviations (e.g., No., Mr.) and initials do not end one."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()].rstrip()
        last_word = candidate.rsplit(None, 1)[-1] if candidate.split() else ""
        if _ABBREVIATIONS.search(last_word) or re.fullmatch(r"[A-Z]\.", last_word):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def snippet(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= width else f"“{text[: width - 1].rstrip()}…”"
