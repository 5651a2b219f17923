"""The draft's answers without the prompts: defaults, clause ranking, merging an answers file,
checking the result, and writing the spec (and any new organisation) only at the very end."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import yaml

from letterkit.errors import LetterkitError, Problem, WorkspaceError
from letterkit.library import summarise
from letterkit.model import SECTION_ORDER, Clause, LetterSpec, Organisation
from letterkit.workspace import Workspace, did_you_mean
from letterkit.yamlfile import load_yaml_file

# How many clauses of each kind are ticked for the drafter to start from.
RECOMMEND = {"opening": 1, "context": 2, "ask": 5, "follow-up": 3, "closing": 1}
SECTION_INDEX = {kind: index for index, kind in enumerate(SECTION_ORDER)}
SPEC_KEYS = tuple(f.name for f in msgspec.structs.fields(LetterSpec))


@dataclass
class Ranked:
    clause: Clause
    score: float
    fits: bool  # the clause does not exclude this audience or occasion
    precedents: int
    last_used: str
    recommended: bool = False

    def line(self) -> str:
        """One line of the clause list: title, id, precedent count and last use."""
        used = f"last used {self.last_used}" if self.last_used else "never used"
        count = f"{self.precedents} precedent{'s' if self.precedents != 1 else ''}"
        other = "" if self.fits else "  (other audience/occasion)"
        return f"{self.clause.title}  [{self.clause.id}] · {count} · {used}{other}"


def rank_clauses(
    ws: Workspace, audience: str, occasion: str, themes: list[str], day: dt.date
) -> list[Ranked]:
    """Every clause, best fit first within each section of the letter.

    Score: naming this audience or occasion (+3 each) beats suiting any (+1); each chosen theme
    it carries +2 (asks with none of them -1); precedents up to +2.5; a precedent in the last
    year +2, in the last three years +1; a candidate not yet reviewed -2. A clause that names
    other audiences or occasions only is offered last and never pre-ticked.
    """
    ranked = []
    wanted = set(themes)
    for clause in ws.clauses.values():
        summary = summarise(ws, clause)
        score = 0.0
        fits = True
        for given, allowed in ((audience, clause.audiences), (occasion, clause.occasions)):
            if not allowed:
                score += 1
            elif given in allowed:
                score += 3
            else:
                fits = False
        shared = len(wanted & set(clause.themes))
        score += 2 * shared
        if wanted and not shared and clause.kind in ("ask", "follow-up"):
            score -= 1
        score += 0.5 * min(summary.precedents, 5)
        if summary.last_used:
            years = (day - _first_day(summary.last_used)).days / 365.25
            score += 2 if years <= 1 else 1 if years <= 3 else 0
        if clause.status == "candidate":
            score -= 2
        ranked.append(Ranked(clause, score, fits, summary.precedents, summary.last_used))
    ranked.sort(key=lambda r: (SECTION_INDEX[r.clause.kind], not r.fits, -r.score, r.clause.title))
    taken: dict[str, int] = {}
    for item in ranked:
        kind = item.clause.kind
        needs_values = any(v.required for v in item.clause.variables.values())
        if (
            item.fits
            and item.clause.status == "accepted"
            and not needs_values
            and taken.get(kind, 0) < RECOMMEND[kind]
            and not (
                wanted and kind in ("ask", "follow-up") and not wanted & set(item.clause.themes)
            )
        ):
            item.recommended = True
            taken[kind] = taken.get(kind, 0) + 1
    return ranked


def _first_day(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1] or 1, parts[2] or 1)


def all_themes(ws: Workspace) -> list[str]:
    """Themes of the library, the most used first."""
    counts: dict[str, int] = {}
    for clause in ws.clauses.values():
        for theme in clause.themes:
            counts[theme] = counts.get(theme, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t))


# --- answers ---------------------------------------------------------------------------------


@dataclass
class Draft:
    """The answers so far, in the spec's own shape, plus what the wizard adds to the catalog."""

    answers: dict[str, Any]
    themes: list[str] = field(default_factory=list)
    new_organisations: list[Organisation] = field(default_factory=list)


def default_answers(ws: Workspace, today: dt.date) -> dict[str, Any]:
    audience = next(iter(ws.audiences), "")
    occasion_id = next(iter(ws.occasions), "")
    occasion = ws.occasions.get(occasion_id)
    event_name = (occasion.event_name or occasion.name) if occasion else ""
    answers: dict[str, Any] = {
        "audience": audience,
        "occasion": occasion_id,
        "event": {"name": event_name, "date": None},
        "date": today,
        "subject": f"Human rights and the {event_name}" if event_name else "Human rights",
        "clauses": [],
        "signatories": [ws.settings.coordinator] if ws.settings.coordinator else [],
    }
    answers["clauses"] = recommended_clauses(ws, answers, [])
    return answers


def recommended_clauses(ws: Workspace, answers: dict[str, Any], themes: list[str]) -> list[Any]:
    ranked = rank_clauses(ws, answers["audience"], answers["occasion"], themes, answers["date"])
    return [r.clause.id for r in ranked if r.recommended]


