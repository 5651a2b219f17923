"""Queries over the clause library: list and show, with filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from letterkit.errors import LetterkitError
from letterkit.model import Clause, format_partial_date, partial_date_key
from letterkit.workspace import Workspace, did_you_mean


@dataclass
class ClauseSummary:
    id: str
    title: str
    kind: str
    status: str
    themes: list[str]
    audiences: list[str]
    occasions: list[str]
    precedents: int
    last_used: str  # ISO (partial) date of the newest precedent, "" if none

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _check_id(kind: str, value: str | None, known: Any) -> None:
    if value is not None and value not in known:
        raise LetterkitError(f"unknown {kind} '{value}'", hint=did_you_mean(value, known))


def list_clauses(
    ws: Workspace,
    theme: str | None = None,
    audience: str | None = None,
    occasion: str | None = None,
) -> list[ClauseSummary]:
    """Clauses that suit the filters (a clause with no audiences suits every audience)."""
    _check_id("audience", audience, ws.audiences)
    _check_id("occasion", occasion, ws.occasions)
    themes = {t for c in ws.clauses.values() for t in c.themes}
    _check_id("theme", theme, themes)
    found = []
    for clause in ws.clauses.values():
        if theme and theme not in clause.themes:
            continue
        if audience and clause.audiences and audience not in clause.audiences:
            continue
        if occasion and clause.occasions and occasion not in clause.occasions:
            continue
        found.append(summarise(ws, clause))
    return found


def summarise(ws: Workspace, clause: Clause) -> ClauseSummary:
    dates = [ws.letters[p.letter].iso_date for p in clause.precedents if p.letter in ws.letters]
    known = [d for d in dates if d]
    return ClauseSummary(
        id=clause.id,
        title=clause.title,
        kind=clause.kind,
        status=clause.status,
        themes=clause.themes,
        audiences=clause.audiences,
        occasions=clause.occasions,
        precedents=len({p.letter for p in clause.precedents}),
        last_used=max(known, key=partial_date_key) if known else "",
    )


def describe_clause(ws: Workspace, clause_id: str) -> str:
    """A clause as a person reads it: metadata, variables, wording, precedents."""
    clause = ws.clauses.get(clause_id)
    if clause is None:
        raise LetterkitError(
            f"unknown clause '{clause_id}'",
            hint=did_you_mean(clause_id, ws.clauses) or "list them with `letterkit clauses list`",
        )
    lines = [
        f"{clause.id}: {clause.title}",
        f"  kind: {clause.kind}   status: {clause.status}",
        f"  themes: {', '.join(clause.themes) or '-'}",
        f"  audiences: {', '.join(clause.audiences) or 'any'}",
        f"  occasions: {', '.join(clause.occasions) or 'any'}",
        f"  file: {ws.rel(clause.path)}",
    ]
    if clause.variables:
        lines.append("  variables:")
        for name, var in clause.variables.items():
            default = "required" if var.required else f"default {var.default!r}"
            lines.append(f"    {name} ({var.type}, {default}){': ' + var.help if var.help else ''}")
    lines += ["", clause.body, ""]
    lines.append(f"Precedents ({len(clause.precedents)}):")
    ordered = sorted(
        clause.precedents,
        key=lambda p: partial_date_key(ws.letters[p.letter].iso_date),
        reverse=True,
    )
    for precedent in ordered:
        source = ws.letters[precedent.letter]
        date = format_partial_date(source.iso_date) or "undated"
        asker = f" [asked by {precedent.asker}]" if precedent.asker else ""
        lines.append(f"- {date}: {source.title}{asker}")
        if precedent.quote:
            lines.append(f'    "{precedent.quote}"')
    return "\n".join(lines)
