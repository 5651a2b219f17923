"""`letterkit build` and `letterkit validate`: a spec in, documents out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from letterkit.compose import ComposedLetter, compose_letter
from letterkit.errors import LetterkitError, Problem, WorkspaceError
from letterkit.output import check_output_folder, guard_docx, write_atomic
from letterkit.workspace import (
    Workspace,
    collect_workspace,
    find_workspace,
    load_spec,
    load_workspace,
)

Format = Literal["docx", "md", "pdf"]


@dataclass
class BuildResult:
    path: Path
    format: Format
    footnotes: int
    clauses: int


def build_letter(
    spec_path: Path,
    output: Path | None = None,
    fmt: Format = "docx",
    reference: Path | None = None,
    force: bool = False,
    workspace: Path | None = None,
) -> BuildResult:
    """Compose the letter a spec describes and write it as DOCX, Markdown or PDF."""
    ws = load_workspace(find_workspace(spec_path.parent, workspace))
    spec = load_spec(spec_path, ws)
    composed = compose_letter(ws, spec, spec_path)
    target = output or spec_path.with_suffix(f".{fmt}")
    check_output_folder(target)
    if fmt == "md":
        write_atomic(target, composed.markdown.encode("utf-8"))
    else:
        if reference is None and spec.reference_docx:
            reference = spec_path.parent / spec.reference_docx
        if reference is not None and not reference.is_file():
            raise LetterkitError(
                f"reference document not found: {reference}", hint="check the path"
            )
        if fmt == "docx":
            guard_docx(target, force)
        data = render_letter_docx(ws, composed, spec_path, reference)
        if fmt == "pdf":
            from letterkit.pdf import docx_to_pdf

            data = docx_to_pdf(data)
        write_atomic(target, data)
    return BuildResult(target, fmt, len(composed.footnotes), len(composed.clauses))


def render_letter_docx(
    ws: Workspace, composed: ComposedLetter, spec_path: Path, reference: Path | None
) -> bytes:
    from letterkit.docx.writer import DocxMeta, render_docx
    from letterkit.markup import parse_markdown

    meta = DocxMeta(
        title=composed.title,
        author=composed.author,
        language=composed.spec.language or ws.settings.language,
        custom={
            "letterkit.spec": str(ws.rel(spec_path)),
            "letterkit.spec_hash": sha256(spec_path.read_bytes()),
            "letterkit.content_hash": sha256(composed.markdown.encode("utf-8")),
        },
    )
    return render_docx(parse_markdown(composed.markdown), meta, reference)


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
    specs = sorted((root / "letters").glob("*/*.yaml"))
    for spec_path in specs:
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
