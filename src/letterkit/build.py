"""`letterkit build` and `letterkit validate`: a spec in, documents out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import msgspec

from letterkit.compose import ComposedLetter, RenderedClause, compose_letter
from letterkit.errors import LetterkitError, Problem, WorkspaceError
from letterkit.output import check_output_folder, guard_docx, write_atomic
from letterkit.workspace import (
    Workspace,
    collect_workspace,
    find_workspace,
    load_spec,
    load_workspace,
)

if TYPE_CHECKING:
    from letterkit.docx.marks import DraftMarks
    from letterkit.signoff.status import Round

Format = Literal["docx", "md", "pdf"]


@dataclass
class BuildResult:
    path: Path
    format: Format
    footnotes: int
    clauses: int
    version: int = 0
    new_version: bool = False
    final: bool = False
    signatories: int = 0


@dataclass
class DraftOptions:
    """How a draft for sign-off is marked (a final letter carries none of it)."""

    line_numbers: bool = False
    comments: bool = False


def build_letter(
    spec_path: Path,
    output: Path | None = None,
    fmt: Format = "docx",
    reference: Path | None = None,
    force: bool = False,
    workspace: Path | None = None,
    final: bool = False,
    draft: DraftOptions | None = None,
) -> BuildResult:
    """Compose the letter a spec describes and write it as DOCX, Markdown or PDF.

    A draft (the default) carries its version, a DRAFT header and the sign-off sheet; a text
    that changed since the last version becomes the next version. `final` signs with the
    organisations whose approval covers the current text and refuses while any is missing.
    """
    from letterkit.signoff.files import LetterFiles, locked
    from letterkit.signoff.status import load_round
    from letterkit.signoff.versions import save_version

    ws = load_workspace(find_workspace(spec_path.parent, workspace))
    spec = load_spec(spec_path, ws)
    composed = compose_letter(ws, spec, spec_path)
    target = output or spec_path.with_suffix(f".{fmt}")
    check_output_folder(target)
    if reference is None and spec.reference_docx and fmt != "md":
        reference = spec_path.parent / spec.reference_docx
    if reference is not None and not reference.is_file():
        raise LetterkitError(f"reference document not found: {reference}", hint="check the path")
    if fmt == "docx":
        guard_docx(target, force)
    files = LetterFiles(spec_path)
    with locked(files):
        rnd = load_round(ws, files, spec)
        if final:
            signers = rnd.final_signatories(force)
            if signers != spec.signatories:
                signed = msgspec.structs.replace(spec, signatories=signers)
                composed = compose_letter(ws, signed, spec_path)
        stamp = {
            "letterkit.version": str(rnd.version),
            "letterkit.content_hash": rnd.text.content_hash,
            "letterkit.stage": "final" if final else "draft",
        }
        if fmt == "md":
            data = composed.markdown.encode("utf-8")
        else:
            marks = None if final else draft_marks(ws, composed, rnd, draft or DraftOptions())
            data = render_letter_docx(ws, composed, spec_path, reference, stamp, marks)
            if fmt == "pdf":
                from letterkit.pdf import docx_to_pdf

                data = docx_to_pdf(data)
        write_atomic(target, data)
        if rnd.new_version:  # after the output: a failed write leaves no version nobody has
            save_version(files, rnd.version, rnd.text, spec_path.read_bytes(), composed.markdown)
    return BuildResult(
        target,
        fmt,
        len(composed.footnotes),
        len(composed.clauses),
        rnd.version,
        rnd.new_version,
        final,
        len(composed.spec.signatories),
    )


def draft_marks(
    ws: Workspace, composed: ComposedLetter, rnd: Round, options: DraftOptions
) -> DraftMarks:
    from letterkit.docx.marks import DraftMarks

    comments: list[tuple[int, str]] = []
    if options.comments:
        from letterkit.markup import parse_markdown
        from letterkit.signoff.redline import clause_blocks

        doc = parse_markdown(composed.markdown)
        by_id = {c.id: c for c in composed.clauses}
        for index, clause_id in clause_blocks(doc, [(c.id, c.text) for c in composed.clauses]):
            comments.append((index, provenance(by_id[clause_id])))
    rows = [(o.name, o.contact, o.describe()) for o in rnd.orgs]
    return DraftMarks(
        header=rnd.header(),
        line_numbers=options.line_numbers,
        comments=comments,
        sheet_title=f"Sign-off sheet (v{rnd.version})",
        sheet_rows=rows,
    )


def provenance(clause: RenderedClause) -> str:
    """A reviewer's note on where a clause comes from."""
    text = f"Clause {clause.id} ({clause.kind})"
    if clause.overridden:
        text += ", reworded for this letter"
    if clause.precedents:
        cited = "; ".join(
            f"{p['title']}" + (f", {p['date']}" if p["date"] else "") for p in clause.precedents
        )
        text += f". Asked before in: {cited}."
    else:
        text += ". No earlier letter cited."
    return text


def render_letter_docx(
    ws: Workspace,
    composed: ComposedLetter,
    spec_path: Path,
    reference: Path | None,
    stamp: dict[str, str],
    marks: DraftMarks | None = None,
) -> bytes:
    """The DOCX bytes; `stamp` adds the version, content hash and stage to its properties."""
    from letterkit.docx.writer import DocxMeta, render_docx
    from letterkit.markup import parse_markdown

    meta = DocxMeta(
        title=composed.title,
        author=composed.author,
        language=composed.spec.language or ws.settings.language,
        custom={
            "letterkit.spec": str(ws.rel(spec_path)),
            "letterkit.spec_hash": sha256(spec_path.read_bytes()),
            **stamp,
        },
    )
    return render_docx(parse_markdown(composed.markdown), meta, reference, marks)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class ValidationReport:
    root: Path
    clauses: int
    letters: int
    specs: int


def validate_workspace(root: Path) -> ValidationReport:
    """Load every file and compose every letter spec; report all problems at once."""
    ws, problems = collect_workspace(root)
    specs = sorted(p for p in (root / "letters").glob("*/*.yaml") if p.name != "signoff.yaml")
    for spec_path in specs:
        problems += _round_problems(spec_path, ws)
        try:
            spec = load_spec(spec_path, ws)
            if any(choice.id in ws.broken_clauses for choice in spec.choices):
                continue  # its clause's own problem is already listed
            compose_letter(ws, spec, spec_path)
        except WorkspaceError as exc:
            problems += exc.problems
        except LetterkitError as exc:
            problems.append(Problem(exc.message, exc.file or spec_path, exc.line, exc.hint))
    if problems:
        raise WorkspaceError.from_problems(problems)
    return ValidationReport(root, len(ws.clauses), len(ws.letters), len(specs))


def _round_problems(spec_path: Path, ws: Workspace) -> list[Problem]:
    """A letter's sign-off ledger and version manifests, checked like every other file."""
    from letterkit.signoff.files import LetterFiles
    from letterkit.signoff.ledger import load_ledger
    from letterkit.signoff.versions import load_versions

    files = LetterFiles(spec_path)
    problems: list[Problem] = []
    for load in (lambda: load_ledger(files.ledger, ws), lambda: load_versions(files)):
        try:
            load()
        except WorkspaceError as exc:
            problems += exc.problems
    return problems
