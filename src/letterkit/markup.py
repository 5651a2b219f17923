"""Markdown with footnotes -> a flat list of document blocks the writers understand.

Supported: paragraphs, headings, bullet and numbered lists (nested), bold, italic, links,
inline code, hard breaks, footnote references and definitions, and pandoc-style fenced divs
`::: {custom-style="Name"}` that give their paragraphs a named paragraph style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

_DIV_PARAMS = re.compile(r'^\s*\{\s*custom-style\s*=\s*"([^"]+)"\s*\}\s*$')


@dataclass
class Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None
    note: str | None = None  # a footnote reference: the footnote's label
    line_break: bool = False
    change: Literal["ins", "del"] | None = None  # a tracked change, in a redline


@dataclass
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    style: str | None = None  # a custom paragraph style from a fenced div
    heading: int = 0  # 1-6 for headings
    list_kind: Literal["bullet", "number"] | None = None
    list_level: int = 0
    list_id: int = 0  # paragraphs of the same list share it; numbered lists restart per id
    continues_item: bool = False  # a second paragraph inside a list item: indent, no bullet
    line: int = 0  # 1-based line of the Markdown source where the paragraph starts
    change: Literal["ins", "del"] | None = None  # the paragraph itself inserted or deleted

    @property
    def plain(self) -> str:
        """The text with whitespace collapsed: what two versions of a paragraph compare by."""
        return " ".join(self.text.split())

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Document:
    blocks: list[Paragraph] = field(default_factory=list)
    notes: dict[str, list[Paragraph]] = field(default_factory=dict)

    def note_order(self) -> list[str]:
        """Footnote labels in the order the body references them (repeats included)."""
        return [run.note for block in self.blocks for run in block.runs if run.note]


_PARSER: MarkdownIt | None = None


def plain_text(markdown: str) -> str:
    """The words of a Markdown fragment, markup removed and whitespace collapsed."""
    return " ".join(block.plain for block in parse_markdown(markdown).blocks)


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        md = MarkdownIt("commonmark", {"typographer": False})
        md.use(footnote_plugin)
        md.use(
            container_plugin,
            name="div",
            validate=lambda params, *args: bool(_DIV_PARAMS.match(params)),
        )
        _PARSER = md
    return _PARSER


def parse_markdown(text: str) -> Document:
    tokens = _parser().parse(text)
    doc = Document()
    builder = _Builder(doc)
    builder.walk(tokens)
    return doc


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.styles: list[str | None] = []
        self.lists: list[tuple[Literal["bullet", "number"], int]] = []
        self.list_counter = 0
        self.item_paragraphs: list[int] = []  # paragraphs seen so far in each open list item
        self.target: list[Paragraph] = doc.blocks
        self.heading = 0

    def walk(self, tokens: list[Token]) -> None:
        for token in tokens:
            kind = token.type
            if kind == "container_div_open":
                match = _DIV_PARAMS.match(token.info)
                self.styles.append(match.group(1) if match else None)
            elif kind == "container_div_close":
                self.styles.pop()
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.list_counter += 1
                list_kind: Literal["bullet", "number"] = (
                    "bullet" if kind == "bullet_list_open" else "number"
                )
                self.lists.append((list_kind, self.list_counter))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.item_paragraphs.append(0)
            elif kind == "list_item_close":
                self.item_paragraphs.pop()
            elif kind == "heading_open":
                self.heading = int(token.tag[1])
            elif kind == "heading_close":
                self.heading = 0
            elif kind == "footnote_open":
                label = token.meta["label"]
                self.target = self.doc.notes.setdefault(label, [])
            elif kind == "footnote_close":
                self.target = self.doc.blocks
            elif kind == "inline":
                self._paragraph(token)
            elif kind in ("code_block", "fence"):
                for line in token.content.rstrip("\n").split("\n"):
                    self.target.append(Paragraph([Run(line, code=True)], style=self._style()))
            elif kind == "hr":
                continue  # a thematic break has no place in a letter; ignore it quietly

    def _style(self) -> str | None:
        return next((s for s in reversed(self.styles) if s), None)

    def _paragraph(self, token: Token) -> None:
        para = Paragraph(_runs(token.children or []), style=self._style(), heading=self.heading)
        para.line = token.map[0] + 1 if token.map else 0
        if self.lists and self.target is self.doc.blocks:
            list_kind, list_id = self.lists[-1]
            para.list_kind, para.list_id = list_kind, list_id
            para.list_level = len(self.lists) - 1
            para.continues_item = self.item_paragraphs[-1] > 0
            self.item_paragraphs[-1] += 1
        self.target.append(para)


def _runs(children: list[Token]) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    link: list[str] = []
    for child in children:
        kind = child.type
        if kind == "text":
            runs.append(Run(child.content, bold > 0, italic > 0, link=link[-1] if link else None))
        elif kind == "softbreak":
            runs.append(Run(" ", bold > 0, italic > 0, link=link[-1] if link else None))
        elif kind == "hardbreak":
            runs.append(Run("", line_break=True))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            link.append(str(child.attrs.get("href", "")))
        elif kind == "link_close":
            link.pop()
        elif kind == "code_inline":
            runs.append(Run(child.content, code=True))
        elif kind == "footnote_ref":
            runs.append(Run("", note=child.meta["label"]))
        elif kind == "image":
            runs.append(Run(child.content or "", italic=True))
        elif kind == "html_inline":
            continue  # raw HTML tags (<sup>, <br>) carry no text of their own
    return merge_runs(runs)


def merge_runs(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs with the same formatting, so Word gets fewer, longer runs."""
    merged: list[Run] = []
    for run in runs:
        if not run.text and not run.note and not run.line_break:
            continue
        last = merged[-1] if merged else None
        if (
            last is not None
            and not run.note
            and not last.note
            and not run.line_break
            and not last.line_break
            and (last.bold, last.italic, last.code, last.link, last.change)
            == (run.bold, run.italic, run.code, run.link, run.change)
        ):
            last.text += run.text
        else:
            merged.append(run)
    return merged
