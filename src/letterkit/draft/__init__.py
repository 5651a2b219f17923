"""`letterkit draft`: from nothing to a spec and a Word draft by answering questions."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from letterkit.draft.plan import (
    Draft,
    check_answers,
    default_answers,
    default_name,
    organisation_yaml,
    read_answers_file,
    spec_answers,
    spec_yaml,
)
from letterkit.errors import LetterkitError, UsageError
from letterkit.model import Organisation
from letterkit.workspace import Workspace, find_workspace, load_spec, load_workspace

NO_TERMINAL = (
    "letterkit draft asks its questions in a terminal, and there is none here: pass "
    "--answers FILE (a YAML file with the keys of a letter spec) or --defaults"
)


@dataclass
class DraftResult:
    spec: Path | None  # None: the drafter quit at the review
    docx: Path | None = None
    new_organisations: int = 0


def run_draft(
    name: str | None,
    answers_file: Path | None = None,
    use_defaults: bool = False,
    workspace: Path | None = None,
    interactive: bool | None = None,
    today: dt.date | None = None,
) -> DraftResult:
    ws = load_workspace(find_workspace(explicit=workspace))
    if name is not None and (not name or "/" in name or name.startswith(".")):
        raise UsageError(f"'{name}' cannot be a letter name", hint="use e.g. 2026-12-summit")
    existing = ws.root / "letters" / name / "letter.yaml" if name else None
    from_spec = bool(existing and existing.is_file())
    if existing is not None and from_spec:
        base = spec_answers(load_spec(existing, ws))
    else:
        base = default_answers(ws, today or dt.date.today())
    new_orgs: list[Organisation] = []
    if answers_file is not None:
        answers = read_answers_file(answers_file, ws, base, from_spec)
    elif use_defaults:
        answers = base
    else:
        if interactive is None:
            interactive = sys.stdin.isatty() and sys.stdout.isatty()
        if not interactive:
            raise UsageError(NO_TERMINAL)
        from letterkit.draft.wizard import Quit, Wizard

        draft = Draft(base)
        try:
            Wizard(ws, draft, from_spec).run()
        except Quit:
            return DraftResult(None)
        answers, new_orgs = draft.answers, draft.new_organisations
    return write_draft(ws, name or default_name(answers), answers, new_orgs)


def write_draft(
    ws: Workspace, name: str, answers: dict[str, object], new_orgs: list[Organisation]
) -> DraftResult:
    """Check everything in memory first; then the catalog, the spec and the DOCX, each atomic."""
    from letterkit.build import build_letter
    from letterkit.compose import compose_letter
    from letterkit.output import guard_docx, write_atomic

    folder = ws.root / "letters" / name
    spec_path = folder / "letter.yaml"
    docx_path = folder / "letter.docx"
    for org in new_orgs:
        ws.organisations.setdefault(org.id, org)
    spec = check_answers(answers, ws)
    compose_letter(ws, spec, spec_path)  # a template or variable error stops us before writing
    guard_docx(docx_path, force=False)
    if new_orgs:
        catalog = ws.root / "catalog" / "organisations.yaml"
        text = catalog.read_text(encoding="utf-8")
        if text and not text.endswith("\n"):
            text += "\n"
        text += "".join(organisation_yaml(org) for org in new_orgs)
        write_atomic(catalog, text.encode("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(spec_path, spec_yaml(answers).encode("utf-8"))
    try:
        result = build_letter(spec_path, docx_path, workspace=ws.root)
    except LetterkitError as exc:
        exc.hint = (exc.hint + "; " if exc.hint else "") + f"the spec was saved as {spec_path}"
        raise
    return DraftResult(spec_path, result.path, len(new_orgs))