def spec_answers(spec: LetterSpec) -> dict[str, Any]:
    """A loaded spec as answers (what `draft NAME` starts from when NAME exists)."""
    data: dict[str, Any] = msgspec.to_builtins(spec)
    data["date"] = spec.date
    data["event"] = {"name": spec.event.name, "date": spec.event.date}
    return {k: v for k, v in data.items() if v is not None}


def read_answers_file(
    path: Path, ws: Workspace, base: dict[str, Any], from_spec: bool = False
) -> dict[str, Any]:
    """Merge an answers file (the spec's keys, any subset) over `base`; errors say file:line.

    A new audience or occasion re-recommends the clauses, unless `base` is an existing spec
    whose clauses someone chose.
    """
    doc, problems = load_yaml_file(path)
    if doc is None:
        raise WorkspaceError.from_problems(problems)
    if not isinstance(doc.data, dict):
        raise LetterkitError("an answers file must be a mapping of spec keys", path, 1)
    for key in doc.data:
        if key not in SPEC_KEYS:
            raise LetterkitError(
                f"unknown key '{key}' (the answers use the keys of a letter spec)",
                path,
                doc.line_of((key,)),
                did_you_mean(str(key), SPEC_KEYS) or f"known keys: {', '.join(SPEC_KEYS)}",
            )
    merged = {**base, **doc.data}
    if "event" in doc.data and isinstance(doc.data["event"], dict):
        merged["event"] = {**base.get("event", {}), **doc.data["event"]}
    if (
        "clauses" not in doc.data
        and ("audience" in doc.data or "occasion" in doc.data)
        and not from_spec
    ):
        merged["clauses"] = recommended_clauses(ws, merged, [])
    check_answers(merged, ws, doc.path, doc.line_of)
    return merged


def check_answers(
    answers: dict[str, Any], ws: Workspace, path: Path | None = None, line_of: Any = None
) -> LetterSpec:
    """The answers as a valid LetterSpec whose ids all exist, or every problem at once."""
    try:
        spec = msgspec.convert(answers, LetterSpec, strict=False)
    except msgspec.ValidationError as exc:
        raise LetterkitError(f"the answers are not a valid letter spec: {exc}", path) from None
    problems: list[Problem] = []

    def need(kind: str, value: str, known: Any, key: str | tuple[str | int, ...]) -> None:
        if value not in known:
            loc = key if isinstance(key, tuple) else (key,)
            line = line_of(loc) if line_of else None
            problems.append(
                Problem(f"unknown {kind} '{value}'", path, line, did_you_mean(value, known))
            )

    need("audience", spec.audience, ws.audiences, "audience")
    need("occasion", spec.occasion, ws.occasions, "occasion")
    for index, choice in enumerate(spec.choices):
        need("clause", choice.id, ws.clauses, ("clauses", index))
    for index, org in enumerate(spec.signatories):
        need("organisation", org, ws.organisations, ("signatories", index))
    if problems:
        raise WorkspaceError.from_problems(problems)
    return spec


def ordered_choices(ws: Workspace, choices: list[Any]) -> list[Any]:
    """The template's section order (opening, context, asks, follow-ups, closing), stable."""

    def kind(item: Any) -> int:
        clause_id = item if isinstance(item, str) else item["id"]
        clause = ws.clauses.get(clause_id)
        return SECTION_INDEX[clause.kind] if clause else len(SECTION_INDEX)

    return sorted(choices, key=kind)


def choice_id(item: Any) -> str:
    return item if isinstance(item, str) else str(item["id"])


def as_choice(item: Any) -> dict[str, Any]:
    return {"id": item} if isinstance(item, str) else dict(item)


def compact_choice(item: dict[str, Any]) -> Any:
    """A clause entry as the spec writes it: a bare id unless it has values or a rewording."""
    kept = {k: v for k, v in item.items() if k == "id" or v not in (None, {}, "")}
    return kept["id"] if set(kept) == {"id"} else kept


# --- writing ---------------------------------------------------------------------------------


def default_name(answers: dict[str, Any]) -> str:
    day = answers["date"]
    stamp = day.strftime("%Y-%m") if isinstance(day, dt.date) else str(day)[:7]
    return f"{stamp}-{answers['occasion']}"


def spec_yaml(answers: dict[str, Any]) -> str:
    data: dict[str, Any] = {}
    for key in SPEC_KEYS:
        value = answers.get(key)
        if value in (None, "", [], {}) and key not in ("clauses", "signatories"):
            continue
        if key == "event" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if v not in (None, "")}
            if not value:
                continue
        if key == "clauses":
            value = [compact_choice(as_choice(item)) for item in value or []]
        data[key] = value
    header = "# Written by `letterkit draft`; edit freely, or run `letterkit draft` on it again.\n"
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)


def organisation_yaml(org: Organisation) -> str:
    entry = {k: v for k, v in msgspec.to_builtins(org).items() if v not in ("", None)}
    text = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, default_flow_style=None)
    return "".join(f"  {line}\n" for line in text.splitlines())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "organisation"


def new_organisation_id(ws: Workspace, name: str, short_name: str = "") -> str:
    base = slug(short_name or name)
    candidate, number = base, 2
    while candidate in ws.organisations:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
