"""Grouping asks into recurring families, near-linearly.

Each ask becomes a set of word stems without the words every ask has (the request verbs,
"immediate and unconditional", "human rights"). Its *head* is its first remaining stem: the
thing asked for ("release", "access", "sanction"). Two asks are one family when they share
most of their (IDF-weighted) stems, or when one's head appears in the other and they share a
fair part. Identical stem sets are merged first; candidates come from an inverted index over
the rarer stems, each posting list scanned only so far, so no ask is compared with all
others: the cost grows with the number of asks times a constant.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

# Words that say *that* something is asked, not *what*: dropped before comparing.
_FILLER = set(
    [
        "we",
        "i",
        "you",
        "our",
        "your",
        "us",
        "they",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "will",
        "would",
        "should",
        "must",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "not",
        "no",
        "all",
        "any",
        "also",
        "both",
        "each",
        "other",
        "such",
        "into",
        "onto",
        "upon",
        "about",
        "across",
        "including",
        "include",
        "includes",
        "especially",
        "particular",
        "particularly",
        "notably",
        "urge",
        "urges",
        "urged",
        "call",
        "calls",
        "called",
        "calling",
        "ask",
        "asks",
        "asked",
        "request",
        "requests",
        "requested",
        "press",
        "presses",
        "pressed",
        "recommend",
        "recommends",
        "recommended",
        "encourage",
        "encouraged",
        "invite",
        "invited",
        "demand",
        "demands",
        "demanded",
        "insist",
        "appeal",
        "appeals",
        "ensure",
        "ensures",
        "make",
        "makes",
        "take",
        "takes",
        "give",
        "gives",
        "allow",
        "allows",
        "grant",
        "provide",
        "seek",
        "continue",
        "help",
        "us",
        "please",
        "strongly",
        "further",
        "again",
        "adopt",
        "adopts",
        "impose",
        "imposes",
        "introduce",
        "implement",
        "pursue",
        "against",
        "targeted",
        "immediate",
        "immediately",
        "unconditional",
        "unconditionally",
        "urgent",
        "urgently",
        "full",
        "fully",
        "genuine",
        "genuinely",
        "meaningful",
        "meaningfully",
        "concrete",
        "strong",
        "robust",
        "effective",
        "effectively",
        "clear",
        "clearly",
        "public",
        "publicly",
        "explicit",
        "explicitly",
        "independent",
        "international",
        "human",
        "rights",
        "right",
        "government",
        "governments",
        "authorities",
        "authority",
        "chinese",
        "china",
        "eu",
        "european",
        "union",
        "member",
        "states",
        "state",
        "officials",
        "counterparts",
    ]
)
_WORD = re.compile(r"[a-z][a-z'-]+")


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]


def stems(text: str) -> list[str]:
    """The content stems of an ask, in order, without filler or Jinja markup."""
    text = re.sub(r"\{[{%#].*?[}%#]\}", " ", text.lower())
    out: list[str] = []
    for word in _WORD.findall(text):
        word = word.strip("'-")
        if len(word) > 2 and word not in _FILLER:
            stem = _stem(word)
            if stem not in out:
                out.append(stem)
    return out


@dataclass
class Node:
    """One distinct stem set: every ask (or clause text) that reduces to it."""

    stems: tuple[str, ...]
    members: list[int] = field(default_factory=list)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


POSTING_SCAN = 400  # most recent postings of a stem looked at per ask
STRONG = 0.5  # weighted overlap that makes two asks one family on its own
WITH_HEAD = 0.25  # enough overlap when one's head (what is asked for) is in the other


def group(texts: Sequence[str], progress: object | None = None) -> list[list[int]]:
    """Families of `texts` (indexes), each in input order; families in order of first member."""
    nodes: list[Node] = []
    by_key: dict[tuple[str, ...], int] = {}
    for index, text in enumerate(texts):
        key = tuple(stems(text))
        slot = by_key.get(key)
        if slot is None:
            slot = by_key[key] = len(nodes)
            nodes.append(Node(key))
        nodes[slot].members.append(index)
        if progress is not None:
            progress(1)  # type: ignore[operator]
    df: dict[str, int] = defaultdict(int)
    for node in nodes:
        for stem in node.stems:
            df[stem] += 1
    total = len(nodes) + 1
    idf = {stem: math.log(total / count) + 1.0 for stem, count in df.items()}
    sets = [set(node.stems) for node in nodes]
    weights = [sum(idf[s] for s in node.stems) for node in nodes]
    postings: dict[str, list[int]] = defaultdict(list)
    links = _UnionFind(len(nodes))
    for current, node in enumerate(nodes):
        seen: set[int] = set()
        for stem in node.stems:
            for other in postings[stem][-POSTING_SCAN:]:
                if other in seen:
                    continue
                seen.add(other)
                if _related(current, other, nodes, sets, weights, idf):
                    links.union(current, other)
            postings[stem].append(current)
    families: dict[int, list[int]] = defaultdict(list)
    for index, node in enumerate(nodes):
        families[links.find(index)].extend(node.members)
    return sorted((sorted(members) for members in families.values()), key=lambda m: m[0])


def match(texts: Sequence[str], targets: Sequence[tuple[str, str]]) -> list[str | None]:
    """For each text, the owner of the target text it belongs with (best overlap), if any.
    `targets` are (owner, text) pairs, e.g. a clause's wording and its precedents' quotes."""
    target_stems = [stems(text) for _, text in targets]
    text_stems = [stems(text) for text in texts]
    df: dict[str, int] = defaultdict(int)
    for group_ in (target_stems, text_stems):
        for found in group_:
            for stem in found:
                df[stem] += 1
    total = len(target_stems) + len(text_stems) + 1
    idf = {stem: math.log(total / count) + 1.0 for stem, count in df.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for number, found in enumerate(target_stems):
        for stem in found:
            index[stem].append(number)
    target_sets = [set(t) for t in target_stems]
    target_weights = [sum(idf[s] for s in t) for t in target_stems]
    owners: list[str | None] = []
    for found in text_stems:
        own, weight = set(found), sum(idf[s] for s in found)
        best, best_score = None, 0.0
        for number in {n for stem in found for n in index[stem]}:
            shared = own & target_sets[number]
            score = sum(idf[s] for s in shared) / max(min(weight, target_weights[number]), 1e-9)
            heads = found[0] in target_sets[number] or target_stems[number][0] in own
            if (score >= STRONG or (score >= WITH_HEAD and heads)) and score > best_score:
                best, best_score = targets[number][0], score
        owners.append(best)
    return owners


def _related(
    a: int,
    b: int,
    nodes: list[Node],
    sets: list[set[str]],
    weights: list[float],
    idf: dict[str, float],
) -> bool:
    shared = sets[a] & sets[b]
    if not shared:
        return False
    overlap = sum(idf[s] for s in shared) / max(min(weights[a], weights[b]), 1e-9)
    if overlap >= STRONG:
        return True
    head_a, head_b = nodes[a].stems[0], nodes[b].stems[0]
    return overlap >= WITH_HEAD and (head_a in sets[b] or head_b in sets[a])
