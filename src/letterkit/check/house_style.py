"""The coalition's house style, all offline: what a careful editor checks before partners see
a draft. Each check takes the `Letter` and yields findings; `house_style` runs them all."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator

from letterkit.check.dates import TextDate, find_dates
from letterkit.check.findings import Finding, Letter, Unit, snippet, words
from letterkit.model import Organisation, StyleGuide
from letterkit.workspace import Workspace

Check = Callable[[Letter, StyleGuide], Iterator[Finding]]


def house_style(letter: Letter, style: StyleGuide) -> list[Finding]:
    findings = list(letter.findings)
    for check in CHECKS:
        findings += check(letter, style)
    return findings


# --- preferred terms -------------------------------------------------------------------------

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{12,}’|https?://\S+|www\.\S+")


def preferred_terms(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """A rejected variant (Uighur) where the coalition writes its own term (Uyghur).

    Organisation names from the catalog, titles of earlier letters and quotations keep their
    own spelling: they are someone else's words.
    """
    if not style.preferred_terms:
        return
    protected = _protected_names(letter)
    patterns = [
        (term.use, variant, _variant_pattern(variant))
        for term in style.preferred_terms
        for variant in term.instead_of
    ]
    for unit in letter.text_units():
        spans = _protected_spans(unit.text, protected)
        claimed: list[tuple[int, int]] = []
        for use, _variant, pattern in patterns:
            for match in pattern.finditer(unit.text):
                span = (match.start(), match.end())
                if _inside(span, spans) or _inside(span, claimed):
                    continue
                claimed.append(span)
                fix = use[0].upper() + use[1:] if match.group()[0].isupper() else use
                yield Finding(
                    "error",
                    "preferred-term",
                    f"“{match.group()}”: the coalition writes “{fix}”",
                    unit.where(match.start()),
                    fix,
                )


def _variant_pattern(variant: str) -> re.Pattern[str]:
    """A capitalised variant (Uighur) matches in any case; a lowercase one (organization) only
    in lowercase or at a sentence start, so "World Health Organization" keeps its name."""
    if variant[:1].isupper():
        return re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)", re.IGNORECASE)
    first, rest = variant[0], re.escape(variant[1:])
    return re.compile(
        rf"(?<!\w)(?:{re.escape(first)}|(?:^|(?<=[.!?]\s)){re.escape(first.upper())}){rest}(?!\w)"
    )


def _protected_names(letter: Letter) -> list[str]:
    ws = letter.ws
    if ws is None:
        return []
    names = [org.name for org in ws.organisations.values()]
    names += [org.short_name for org in ws.organisations.values() if org.short_name]
    names += [source.title for source in ws.letters.values()]
    return sorted({n for n in names if n}, key=len, reverse=True)


def _protected_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


# --- names spelled two ways ------------------------------------------------------------------

# Words that start sentences or precede names; never part of a person's name.
_NOT_NAMES = set(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "during",
        "following",
        "for",
        "from",
        "further",
        "given",
        "however",
        "if",
        "in",
        "into",
        "it",
        "its",
        "moreover",
        "nevertheless",
        "of",
        "on",
        "our",
        "since",
        "so",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "under",
        "until",
        "we",
        "when",
        "where",
        "whereas",
        "while",
        "with",
        "yet",
        "dear",
        "yours",
        "sincerely",
        "please",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "professor",
        "president",
        "vice",
        "chair",
        "chairman",
        "chairwoman",
        "commissioner",
        "minister",
        "ministers",
        "secretary",
        "general",
        "high",
        "representative",
        "ambassador",
        "member",
        "members",
        "premier",
        "king",
        "queen",
        "prince",
        "sir",
        "madam",
        "lord",
        "lady",
        "honourable",
        "hon",
        "rt",
        "st",
        "saint",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][^\W\d_]+(?:[-'’][^\W\d_]+)*")


def name_spellings(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """The same person's name spelled two ways in one letter (Ilham Tohti / Ilham Tothi)."""
    units = [u for u in letter.units if u.kind != "signature"]
    lowercase = {w for u in units for w in words(u.text) if w.islower()}
    seen: dict[tuple[str, ...], Unit] = {}
    counts: Counter[tuple[str, ...]] = Counter()
    for unit in units:
        for name in _name_candidates(unit.text, lowercase):
            counts[name] += 1
            seen.setdefault(name, unit)
    variants = {
        frozenset((v.lower(), term.use.lower()))
        for term in style.preferred_terms
        for v in term.instead_of
    }
    by_token: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in seen:
        for token in set(name):
            by_token[token].append(name)
    reported: set[frozenset[tuple[str, ...]]] = set()
    for group in by_token.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                pair = frozenset((first, second))
                if pair in reported or not _same_person(first, second):
                    continue
                if _variant_pair(first, second, variants):
                    continue  # Uighur / Uyghur: the preferred-term check reports it
                reported.add(pair)
                usual, other = sorted((first, second), key=lambda n: (-counts[n], n))
                yield Finding(
                    "error",
                    "name-spelling",
                    f"“{' '.join(other)}” ({seen[other].location}) is spelled "
                    f"“{' '.join(usual)}” in {seen[usual].location}",
                    seen[other].location,
                    f"spell it one way; the letter mostly writes “{' '.join(usual)}”"
                    if counts[usual] > counts[other]
                    else "spell it one way",
                )


