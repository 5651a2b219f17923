"""Spec + clauses + catalog -> Markdown with footnotes, through one sandboxed Jinja environment."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from letterkit.errors import LetterkitError, TemplateError
from letterkit.model import (
    SECTION_ORDER,
    Clause,
    ClauseChoice,
    LetterSpec,
    format_partial_date,
    partial_date_key,
)
from letterkit.starter import bundled_templates_dir
from letterkit.workspace import XML_FORBIDDEN, Workspace, did_you_mean

DEFAULT_TEMPLATE = "letter.md.j2"
_JINJA_SYNTAX = re.compile(r"\{[{%#]")
CITATION_PARTIAL = "partials/citation.md.j2"


def join_and(items: Iterable[Any], last: str = "and") -> str:
    """['a', 'b', 'c'] -> 'a, b and c' (no Oxford comma, as the seed letters write)."""
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def longdate(value: Any) -> str:
    """A date as letters print it: 19 May 2026."""
    if isinstance(value, dt.date):
        return f"{value.day} {value.strftime('%B')} {value.year}"
    return format_partial_date(str(value)) if value else ""


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates cached per user: compiling them is most of a build's own work.

    Entries are keyed by template name and source checksum, so an edit is never missed.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "letterkit", "jinja")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None  # a read-only home just means no cache
    return jinja2.FileSystemBytecodeCache(folder)


def make_environment(ws: Workspace) -> SandboxedEnvironment:
    """The one Jinja environment: sandboxed, strict, workspace templates before bundled ones."""
    search = [ws.templates_dir, bundled_templates_dir()]
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(p) for p in search if p.is_dir()]),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["join_and"] = join_and
    env.filters["longdate"] = longdate
    return env


@dataclass
class RenderedClause:
    id: str
    kind: str
    title: str
    text: str
    precedents: list[dict[str, Any]]
    overridden: bool


@dataclass
class ComposedLetter:
    """The composed Markdown and what went into it."""

    markdown: str
    spec: LetterSpec
    clauses: list[RenderedClause]
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    author: str = ""


class _Footnotes:
    """Collects footnote definitions in the order the template references them."""

    def __init__(self, render_citation: Any) -> None:
        self._render = render_citation
        self.notes: list[tuple[str, str]] = []
        self._labels: set[str] = set()

    def cite(self, clause: RenderedClause) -> str:
        if not clause.precedents:
            return ""
        label = clause.id
        if label not in self._labels:
            text = " ".join(self._render(clause).split())
            if not text:
                return ""
            self.notes.append((label, text))
            self._labels.add(label)
        return f"[^{label}]"


def compose_letter(ws: Workspace, spec: LetterSpec, spec_path: Path) -> ComposedLetter:
    env = make_environment(ws)
    audience = ws.audiences[spec.audience]
    occasion = ws.occasions[spec.occasion]
    event = {
        "name": spec.event.name or occasion.event_name or occasion.name,
        "date": spec.event.date,
    }
    base_context: dict[str, Any] = {
        "letter": spec,
        "audience": audience,
        "occasion": occasion,
        "event": event,
    }
    rendered = [
        _render_clause(env, ws, spec, spec_path, index, choice, base_context)
        for index, choice in enumerate(spec.choices)
    ]
    sections: dict[str, list[RenderedClause]] = {kind: [] for kind in SECTION_ORDER}
    for clause in rendered:
        sections[clause.kind].append(clause)

    citation = _get_template(env, CITATION_PARTIAL)

    def render_citation(clause: RenderedClause) -> str:
        return _render(
            citation, CITATION_PARTIAL, {"clause": clause, "precedents": clause.precedents}
        )

    notes = _Footnotes(render_citation)
    coordinator_id = spec.coordinator or ws.settings.coordinator
    coordinator = ws.organisations[coordinator_id] if coordinator_id else None
    template_name = spec.template or occasion.template or DEFAULT_TEMPLATE
    template = _get_template(env, template_name)
    body = _render(
        template,
        template_name,
        {
            **base_context,
            "sections": sections,
            "clauses": rendered,
            "signatories": [ws.organisations[org] for org in spec.signatories],
            "coordinator": coordinator,
            "cite": notes.cite,
        },
    )
    markdown = _tidy(body)
    if notes.notes:
        markdown += "\n" + "".join(f"[^{label}]: {text}\n" for label, text in notes.notes)
    _refuse_forbidden_characters(markdown, template_name)
    return ComposedLetter(
        markdown=markdown,
        spec=spec,
        clauses=rendered,
        footnotes=notes.notes,
        title=spec.subject,
        author=coordinator.name if coordinator else "",
    )


def _render_clause(
    env: SandboxedEnvironment,
    ws: Workspace,
    spec: LetterSpec,
    spec_path: Path,
    index: int,
    choice: ClauseChoice,
    base_context: dict[str, Any],
) -> RenderedClause:
    clause = ws.clauses[choice.id]
    values = _clause_values(clause, choice, spec_path)
    if choice.text is not None:
        source, origin, first_line = choice.text, f"{spec_path} (clauses[{index}].text)", 1
    else:
        source, origin, first_line = clause.body, str(clause.path), clause.body_line
    try:
        if _JINJA_SYNTAX.search(source):
            text = env.from_string(source).render({**base_context, **values})
        else:
            text = source  # most clauses are plain text: no need to compile them
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template syntax error in clause '{clause.id}': {exc.message}",
            origin,
            first_line + (exc.lineno or 1) - 1,
        ) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"clause '{clause.id}' uses {_undefined_name(exc)}, which is neither declared "
            f"in its variables nor given by the letter",
            origin,
            hint=f"declare it under `variables:` in {clause.path.name}, "
            f"or give it under `vars:` for '{clause.id}' in {spec_path.name}",
        ) from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"clause '{clause.id}' failed to render: {exc}", origin) from exc
    text = " ".join(text.split())
    bad = XML_FORBIDDEN.search(text)
    if bad:
        raise LetterkitError(
            f"clause '{clause.id}' contains the control character U+{ord(bad.group()):04X}, "
            "which a Word file cannot hold",
            spec_path if choice.text is not None or choice.vars else clause.path,
            hint="remove it from the clause text or the values given in the spec",
        )
    return RenderedClause(
        id=clause.id,
        kind=clause.kind,
        title=clause.title,
        text=text,
        precedents=_precedents_for(ws, clause, spec) if clause.cited else [],
        overridden=choice.text is not None,
    )


def _clause_values(clause: Clause, choice: ClauseChoice, spec_path: Path) -> dict[str, Any]:
    values = {name: var.default for name, var in clause.variables.items() if not var.required}
    for name in choice.vars:
        if name not in clause.variables:
            raise LetterkitError(
                f"clause '{clause.id}' has no variable '{name}'",
                spec_path,
                hint=did_you_mean(name, clause.variables)
                or f"its variables are: {', '.join(clause.variables) or 'none'}",
            )
    values.update(choice.vars)
    missing = [
        name for name, var in clause.variables.items() if var.required and name not in values
    ]
    if missing:
        name = missing[0]
        help_text = clause.variables[name].help
        raise LetterkitError(
            f"clause '{clause.id}' needs the variable '{name}'"
            + (f" ({help_text})" if help_text else "")
            + ", which the letter does not give",
            spec_path,
            hint=f"add it to the spec: `- id: {clause.id}` with `vars: {{{name}: ...}}`",
        )
    return values


def _precedents_for(ws: Workspace, clause: Clause, spec: LetterSpec) -> list[dict[str, Any]]:
    """The clause's precedents this letter can cite: letters dated before it, newest first.

    A letter never cites itself or a later letter; undated entries (known only by citation)
    are kept. Two precedents from one document become one citation naming both askers.
    """
    letter_day = partial_date_key(spec.date.isoformat())
    by_letter: dict[str, dict[str, Any]] = {}
    for precedent in clause.precedents:
        source = ws.letters[precedent.letter]
        if source.iso_date and partial_date_key(source.iso_date) >= letter_day:
            continue
        item = by_letter.get(source.id)
        if item is not None:
            if precedent.asker and precedent.asker not in item["askers"]:
                item["askers"].append(precedent.asker)
                item["asker"] = join_and(item["askers"])
            continue
        askers = [precedent.asker] if precedent.asker else []
        by_letter[source.id] = {
            "id": source.id,
            "title": source.title,
            "date": format_partial_date(source.iso_date),
            "iso_date": source.iso_date or "",
            "url": source.url or "",
            "kind": source.kind,
            "authors": [ws.organisations[a].name for a in source.authors if a in ws.organisations],
            "askers": askers,
            "asker": join_and(askers),
            "quote": precedent.quote or "",
        }
    items = list(by_letter.values())
    items.sort(key=lambda item: partial_date_key(str(item["iso_date"])), reverse=True)
    return items


def _get_template(env: SandboxedEnvironment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            f"template '{exc.name}' not found",
            hint="templates are looked up in the workspace's templates/ folder, "
            "then in letterkit's bundled templates",
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template syntax error: {exc.message}", exc.filename or exc.name or name, exc.lineno
        ) from exc


def _render(template: jinja2.Template, name: str, context: dict[str, Any]) -> str:
    try:
        return template.render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template syntax error: {exc.message}", exc.filename or exc.name or name, exc.lineno
        ) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"template uses {_undefined_name(exc)}, which is not defined",
            template.filename or name,
            _template_line(exc, template),
        ) from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template failed: {exc}", template.filename or name) from exc


def _undefined_name(exc: jinja2.UndefinedError) -> str:
    match = re.search(r"'([^']+)' is undefined", str(exc))
    return f"the variable '{match.group(1)}'" if match else f"an undefined value ({exc})"


def _template_line(exc: BaseException, template: jinja2.Template) -> int | None:
    """The template line of the innermost frame that belongs to a template file."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == template.filename:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _tidy(markdown: str) -> str:
    lines = [line.rstrip() for line in markdown.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _refuse_forbidden_characters(markdown: str, template_name: str) -> None:
    bad = XML_FORBIDDEN.search(markdown)
    if bad:
        line = markdown[: bad.start()].count("\n") + 1
        raise LetterkitError(
            f"the composed letter contains the control character U+{ord(bad.group()):04X} "
            f"(line {line} of the Markdown), which a Word file cannot hold",
            template_name,
            hint="remove it from the template or the catalog entry it comes from",
        )
