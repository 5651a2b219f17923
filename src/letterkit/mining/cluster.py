"""Grouping asks into recurring families, near-linearly.

Each ask becomes a set of word stems without the words every ask has (the request verbs,
"immediate and unconditional", "human rights"). Its *head* is its first remaining stem: the
thing asked for ("release", "access", "sanction"). Two asks are close when they share most of
their (IDF-weighted) stems, or when one's head appears in the other and they share a fair
part. Identical stem sets are merged first. The commonest wordings then lead families, and
each other ask joins the family whose leader or first members it is closest to: it must be
close to one of them itself, so families do not drift by chains of small steps. Candidate
families come from an inverted index over stems, each posting list scanned only so far, so no
ask is compared with all others: the cost grows with the number of asks times a constant.
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
        # whom an ask is addressed to is not what it asks
        "council",
        "commission",
        "parliament",
        "parliaments",
        "ministers",
        "leaders",
        "community",
        "who",
        "which",
        "whom",
        "have",
        "has",
        "had",
        "furthermore",
        "moreover",
        "finally",
        "group",
        "groups",
        "mep",
        "meps",
        "organisations",
        "organizations",
        "undersigned",
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


@lru_cache(maxsize=1)
def _filler_stems() -> frozenset[str]:
    """The filler in every form: "imposing" goes with "impose"."""
    return frozenset(_stem(word) for word in _FILLER)


def stems(text: str) -> list[str]:
    """The content stems of an ask, in order, without filler or Jinja markup. Chinese, which
    has no spaces to split words at, gives its character pairs."""
    text = re.sub(r"\{[{%#].*?[}%#]\}", " ", text.lower())
    out: list[str] = []
    for word in _WORD.findall(text):
        word = word.strip("'-")
        if len(word) > 2:
            stem = _stem(word)
            if stem not in out and stem not in _filler_stems():
                out.append(stem)
    for run in _HAN.findall(text):
        for pair in (run[i : i + 2] for i in range(len(run) - 1)):
            if pair not in out:
                out.append(pair)
    return out


def unit_stems(text: str) -> list[list[str]]:
    """The `stems` of each separate thing one ask asks for: "urge China to end X, to close Y
    and to release Z" is three. Each part is compared on its own, so an ask that also asks
    something else still meets the asks that ask only that. A part with fewer than two stems
    of its own does not stand alone ("We ask you, as a member of parliament," + "to help")."""
    out: list[list[str]] = []
    for part in _UNIT_BREAK.split(text):
        found = stems(part)
        if out and (len(out[-1]) < 2 or len(found) < 2):
            out[-1] += [stem for stem in found if stem not in out[-1]]
        else:
            out.append(found)
    return out


# ", to do", "; to do", "and to do", ", and to do": the infinitive that starts another request
_UNIT_BREAK = re.compile(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?=to\s+(?:\w+ly\s+)?[a-z]{3,}\b)")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass
class Node:
    """One distinct stem set: every ask (or clause text) that reduces to it."""

    stems: tuple[str, ...]
    members: list[int] = field(default_factory=list)


POSTING_SCAN = 400  # most recent families of a stem looked at per ask
REPRESENTATIVES = 3  # members a new ask is compared with: the leader and the next two
STRONG = 0.5  # weighted overlap that makes two asks one family on its own
WITH_HEAD = 0.2  # enough overlap when one's head (what is asked for) is in the other
CORE = 5  # first stems of an ask: what is asked for, and of what or whom


def group(stem_lists: Sequence[Sequence[str]]) -> list[list[int]]:
    """Families of asks given by their `stems` (indexes), each in input order; families in
    order of first member.

    The commonest wordings come first and lead families; every other ask joins the family
    whose leader (or one of its first members) it is closest to, or leads a new one. An ask
    must be close to a representative itself, so families cannot chain from "release X" via
    "release and protect X" to "protect Y"."""
    nodes: list[Node] = []
    by_key: dict[tuple[str, ...], int] = {}
    for index, found in enumerate(stem_lists):
        key = tuple(found)
        slot = by_key.get(key) if key else None  # asks with no words to compare stay apart
        if slot is None:
            slot = by_key[key] = len(nodes)
            nodes.append(Node(key))
        nodes[slot].members.append(index)
    idf = _idf(node.stems for node in nodes)
    bags = [_Bag(node.stems, idf) for node in nodes]
    order = sorted(range(len(nodes)), key=lambda n: (-len(nodes[n].members), n))
    representatives: list[list[int]] = []
    families: list[list[int]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for current in order:
        bag = bags[current]
        candidates = {f for stem in bag.stems for f in postings[stem][-POSTING_SCAN:]}
        best, best_score = None, 0.0
        for family in sorted(candidates):
            score = max(_score(bag, bags[rep], idf) for rep in representatives[family])
            if score > best_score:
                best, best_score = family, score
        if best is None:
            best = len(families)
            families.append([])
            representatives.append([])
        families[best].extend(nodes[current].members)
        if len(representatives[best]) < REPRESENTATIVES:
            representatives[best].append(current)
            for stem in bag.stems:
                if not postings[stem] or postings[stem][-1] != best:
                    postings[stem].append(best)
    return sorted((sorted(members) for members in families), key=lambda m: m[0])


CONTAINS = 0.6  # share of a clause text found in an ask that makes the ask one of its own too


def match(
    stem_lists: Sequence[Sequence[str]], targets: Sequence[tuple[str, str]]
) -> list[list[str]]:
    """For each ask (given by its stems), the owners of the target texts it belongs with, best
    first: the best overlap, and any other text the ask nearly contains (a sentence that asks
    two things belongs to both clauses). `targets` are (owner, text) pairs, e.g. a clause's
    wording and its precedents' quotes."""
    target_stems = [stems(text) for _, text in targets]
    idf = _idf([*target_stems, *stem_lists])
    target_bags = [_Bag(found, idf) for found in target_stems]
    index: dict[str, list[int]] = defaultdict(list)
    for number, bag in enumerate(target_bags):
        for stem in bag.stems:
            index[stem].append(number)
    owners: list[list[str]] = []
    for ask in stem_lists:
        bag = _Bag(ask, idf)
        scored: list[tuple[tuple[float, float], str]] = []
        for number in sorted({n for stem in bag.stems for n in index[stem]}):
            target = target_bags[number]
            score = _score(bag, target, idf)
            if score:
                # ties (an ask inside several texts) go to the text most of which it covers
                scored.append(
                    ((score, _shared(bag, target, idf) / target.weight), targets[number][0])
                )
        scored.sort(key=lambda item: item[0], reverse=True)
        found = [
            owner for rank, (key, owner) in enumerate(scored) if rank == 0 or key[1] >= CONTAINS
        ]
        owners.append(list(dict.fromkeys(found)))
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
        self.core = set(found[:CORE])
        self.weight = math.fsum(idf[s] for s in found)


