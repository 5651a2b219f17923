"""Cutting a cleaned text into the units asks are found in: blocks (paragraphs and list items),
sentences, and runs of imperatives inside a block. Offsets stay those of the cleaned text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from letterkit.mining.english import ABBREVIATIONS, ITEM_VERB
from letterkit.mining.scripts import ARABIC, DEVANAGARI_BENGALI, HANGUL, HEBREW, THAI

_ITEM = re.compile(
    # ("#Release all detained workers": a hash against a sentence's first word, not "#FreeTashi")
    r"^(?:- |[-–](?=[A-Z])|#(?=[A-Z][a-z]+\s+\w+\s+\w)|"
    r"(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+|\d{1,2}[.)](?=[A-Z])|"
    r"\d{1,2}\.\d{1,2}\.?\s+|"  # "5.1 Release all ..."
    r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+)"
)
# Capitals with accents and in Greek and Cyrillic: "État", "Łódź", "Șeful", "Правительство"
_CAPITALS = "".join(
    c for c in (*map(chr, range(0xC0, 0x530)), *map(chr, range(0x1E00, 0x2000))) if c.isupper()
)
_ENDS = (
    # the next sentence may open with „ « ¿ ¡ and any capital: "„Handeln Sie", "État", and
    # French spaces its guillemets: "« Nous demandons", "grave. »"; or, in a script without
    # capitals, any letter (Korean, Arabic: "... آراءهم. على المملكة"; Bengali after its "।";
    # Hebrew: "... ופסולות. עוד נבקש כי")
    rf"(?<=[.!?\u061f\u0964\u06d4])(?:\s?»)?[\"”“’»)\]]*\s+(?=(?:«\s?|[\"“‘„¿¡(\[])?[A-Z0-9{_CAPITALS}{HANGUL}{ARABIC}{DEVANAGARI_BENGALI}{HEBREW}])|"
    r"(?<=[。\uff01\uff1f\uff1b])"
)
_SENTENCE_END = re.compile(_ENDS)
# and, read only in a text that needs them (each tries every position):
_SENTENCE_END_TOO = re.compile(
    _ENDS + "|"
    # a page that lost the space after a full stop: "said today.The unequivocal assessment",
    # "said Anneliese Baldaccini.”The Italian authorities" (a word of two small letters before
    # it, not "Mr.Smith"; a word after it, not "U.S.A")
    r"(?<=[a-z]{2}[.!?][”\"’])(?=[A-Z][a-z]{2,})|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2,})|"
    # Thai, which has no full stop, ends a sentence with spaces: one between clauses, more
    # between sentences
    # (not before a call, whose caller the spaces set apart: "นายสมชาย  ประธาน...  เรียกร้อง")
    rf"(?<=[{THAI}])\s{{2,}}(?=[{THAI}])(?!(?:ขอ)?เรียกร้อง)"
)
_NEEDS_MORE = re.compile(rf"[a-z]{{2}}[.!?][”\"’]?[A-Z][a-z]{{2}}|[{THAI}]\s\s")


# German writes a day of the month as an ordinal: "am 18. Juli"
_MONTH_AFTER_ORDINAL = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
)


@dataclass
class Unit:
    text: str
    start: int
    item: bool = False


def split_blocks(text: str) -> Iterator[Unit]:
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            yield Unit(stripped, start, bool(_ITEM.match(stripped)))
        offset += len(line) + 1


def split_imperative_runs(block: Unit) -> Iterator[Unit]:
    """A paragraph cut where a sentence starts with a verb in the imperative."""
    run: Unit | None = None
    for unit in split_sentences(block):
        if run is None or ITEM_VERB.match(unit.text):
            if run is not None:
                yield run
            run = unit
        else:
            run = Unit(
                block.text[run.start - block.start : unit.start - block.start + len(unit.text)],
                run.start,
            )
    if run is not None:
        yield run


def item_body(text: str) -> tuple[str, int]:
    match = _ITEM.match(text)
    return (text[match.end() :], match.end()) if match else (text, 0)


def _lost_space(text: str, at: int) -> bool:
    """Whether a full stop with no space after it, at `at`, ends a sentence: not inside an
    address ("Maria.Lopez@justice.gov.ph", "Avaaz.Org/..."), nor after a short capitalised
    word ("Hon.Minister", "Capt.Ibrahim", "Bros.Discovery"; "Twitter.Its" ends one)."""
    before = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
    after = text[at:].split(None, 1)[0] if text[at:].strip() else ""
    if re.search(r"[@/]", before + after) or re.match(r"(?:Org|Com|Net)\b", after):
        return False
    word = before.strip('"”’.!?')
    # (nor inside a run of short forms: "Rt.Hon.Member", "U.S.Army")
    return "." not in word and (not word[:1].isupper() or len(word) >= 6)


def _inside_a_quotation(text: str, at: int) -> bool:
    """Whether a curly quotation opened before `at` is still open there."""
    return text.count("“", 0, at) > text.count("”", 0, at)


def split_sentences(block: Unit) -> Iterator[Unit]:
    text, start = block.text, 0
    ends = _SENTENCE_END_TOO if _NEEDS_MORE.search(text) else _SENTENCE_END
    for match in ends.finditer(text):
        # only the last word matters: looking further back makes a long run of "Dec." quadratic
        before = text[max(start, match.start() - 40) : match.start()].rstrip('"”’)]')
        words = before.split()
        last = words[-1].lower().strip('("“‘[').rstrip(".") if words else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if last.isdigit() and len(last) <= 2 and _MONTH_AFTER_ORDINAL.match(text, match.end()):
            continue  # a German date: "bis Montag, den 18. Juli 2022"
        if match.start() == match.end() and (
            _inside_a_quotation(text, match.start()) or not _lost_space(text, match.start())
        ):
            continue  # a lost space inside a quotation: its sentences are the speaker's
        raw = text[start : match.start()]
        piece = raw.strip()
        if piece:
            yield Unit(piece, block.start + start + len(raw) - len(raw.lstrip()))
        start = match.end()
    piece = text[start:].strip()
    if piece:
        yield Unit(piece, block.start + start + (len(text[start:]) - len(text[start:].lstrip())))
