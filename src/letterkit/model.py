"""Typed records of the workspace files. Unknown keys are rejected everywhere."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Id = Annotated[str, msgspec.Meta(pattern=ID_PATTERN)]

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def normalise_partial_date(value: Any) -> str:
    """Accept 2026-05-19, 2026-05 or 2026 (YAML may hand us a date or an int)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        raise ValueError("a date must be YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"month {month} does not exist")
    if day:
        dt.date(int(year), int(month), int(day))  # raises ValueError for 2026-02-30
    return text


# YAML hands a date as a date, a bare year as an int, a month as a string: accept any and
# normalise after validation (msgspec unions may not mix str and date).
PartialDate = Any


def partial_date_key(value: str | None) -> tuple[int, int, int]:
    """Sort key: a date known only to the month sorts at that month's start."""
    if not value:
        return (0, 0, 0)
    parts = [int(p) for p in value.split("-")] + [0, 0]
    return (parts[0], parts[1], parts[2])


def format_partial_date(value: str | None) -> str:
    """'2026-05-19' -> '19 May 2026'; '2022-03' -> 'March 2022'; '2015' -> '2015'."""
    if not value:
        return ""
    year, month, day = partial_date_key(value)
    if day:
        return f"{day} {MONTHS[month - 1]} {year}"
    if month:
        return f"{MONTHS[month - 1]} {year}"
    return str(year)


class Record(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A validated record: unknown keys are errors. (msgspec, not pydantic: building pydantic
    models costs ~110 ms at every start, more than the whole build budget.)"""


# --- catalog ---------------------------------------------------------------------------------


class Audience(Record, kw_only=True):
    id: Id
    name: str
    addressee: list[str]
    salutation: str
    closing: str = ""
    institution: str = ""
    max_words: int | None = None
    max_pages: int | None = None


class Occasion(Record, kw_only=True):
    id: Id
    name: str
    event_name: str = ""
    template: str = "letter.md.j2"
    description: str = ""


OrgKind = Literal[
    "ngo", "coalition", "institution", "un-body", "media", "government", "political-party"
]


class Organisation(Record, kw_only=True):
    id: Id
    name: str
    short_name: str = ""
    kind: OrgKind = "ngo"
    country: str = ""
    contact: str = ""
    url: str = ""


class PreferredTerm(Record, kw_only=True):
    use: str
    instead_of: list[str]
    note: str = ""


class StyleGuide(Record, kw_only=True):
    preferred_terms: list[PreferredTerm] = []
    max_sentence_words: int = 60
    words_per_page: int = 450  # to estimate pages against an audience's max_pages
    recent_months: int = 12  # asks sent to the same audience this recently are reported
    duplicate_ask_similarity: float = 0.6  # share of content words two asks have in common


Word = Annotated[str, msgspec.Meta(min_length=1)]


class ThemeLexicon(Record, kw_only=True):
    """catalog/themes.yaml: each theme's words or phrases, matched at the start of a word."""

    themes: dict[Id, list[Word]] = {}


# --- corpus ----------------------------------------------------------------------------------

LetterKind = Literal["letter", "petition", "statement", "resolution", "news-report", "report"]
# The kinds in which the authors speak for themselves, so the text's asks are theirs.
OWN_KINDS = ("letter", "petition", "statement")


class SourceLetter(Record, kw_only=True):
    id: Id
    title: str
    date: PartialDate | None = None  # normalised to "YYYY[-MM[-DD]]" after validation
    kind: LetterKind = "letter"
    authors: list[str] = []
    signatories: list[str] = []
    audience: str | None = None
    occasion: str | None = None
    url: str | None = None
    file: str | None = None
    cited_only: bool = False
    languages: list[str] = msgspec.field(default_factory=lambda: ["en"])
    reported_in: str | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if self.date is not None:
            try:
                self.date = normalise_partial_date(self.date)
            except ValueError as exc:
                raise ValueError(f"date: {exc}") from exc

    @property
    def iso_date(self) -> str | None:
        return str(self.date) if self.date is not None else None


# --- clauses ---------------------------------------------------------------------------------

ClauseKind = Literal["opening", "context", "ask", "follow-up", "closing"]
SECTION_ORDER: tuple[ClauseKind, ...] = ("opening", "context", "ask", "follow-up", "closing")


class Variable(Record, kw_only=True):
    type: Literal["text", "list", "date", "number", "bool"] = "text"
    default: Any = None
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


class Precedent(Record, kw_only=True):
    letter: str
    quote: str | None = None
    asker: str | None = None
    note: str = ""


class ClauseMeta(Record, kw_only=True):
    """The front matter of a clause file."""

    id: Id
    title: str
    kind: ClauseKind
    status: Literal["accepted", "candidate"] = "accepted"
    themes: list[str] = []
    audiences: list[str] = []
    occasions: list[str] = []
    variables: dict[str, Variable] = {}
    precedents: list[Precedent] = []
    # Whether a letter footnotes this clause with its precedents. Asks cite by default; other
    # passages only when their words point to earlier letters ("we have long called on ...").
    cite: bool | None = None

    @property
    def cited(self) -> bool:
        return self.cite if self.cite is not None else self.kind in ("ask", "follow-up")


class Clause(ClauseMeta, kw_only=True):
    """A clause with its body and where it came from (built in code, never from YAML)."""

    body: str
    path: Path
    body_line: int  # 1-based line of the body's first line in `path`


# --- letter specs ----------------------------------------------------------------------------


class Event(Record, kw_only=True):
    name: str | None = None
    date: dt.date | None = None


class ClauseChoice(Record, kw_only=True):
    id: str
    vars: dict[str, Any] = {}
    text: str | None = None  # a per-letter rewording; the library file is untouched


class LetterSpec(Record, kw_only=True):
    audience: str
    occasion: str
    date: dt.date
    subject: str
    event: Event = msgspec.field(default_factory=Event)
    template: str | None = None
    language: str | None = None
    coordinator: str | None = None
    clauses: list[str | ClauseChoice]  # a bare id is shorthand for {id: ...}
    signatories: list[str] = []
    reference_docx: str | None = None

    def __post_init__(self) -> None:
        if not self.clauses:
            raise ValueError("a letter needs at least one clause (`clauses:` is empty)")

    @property
    def choices(self) -> list[ClauseChoice]:
        return [ClauseChoice(id=c) if isinstance(c, str) else c for c in self.clauses]


# --- workspace settings ----------------------------------------------------------------------


class LanguageToolSettings(Record, kw_only=True):
    server: str = ""
    disabled_rules: list[str] = []
    timeout: float = 15.0  # seconds for the whole check request, once connected
    start_timeout: float = 5.0  # seconds to reach a server, or to start the local install


class Settings(Record, kw_only=True):
    name: str = ""
    language: str = "en-GB"
    coordinator: str | None = None
    languagetool: LanguageToolSettings = msgspec.field(default_factory=LanguageToolSettings)
