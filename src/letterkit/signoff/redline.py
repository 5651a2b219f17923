"""What changed between two versions: by clause for the terminal, and as a Word redline
(tracked insertions and deletions, footnotes included) for partners to open in Word."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from letterkit.markup import Document, Paragraph, Run, merge_runs, parse_markdown, plain_text

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_SIMILAR = 0.5  # below this two paragraphs are a deletion and an insertion, not an edit


def clause_blocks(doc: Document, clauses: Sequence[tuple[str, str]]) -> list[tuple[int, str]]:
    """(block index, clause id) for each clause found in the body: the paragraph holding its
    words. Clause texts are inline Markdown, so they are compared as parsed plain text."""
    texts = [(clause_id, plain_text(text)) for clause_id, text in clauses]
    wanted = [(clause_id, words) for clause_id, words in texts if words]
    found: list[tuple[int, str]] = []
    for index, block in enumerate(doc.blocks):
        plain = block.plain
        for pos, (clause_id, words) in enumerate(wanted):
            if words in plain:
                found.append((index, clause_id))
                del wanted[pos]
                break
    return found


@dataclass
class _Token:
    text: str
    run: Run  # the formatting it carries

    @property
    def key(self) -> tuple[object, ...]:
        r = self.run
        return (self.text, r.bold, r.italic, r.code, r.link, r.note, r.line_break)


def _tokens(para: Paragraph) -> list[_Token]:
    out = []
    for run in para.runs:
        if run.note or run.line_break:
            out.append(_Token("", run))
        else:
            out += [_Token(t, run) for t in _TOKEN.findall(run.text)]
    return out


def _runs(tokens: list[_Token], change: str | None) -> list[Run]:
    return merge_runs([replace(t.run, text=t.text, change=change) for t in tokens])  # type: ignore[arg-type]


def diff_paragraph(old: Paragraph, new: Paragraph) -> Paragraph:
    """`new` with the words taken out of `old` as deletions and the words put in as insertions."""
    a, b = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    runs: list[Run] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs += _runs(b[j1:j2], None)
            continue
        runs += _runs(a[i1:i2], "del")
        runs += _runs(b[j1:j2], "ins")
    return replace(new, runs=runs)


def _whole(para: Paragraph, change: str) -> Paragraph:
    return replace(
        para,
        runs=[replace(r, change=change) for r in para.runs],  # type: ignore[arg-type]
        change=change,  # type: ignore[arg-type]
    )


def _similar(a: Paragraph, b: Paragraph) -> bool:
    return difflib.SequenceMatcher(None, a.plain, b.plain, autojunk=False).ratio() >= _SIMILAR


def _keys(paragraphs: list[Paragraph]) -> list[tuple[object, ...]]:
    """What makes two paragraphs the same: words, formatting, note references and style."""
    return [
        (p.style, p.heading, p.list_kind, p.list_level, tuple(t.key for t in _tokens(p)))
        for p in paragraphs
    ]


def diff_blocks(old: list[Paragraph], new: list[Paragraph]) -> list[Paragraph]:
    """Align two lists of paragraphs and mark what was inserted, deleted or edited."""
    matcher = difflib.SequenceMatcher(None, _keys(old), _keys(new), autojunk=False)
    out: list[Paragraph] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += new[j1:j2]
            continue
        olds, news = old[i1:i2], new[j1:j2]
        while olds or news:
            if olds and news and _similar(olds[0], news[0]):
                out.append(diff_paragraph(olds.pop(0), news.pop(0)))
            elif olds and (not news or not any(_similar(olds[0], n) for n in news)):
                out.append(_whole(olds.pop(0), "del"))
            else:
                out.append(_whole(news.pop(0), "ins"))
    return out


def redline(old_markdown: str, new_markdown: str) -> Document:
    """A document showing `new` with every change since `old` tracked, footnotes included."""
    old, new = parse_markdown(old_markdown), parse_markdown(new_markdown)
    doc = Document(blocks=diff_blocks(old.blocks, new.blocks))
    for label in dict.fromkeys([*old.notes, *new.notes]):
        if label in old.notes and label in new.notes:
            doc.notes[label] = diff_blocks(old.notes[label], new.notes[label])
        elif label in new.notes:
            doc.notes[label] = [_whole(p, "ins") for p in new.notes[label]]
        else:
            doc.notes[label] = [_whole(p, "del") for p in old.notes[label]]
    return doc


def word_diff(old: str, new: str) -> str:
    """One line: unchanged words plain, [-deleted-] and {+inserted+}."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(b[j1:j2]))
            continue
        if i2 > i1:
            out.append("[-" + "".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + "".join(b[j1:j2]) + "+}")
    return "".join(out)
