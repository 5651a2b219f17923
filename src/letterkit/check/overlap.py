"""What the letter repeats from earlier letters: reported as information, never as errors.

Sentences are compared through an index of word 4-grams (one pass over the corpus, one
look-up per sentence), so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from letterkit.check.findings import Finding, Letter, split_sentences, words
from letterkit.model import SourceLetter, StyleGuide, format_partial_date, partial_date_key
from letterkit.workspace import Workspace

SHINGLE = 4
NEAR = 0.8  # share of a sentence's 4-grams found in one earlier sentence: "nearly" the same
MIN_WORDS = 8  # shorter sentences ("Dear Presidents,") repeat in every letter by design
_MARKUP = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+|\[\^[^\]]+\]")


def overlap(letter: Letter, style: StyleGuide) -> list[Finding]:
    if letter.ws is None:
        return []
    findings = list(_sentence_overlap(letter, letter.ws))
    findings += _recent_asks(letter, letter.ws, style)
    return findings


def _sentence_overlap(letter: Letter, ws: Workspace) -> Iterator[Finding]:
    earlier = _earlier_letters(ws, letter.date, letter.path)
    if not earlier:
        return
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    sentence_source: list[str] = []
    for letter_id, text in earlier:
        for sentence in split_sentences(" ".join(text.split())):
            grams = _shingles(sentence)
            if not grams:
                continue
            number = len(sentence_source)
            sentence_source.append(letter_id)
            for gram in grams:
                index[gram].add(number)
    mine = [
        sentence
        for unit in letter.units
        if unit.kind in ("body", "list")
        for sentence in unit.sentences()
        if len(words(sentence)) >= MIN_WORDS
    ]
    if not mine:
        return
    reused: Counter[str] = Counter()
    count = 0
    for sentence in mine:
        grams = _shingles(sentence)
        hits: Counter[int] = Counter()
        for gram in grams:
            hits.update(index.get(gram, ()))
        if hits:
            best, shared = hits.most_common(1)[0]
            if shared / len(grams) >= NEAR:
                count += 1
                reused[sentence_source[best]] += 1
    if not count:
        return
    sources = ", ".join(f"{letter_id} ({n})" for letter_id, n in reused.most_common())
    yield Finding(
        "info",
        "overlap",
        f"{count} of {len(mine)} sentences ({count / len(mine):.0%}) were already used word "
        f"for word or nearly in earlier letters: {sources}",
        "whole letter",
    )


def _earlier_letters(ws: Workspace, date: dt.date | None, own: Path) -> list[tuple[str, str]]:
    """(id, text) of corpus letters with a text, dated before the letter when it has a date."""
    day = partial_date_key(date.isoformat()) if date else None
    found = []
    for source in ws.letters.values():
        if not source.file or source.cited_only:
            continue
        if day and source.iso_date and partial_date_key(source.iso_date) >= day:
            continue
        if (ws.root / "corpus" / source.file).resolve() == own.resolve():
            continue
        text = corpus_text(ws, source)
        if text is not None:
            found.append((source.id, text))
    return found


def corpus_text(ws: Workspace, source: SourceLetter) -> str | None:
    """The text of a corpus letter kept as plain text or Markdown; None for other files."""
    if not source.file:
        return None
    path = ws.root / "corpus" / source.file
    if path.suffix.lower() not in (".txt", ".md"):
        return None
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _shingles(sentence: str) -> set[tuple[str, ...]]:
    tokens = [w.lower() for w in words(_MARKUP.sub(" ", sentence))]
    if len(tokens) < SHINGLE:
        return set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def _recent_asks(letter: Letter, ws: Workspace, style: StyleGuide) -> list[Finding]:
    """Asks this letter makes that letters to the same audience made in the last N months."""
    spec, day = letter.spec, letter.date
    if spec is None or day is None:
        return []
    since = _months_before(day, style.recent_months)
    findings = []
    for unit in letter.units:
        if unit.clause is None or unit.clause_kind not in ("ask", "follow-up"):
            continue
        clause = ws.clauses.get(unit.clause)
        if clause is None:
            continue
        sent = []
        for precedent in clause.precedents:
            source = ws.letters.get(precedent.letter)
            if source is None or source.audience != spec.audience or not source.iso_date:
                continue
            key = partial_date_key(source.iso_date)
            if partial_date_key(since.isoformat()) <= key < partial_date_key(day.isoformat()):
                sent.append(f"{format_partial_date(source.iso_date)} ({source.id})")
        if sent:
            findings.append(
                Finding(
                    "info",
                    "recent-ask",
                    f"this ask went to {ws.audiences[spec.audience].name} in the last "
                    f"{style.recent_months} months: {'; '.join(sent)}",
                    unit.location,
                    "say what has happened since, or why the ask is repeated",
                )
            )
    return findings


def _months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, 28))