def _variant_pair(
    first: tuple[str, ...], second: tuple[str, ...], variants: set[frozenset[str]]
) -> bool:
    return any(
        frozenset((a.lower(), b.lower())) in variants
        for a, b in zip(first, second, strict=True)
        if a != b
    )


def _name_candidates(text: str, lowercase: set[str]) -> set[tuple[str, ...]]:
    """Runs of two to four capitalised words that are not ordinary words of the letter."""
    names: set[tuple[str, ...]] = set()
    run: list[str] = []
    position = 0
    for match in _CAPITALISED.finditer(text):
        token = re.sub(r"['’]s$", "", match.group())
        gap = text[position : match.start()]
        ordinary = token.lower() in _NOT_NAMES or token.lower() in lowercase
        if run and (gap.strip() or ordinary):
            _add_run(run, names)
            run = []
        if not ordinary:
            run.append(token)
        position = match.end()
    _add_run(run, names)
    return names


def _add_run(run: list[str], names: set[tuple[str, ...]]) -> None:
    if 2 <= len(run) <= 4:
        names.add(tuple(run))


def _fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if c.isalpha()).lower()


def _same_person(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    if len(first) != len(second) or first == second:
        return False
    differing = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    if _fold(a) == _fold(b):
        return True  # Rahilä / Rahila, Abdu-Rahman / Abdurahman
    if min(len(a), len(b)) < 4 or _stem(a) == _stem(b) or a.startswith(b) or b.startswith(a):
        return False  # Tibet / Tibetan, Buddhism / Buddhist, Parliament / Parliamentary
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8


_SUFFIXES = ("ary", "ism", "ist", "ian", "ese", "ans", "an", "ic", "al", "s")


def _stem(token: str) -> str:
    word = token.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# --- placeholders ----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{\{|\}\}|\{%|%\}|\{#|#\}"
    r"|\[(?:[A-Z _/-]*(?:NAME|DATE|ORG|ORGANI[SZ]ATION|TITLE|NUMBER|PLACE|COUNTRY|EVENT|LINK|URL"
    r"|INSERT|ADD|CHECK|TK|TBC|TBD|XX+)[A-Z _/-]*|\.\.\.|…)\]"
    r"|\[(?:insert|add|name of|date of|check)\b[^\]]{0,60}\]"
    r"|\b(?:TODO|TBD|TBC|FIXME|XXX+)\b|\?\?\?+"
)