def _shared(a: _Bag, b: _Bag, idf: dict[str, float]) -> float:
    return _weight(a.set & b.set, idf)


def _weight(found: set[str], idf: dict[str, float]) -> float:
    # fsum: a set of strings iterates in a different order in each process (hash seed), and a
    # plain float sum would differ in its last bits, flipping ties and thresholds run to run
    return math.fsum(idf[s] for s in found)


def _score(a: _Bag, b: _Bag, idf: dict[str, float]) -> float:
    """The weighted overlap of two asks when it makes them one family, else 0."""
    shared = a.set & b.set
    if not shared:
        return 0.0
    overlap = _weight(shared, idf) / max(min(a.weight, b.weight), 1e-9)
    # one word in common counts only if it is what both ask for: "release X" / "release Y",
    # but not "free hostages" / "free access"
    enough = len(shared) > 1 or a.stems[0] == b.stems[0]
    if overlap >= STRONG and enough:
        return overlap
    # what one asks for is in the other
    heads = a.stems[0] in b.set or b.stems[0] in a.set
    if overlap >= WITH_HEAD and heads and enough:
        return overlap
    # or their first words, what is asked and of whom, are much the same: "release all
    # detained persons, including ..." / "release of defenders detained for their work, ..."
    core = a.core & b.core
    if len(core) >= 2 and (a.stems[0] in core or b.stems[0] in core):
        return WITH_HEAD
    return 0.0
