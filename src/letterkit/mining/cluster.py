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
from collections.abc import Iterable, Sequence
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


def group(stem_lists: Sequence[Sequence[str]]) -> list[list[int]]:
    """Families of asks given by their `stems` (indexes), each in input order; families in
    order of first member."""
    nodes: list[Node] = []
    by_key: dict[tuple[str, ...], int] = {}
    for index, found in enumerate(stem_lists):
        key = tuple(found)
        slot = by_key.get(key)
        if slot is None:
            slot = by_key[key] = len(nodes)
            nodes.append(Node(key))
        nodes[slot].members.append(index)
    idf = _idf(node.stems for node in nodes)
    bags = [_Bag(node.stems, idf) for node in nodes]
    postings: dict[str, list[int]] = defaultdict(list)
    links = _UnionFind(len(nodes))
    for current, bag in enumerate(bags):
        seen: set[int] = set()
        for stem in bag.stems:
            for other in postings[stem][-POSTING_SCAN:]:
                if other in seen:
                    continue
                seen.add(other)
                if _score(bag, bags[other], idf):
                    links.union(current, other)
            postings[stem].append(current)
    families: dict[int, list[int]] = defaultdict(list)
    for index, node in enumerate(nodes):
        families[links.find(index)].extend(node.members)
    return sorted((sorted(members) for members in families.values()), key=lambda m: m[0])


def match(
    stem_lists: Sequence[Sequence[str]], targets: Sequence[tuple[str, str]]
) -> list[str | None]:
    """For each ask (given by its stems), the owner of the target text it belongs with (best
    overlap), if any. `targets` are (owner, text) pairs, e.g. a clause's wording and its
    precedents' quotes."""
    target_stems = [stems(text) for _, text in targets]
    idf = _idf([*target_stems, *stem_lists])
    target_bags = [_Bag(found, idf) for found in target_stems]
    index: dict[str, list[int]] = defaultdict(list)
    for number, bag in enumerate(target_bags):
        for stem in bag.stems:
            index[stem].append(number)
    owners: list[str | None] = []
    for ask in stem_lists:
        bag = _Bag(ask, idf)
        best, best_score = None, 0.0
        for number in {n for stem in bag.stems for n in index[stem]}:
            score = _score(bag, target_bags[number], idf)
            if score > best_score:
                best, best_score = targets[number][0], score
        owners.append(best)
    return owners


def _idf(stem_lists: Iterable[Sequence[str]]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    total = 1
    for found in stem_lists:
        total += 1
        for stem in found:
            df[stem] += 1
    return {stem: math.log(total / count) + 1.0 for stem, count in df.items()}


class _Bag:
    """An ask's stems as a set, with its head (first stem) and IDF weight."""

    def __init__(self, found: Sequence[str], idf: dict[str, float]) -> None:
        self.stems = tuple(found)
        self.set = set(found)
        self.weight = sum(idf[s] for s in found)


def _score(a: _Bag, b: _Bag, idf: dict[str, float]) -> float:
    """The weighted overlap of two asks when it makes them one family, else 0."""
    shared = a.set & b.set
    if not shared:
        return 0.0
    overlap = sum(idf[s] for s in shared) / max(min(a.weight, b.weight), 1e-9)
    if overlap >= STRONG:
        return overlap
    heads = a.stems[0] in b.set or b.stems[0] in a.set
    return overlap if overlap >= WITH_HEAD and heads else 0.0