def placeholders(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """Unrendered Jinja, [NAME], TODO, XXX: things that must never reach a minister."""
    for unit in letter.units:
        for match in _PLACEHOLDER.finditer(unit.text):
            yield Finding(
                "error",
                "placeholder",
                f"placeholder left in the letter: “{match.group()}”",
                unit.where(match.start()),
                "replace it with the real text",
            )


# --- footnotes -------------------------------------------------------------------------------


def footnotes(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """Every reference has a note, no note is empty or orphaned, numbering follows reading."""
    referenced: set[str] = set()
    for ref in letter.refs:
        if ref.label not in letter.notes:
            yield Finding(
                "error",
                "footnotes",
                f"a footnote reference ({ref.label}) has no footnote text",
                ref.location,
                "add the note, or remove the reference",
            )
        referenced.add(ref.label)
    for label, note in letter.notes.items():
        if not note.text.strip():
            yield Finding(
                "error", "footnotes", "the footnote is empty", note.location, "write the note"
            )
        if label not in referenced:
            yield Finding(
                "warning",
                "footnotes",
                "the footnote is never referenced in the text, so no reader sees it",
                note.location,
                "reference it where it belongs, or delete it",
            )
    yield from _note_order(letter)


def _note_order(letter: Letter) -> Iterator[Finding]:
    """Numbered labels ([^1], or a DOCX's note ids) must ascend in reading order."""
    first_seen: list[str] = []
    for ref in letter.refs:
        if ref.label not in first_seen and ref.label in letter.notes:
            first_seen.append(ref.label)
    if letter.source == "spec" or not all(label.isdigit() for label in first_seen):
        return  # named labels are numbered by where they are first referenced
    previous = -1
    for ref_label in first_seen:
        number = int(ref_label)
        if number < previous:
            location = next(r.location for r in letter.refs if r.label == ref_label)
            yield Finding(
                "error",
                "footnotes",
                f"footnote {ref_label} comes after footnote {previous} in the text: "
                "numbering is out of order"
                + (
                    " (LibreOffice then shows the wrong note texts)"
                    if letter.source == "docx"
                    else ""
                ),
                location,
                "renumber the notes in reading order"
                + (" (rebuild the letter with letterkit)" if letter.source == "docx" else ""),
            )
            return
        previous = number


# --- dates -----------------------------------------------------------------------------------

_FORTHCOMING = re.compile(
    r"\b(?:forthcoming|upcoming|ahead of|in advance of|next|will (?:take place|be held|visit|"
    r"travel|meet|host|convene))\b",
    re.IGNORECASE,
)
_PAST_MARKER = re.compile(r"\b(?:previous|last|past|earlier|recent|preceding)\b", re.IGNORECASE)


def _forthcoming_dates(sentence: str) -> list[TextDate] | None:
    """Dates the sentence gives to an event it calls forthcoming; None if it calls none so.

    The date must follow the forward-looking words in the same clause ("ahead of the summit
    on 2 May 2026"), with no "previous" or "last" between: "our letter of 17 July 2025, sent
    ahead of the previous summit" speaks of the past.
    """
    found: list[TextDate] | None = None
    for match in _FORTHCOMING.finditer(sentence):
        clause = re.split(r"[,;:()–—]", sentence[match.end() :], maxsplit=1)[0]
        if _PAST_MARKER.search(clause):
            continue
        found = found or []
        end = match.end() + len(clause)
        found += [d for d in find_dates(sentence) if match.end() <= d.start < end]
    return found


def _long(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def dates(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """A precedent dated after the letter; a "forthcoming" event dated before it."""
    if letter.date is None:
        return
    day = letter.date
    for note in letter.notes.values():
        for found in find_dates(note.text):
            if found.low > day:
                yield Finding(
                    "error",
                    "dates",
                    f"the footnote cites a document dated {found.text}, after the letter's "
                    f"date ({_long(day)})",
                    note.location,
                    "check the precedent's date in corpus/letters.yaml, or the letter's date",
                )
    event_date = letter.spec.event.date if letter.spec is not None else None
    for unit in letter.units:
        if unit.kind not in ("body", "list", "heading"):
            continue
        for start, sentence in unit.sentence_spans():
            mentioned = _forthcoming_dates(sentence)
            if mentioned is None:
                continue
            past = [d for d in mentioned if d.high < day]
            if past:
                when = past[0].text
            elif not mentioned and event_date is not None and event_date < day:
                when = f"{_long(event_date)} (the event date in the spec)"
            else:
                continue
            yield Finding(
                "error",
                "dates",
                f"the letter speaks of a forthcoming event, but it took place on {when}, "
                f"before the letter's date ({_long(day)})",
                unit.where(start),
                "check the event date and the letter date",
            )


# --- asks that say the same thing ------------------------------------------------------------

_STOP = set(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "were",
        "which",
        "who",
        "with",
        "will",
        "would",
        "your",
        "you",
        "we",
        "us",
        "all",
        "any",
        "other",
        "such",
        "also",
        "including",
        "toward",
        "towards",
    ]
)


def duplicate_asks(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """Two asks in one letter that say nearly the same thing."""
    asks = [u for u in letter.units if u.kind == "list" or u.clause_kind in ("ask", "follow-up")]
    bags = [(u, _content_words(u.text)) for u in asks]
    for i, (first, first_words) in enumerate(bags):
        for second, second_words in bags[i + 1 :]:
            if not first_words or not second_words:
                continue
            shared = len(first_words & second_words) / len(first_words | second_words)
            if shared >= style.duplicate_ask_similarity:
                yield Finding(
                    "warning",
                    "duplicate-ask",
                    f"this ask says nearly the same as {first.location} "
                    f"({shared:.0%} of their words in common)",
                    second.location,
                    "merge the two asks, or make the difference plain",
                )


def _content_words(text: str) -> set[str]:
    bag = {re.sub(r"['’]s$", "", w.lower()) for w in words(text)}
    return {w.rstrip("s") for w in bag if w not in _STOP and len(w) > 2}


# --- length ----------------------------------------------------------------------------------


def length(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """Sentences over the style's limit; a letter over its audience's word or page budget."""
    limit = style.max_sentence_words
    body = [u for u in letter.units if u.kind in ("body", "list", "heading")]
    for unit in body:
        for start, sentence in unit.sentence_spans():
            count = len(words(sentence))
            if count > limit:
                yield Finding(
                    "warning",
                    "sentence-length",
                    f"a sentence of {count} words (the house limit is {limit}): "
                    f"{snippet(sentence)}",
                    unit.where(start),
                    "split it in two",
                )
    audience = letter.audience
    if audience is None:
        return
    total = sum(len(words(u.text)) for u in letter.units if u.kind != "footnote")
    if audience.max_words and total > audience.max_words:
        yield Finding(
            "warning",
            "length",
            f"the letter has {total} words; letters to {audience.name} keep to "
            f"{audience.max_words}",
            "whole letter",
            "cut context before cutting asks",
        )
    notes = sum(len(words(u.text)) for u in letter.notes.values())
    pages = (total + notes) / style.words_per_page
    if audience.max_pages and pages > audience.max_pages:
        yield Finding(
            "warning",
            "length",
            f"the letter runs to about {pages:.1f} pages (at {style.words_per_page} words a "
            f"page); letters to {audience.name} keep to {audience.max_pages}",
            "whole letter",
            "cut context before cutting asks",
        )


# --- signatories -----------------------------------------------------------------------------


def signatories(letter: Letter, style: StyleGuide) -> Iterator[Finding]:
    """No signatories, an organisation twice, or one the catalog does not know."""
    spec_signers = letter.spec.signatories if letter.spec is not None else None
    if not letter.signatories and not spec_signers:
        yield Finding(
            "error",
            "signatories",
            "the letter has no signatories",
            "signature block",
            "add the signing organisations (`signatories:` in the spec; in a document, one "
            "per line at the end, in the Signatory style)",
        )
        return
    if letter.spec is not None or letter.ws is None:
        return  # a spec's organisations were checked by id when it was read
    known = catalog_names(letter.ws)
    seen: set[str] = set()
    for unit in letter.signatories:
        key = fold_name(unit.text)
        org = known.get(key)
        if key in seen or (org is not None and org.id in seen):
            yield Finding(
                "error", "signatories", f"“{unit.text}” signs twice", unit.location, "remove one"
            )
        seen |= {key} | ({org.id} if org else set())
        if org is None:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
            yield Finding(
                "error",
                "signatories",
                f"“{unit.text}” is not in catalog/organisations.yaml",
                unit.location,
                f"did you mean “{known[close[0]].name}”?"
                if close
                else "add the organisation to catalog/organisations.yaml, or fix the name",
            )


def fold_name(name: str) -> str:
    return " ".join(_fold(w) for w in words(name))


def catalog_names(ws: Workspace) -> dict[str, Organisation]:
    """Organisations of the catalog by folded name and short name, as signature lines read."""
    known = {fold_name(o.name): o for o in ws.organisations.values()}
    known |= {fold_name(o.short_name): o for o in ws.organisations.values() if o.short_name}
    return known


CHECKS: list[Check] = [
    placeholders,
    footnotes,
    preferred_terms,
    name_spellings,
    dates,
    duplicate_asks,
    length,
    signatories,
]
