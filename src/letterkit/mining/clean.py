"""Cleaning a letter's text: what is not the letter goes (site navigation, log-in links, share
buttons, copyright lines, "related" teasers), and light Markdown or HTML markup is reduced to
the words a reader sees. Lines keep their order; bullets become "- " lines.

The rules are about web pages in general, not about any one site: a line is page furniture
when it is short and made of interface words, and a footer block ("Related ...", "More from
...", "About ... blogs") ends the letter when it comes in the last part of the text.
"""

from __future__ import annotations

import re
import unicodedata

# Short lines made only of these are interface, not letter (matched on the whole line).
_UI_LINE = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content | log\ ?in | log\ ?out | sign\ (?:in|up|out) | register
        | subscribe(?:\ now)? | menu | main\ menu | search | close | home | back\ to\ top
        | share(?:\ this)?(?:\ (?:page|article|post|story))? | share\ on\ \w+ | tweet | print
        | e-?mail | facebook | twitter | x | linkedin | whatsapp | telegram | reddit | copy\ link
        | accept(?:\ all)?(?:\ cookies)? | cookie\ (?:settings|policy|preferences) | reject\ all
        | advertisement | sponsored | newsletter | follow\ us | donate(?:\ now)? | read\ more
        | view\ (?:latest|all)\ posts | next\ (?:post|article) | previous\ (?:post|article)
        | listen(?:\ to\ (?:this\ )?article)? | \d+\ min(?:ute)?s?\ read | photo | video
        | (?:related|recommended|popular|latest)(?:\ \w+){0,3} | more\ from\ .{1,40}
        | you\ may\ also\ like | tags?:.* | topics?:.* | categories?:.* | filed\ under:?.*
    )[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that end the letter when they appear in its last third: what follows is site footer.
_FOOTER_START = re.compile(
    r"^(?:related(?:\ \w+|\ &){0,4}|more\ from\ .{1,40}|about\ (?:us|the\ authors?|.{1,40}\ blogs?)"
    r"|you\ may\ also\ like|recommended(?:\ for\ you)?|read\ (?:more|next)|latest\ (?:news|posts?))"
    r"[.:]?$",
    re.IGNORECASE | re.VERBOSE,
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved\.?$", re.IGNORECASE)
_CAPTION = re.compile(
    r"^(?:photo|image|picture|credit|source)\s*(?:credit)?\s*:\s*\S.{0,60}$", re.I
)
_UI_PREFIX = re.compile(r"^(?:view latest posts|skip to main content|share this)\s*", re.I)

_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<sup>[^<]{0,12}</sup>|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,200})?/?>")
# (not a run of footnote stars: "the farmer signs.****")
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
# (and arrows and triangles: "▶ Therefore, EU citizens should have the right ...", and an
# underscore: "_ a libertação imediata e incondicional de todos os detidos;"; and a marker
# doubled by a page's list styling: "• • Maria Frisk of Bris ... urges")
_BULLET = re.compile(r"^\s*(?:(?:[-*+•·▪◦‣●–▶►▸➤➢→_]|\\-)\s+)+")
_HEADING = re.compile(r"^#{1,6}\s+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">"}


def clean_text(text: str) -> str:
    """The letter's words, one paragraph or bullet per line, blank lines between blocks.
    Letters are composed (NFC): "ó" as one character, as the rules spell it, even where a PDF
    or a Mac tool wrote it as "o" and a combining accent."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = _drop_footer([_normalise_line(line) for line in text.split("\n")])
    kept: list[str] = []
    for line in lines:
        if _is_furniture(line):
            continue
        if not line and (not kept or not kept[-1]):
            continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept) + "\n" if kept else ""


def _normalise_line(raw: str) -> str:
    """A line with its markup reduced to words; bullets as '- ', rules as blank lines."""
    line = raw.strip()
    if not line or _RULE.match(line):
        return ""
    line = _UI_PREFIX.sub("", line)
    for entity, char in _ENTITIES.items():
        line = line.replace(entity, char)
    line = _LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _HEADING.sub("", line)
    bullet = _BULLET.match(line)
    if bullet:
        line = line[bullet.end() :]
    for _ in range(2):
        line = _EMPHASIS.sub(r"\2", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", line)  # Markdown escapes
    line = re.sub(r"[ \t]{2,}", " ", line).strip()
    return f"- {line}" if bullet and line else line


def _is_furniture(line: str) -> bool:
    words = line.split()
    if not words:
        return False
    if len(words) <= 6 and _UI_LINE.match(line):
        return True
    return len(words) <= 12 and bool(_COPYRIGHT.search(line) or _CAPTION.match(line))


def _drop_footer(lines: list[str]) -> list[str]:
    """Cut the text at a footer heading ("Related ...", "More from ...") in its last part."""
    total = sum(len(line) for line in lines)
    seen = 0
    for index, line in enumerate(lines):
        if line and seen > total * 0.6 and _FOOTER_START.match(line):
            return lines[:index]
        seen += len(line)
    return lines
