"""Guessing a past letter's metadata from its text: title, date, addressee, who signed it,
its languages and whether it is a letter or a report about one. Guesses are written to
corpus/letters.yaml for a person to correct, so each is a plain rule a person can follow."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from letterkit.model import MONTHS

_MONTH = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH.update({m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)})
_MONTH["sept"] = 9
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATES = [
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"(?P<year>(?:19|20)\d\d)年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
    re.compile(rf"\b{_MON}\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    # a wire dateline without a year: "Brussels [Belgium] March 23 (ANI):"
    re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})\s+\((?P<agency>[A-Z]{{2,10}})\)"),
]
_SALUTATION = re.compile(r"^(?:dear|to)\s+(?P<who>[^\n]{3,160}?)[,:]?$", re.I | re.M)
_ATTENTION = re.compile(r"^(?:to the attn\.? of|to the attention of|attn\.?|to)\s*:\s*$", re.I)
_LETTER_TO = re.compile(
    r"\b(?:letter|statement|appeal|petition)\s+to\s+(?P<who>[A-Z][^,.;\n]{3,120}?)(?=[,.;]|\s+(?:to|ahead|on|calling|urging)\b)"
)
_ORG_WORDS = re.compile(
    r"\b(?:international|association|campaign|watch|society|committee|federation|network|"
    r"foundation|council|cent(?:re|er)|institute|union|coalition|alliance|rights|defenders|"
    r"community|congress|youth|project|initiative|trust|group|organi[sz]ation|league|forum|"
    r"movement|amnesty|solidarity|partnership|front|action|ngo|tibet\w*|uy?gh?ur\w*)\b",
    re.I,
)
_PERSON = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,\s*(?P<role>.{2,80})$"
)


@dataclass
class Guess:
    title: str
    date: str | None = None
    kind: str = "letter"
    addressee: str | None = None
    authors: list[str] = field(default_factory=list)  # organisation ids from the catalog
    unknown_organisations: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)  # people, as printed
    languages: list[str] = field(default_factory=lambda: ["en"])
    notes: list[str] = field(default_factory=list)


def guess_metadata(
    text: str,
    organisations: Iterable[tuple[str, Iterable[str]]],
    title_hint: str | None = None,
    date_hint: str | None = None,
    copyright_year: str | None = None,
    members: Collection[str] = (),
) -> Guess:
    """Best guesses for a letter's corpus entry. `organisations` gives each catalog id with
    the names it goes by; `members` the ids of those that write letters (NGOs and
    coalitions, not the institutions they write to)."""
    guess = guess_signers(text, organisations, title_hint, members)
    notes: list[str] = []
    guess.languages = detect_languages(text)
    if len(guess.languages) > 1:
        notes.append(
            f"the text is in {len(guess.languages)} languages: " + ", ".join(guess.languages)
        )
    guess.date, note = guess_date(text, date_hint)
    if guess.date is None and copyright_year is not None:
        guess.date = copyright_year
        note = f"dated {copyright_year} from the page's copyright line only: check `date`"
    if note:
        notes.append(note)
    guess.notes[:0] = notes
    return guess


def guess_signers(
    text: str,
    organisations: Iterable[tuple[str, Iterable[str]]],
    title_hint: str | None = None,
    members: Collection[str] = (),
) -> Guess:
    """Title, kind, addressee and who signed: the guesses that need no language model."""
    from letterkit.mining.voice import is_letter, names_a_caller

    organisations = [(org_id, list(known_as)) for org_id, known_as in organisations]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    guess = Guess(title=title_hint or "")
    guess.kind = "letter" if is_letter(text) else "news-report"
    if guess.kind == "news-report":
        # a coalition member's own release reads like a report: "Alpha Rights and 40 groups
        # urged the Council", "..., Alpha Rights said today"
        for org_id, org_names in organisations:
            if org_id in members and names_a_caller(text, [n for n in org_names if n]):
                guess.kind = "statement"
                guess.authors.append(org_id)
                guess.notes.append(
                    f"kind guessed `statement` because {org_id} is named making the call: "
                    "set `kind: news-report` and remove it from `authors` if this page only "
                    "reports on the letter"
                )
                break
    guess.addressee = guess_addressee(lines, text)
    if not guess.title:
        guess.title = _title(lines, guess.addressee, guess.kind)
    names = {id_: [n.lower() for n in ns if n] for id_, ns in organisations}
    for line in _signature_block(lines):
        person = _PERSON.match(line)
        org = _match_org(line, names)
        if org is not None:
            if org not in guess.authors:
                guess.authors.append(org)
        elif person is not None and not _ORG_WORDS.search(person.group("name")):
            guess.signatories.append(line)
        elif _ORG_WORDS.search(line):
            guess.unknown_organisations.append(line)
    if not guess.authors and guess.kind == "letter":  # a statement's title names its author
        title = guess.title.lower()
        for org_id, org_names in names.items():
            if any(re.match(rf"(?:the\s+)?{re.escape(n)}\b", title) for n in org_names if n):
                guess.authors.append(org_id)
    if guess.unknown_organisations:
        guess.notes.append(
            "signed also by organisations not in catalog/organisations.yaml (add them there and "
            "to authors): " + "; ".join(guess.unknown_organisations)
        )
    return guess


def guess_date(text: str, hint: str | None = None) -> tuple[str | None, str | None]:
    """(YYYY[-MM[-DD]], a note for the person checking). A date on a line of its own (the
    letter's date line) wins; then a full date near the top; a month and year only on a line
    of its own, since "In October 2015, ..." dates an event, not the letter."""
    if hint and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", hint):
        return hint, None
    head = text[:2000]
    short_lines = [line for line in head.splitlines() if 0 < len(line.split()) <= 6]
    for scope, patterns in (("\n".join(short_lines), _DATES), (head, _DATES[:4] + _DATES[5:])):
        for pattern in patterns:
            match = pattern.search(scope)
            if match is None:
                continue
            parts = match.groupdict()
            if parts.get("agency"):
                return None, f"dated '{match.group(0)}' without a year: add the year to `date`"
            month = int(parts["month"]) if parts.get("month") else _MONTH[parts["mon"][:3].lower()]
            if not parts.get("day"):
                return f"{parts['year']}-{month:02d}", None
            return f"{parts['year']}-{month:02d}-{int(parts['day']):02d}", None
    years = sorted(set(re.findall(r"\b(?:19|20)\d\d\b", text)))
    if years:
        return None, f"no date found; the text mentions the years {', '.join(years[-3:])}"
    return None, "no date found"


def guess_addressee(lines: list[str], text: str) -> str | None:
    for index, line in enumerate(lines[:20]):
        if _ATTENTION.match(line) and index + 1 < len(lines):
            return lines[index + 1].rstrip(",:")
        match = _SALUTATION.match(line)
        if match and len(line.split()) <= 20 and line.rstrip().endswith((",", ":")):
            return match.group("who").rstrip(",: ")
    match = _LETTER_TO.search(text[:3000])
    return match.group("who").strip() if match else None


def _title(lines: list[str], addressee: str | None, kind: str) -> str:
    for line in lines[:8]:
        words = line.split()
        if _SALUTATION.match(line) or _ATTENTION.match(line) or line == addressee:
            break
        if 4 <= len(words) <= 25 and not line.endswith((".", ",", ":")) and not guess_date(line)[0]:
            return line
    if addressee:
        return (
            f"Letter to {addressee}" if kind == "letter" else f"Report on a letter to {addressee}"
        )
    return lines[0][:120] if lines else "Untitled"


def _signature_block(lines: list[str]) -> list[str]:
    """The run of short lines at the end of the (first-language) text: who signed."""
    block: list[str] = []
    end = len(lines)
    for index, line in enumerate(lines):  # stop at a second language's text
        if index > 5 and _script(line) != _script(lines[0]) and _script(line) != "latin":
            end = index
            break
    for line in reversed(lines[1:end]):  # the first line is the title, never a signature
        if len(line.split()) > 12 or (
            line.endswith((".", "!", "?", ":")) and not _PERSON.match(line)
        ):
            if block:
                break
            continue
        block.append(line)
    return list(reversed(block))


def _match_org(line: str, names: dict[str, list[str]]) -> str | None:
    lowered = re.sub(r"\s+", " ", line.lower()).strip(" ,;")
    for org_id, org_names in names.items():
        for name in org_names:
            if lowered == name or lowered.startswith(name + " (") or lowered.endswith(f"({name})"):
                return org_id
    return None


def _script(text: str) -> str:
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")
    return "han" if han > len(text) * 0.2 else "latin"


def detect_languages(text: str) -> list[str]:
    """The languages of the text, in the order they first appear; each must hold at least a
    tenth of its letters (so a Chinese name in an English letter does not count)."""
    import py3langid

    counts: dict[str, int] = {}
    for paragraph in re.split(r"\n\s*\n|\n", text):
        letters = sum(1 for c in paragraph if c.isalpha())
        if letters < 20:
            continue
        language, _ = py3langid.classify(paragraph)
        counts[language] = counts.get(language, 0) + letters
    total = sum(counts.values()) or 1
    found = [lang for lang, n in counts.items() if n >= total * 0.1]
    return found or ["en"]
