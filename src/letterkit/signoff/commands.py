"""`letterkit signoff ...` and `letterkit diff`: one function per command."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from letterkit.docx.archive import read_docx_parts
from letterkit.errors import LetterkitError, Problem, UsageError, WorkspaceError
from letterkit.model import LetterSpec
from letterkit.signoff.files import LetterFiles, find_letter, locked
from letterkit.signoff.ledger import DECISIONS, Entry, append_entries, load_ledger, now
from letterkit.signoff.returned import Remark, identify, read_remarks
from letterkit.signoff.versions import Version, load_versions, pick_version, version_markdown
from letterkit.workspace import Workspace, did_you_mean, find_workspace, load_spec, load_workspace


def _open(name: str, workspace: Path | None) -> tuple[Workspace, LetterFiles, LetterSpec]:
    ws = load_workspace(find_workspace(explicit=workspace))
    files = find_letter(name, ws)
    return ws, files, load_spec(files.spec, ws)


def _check_orgs(orgs: list[str], ws: Workspace) -> None:
    problems = [
        Problem(
            f"unknown organisation '{org}'",
            hint=did_you_mean(org, ws.organisations)
            or "add it to catalog/organisations.yaml first",
        )
        for org in orgs
        if org not in ws.organisations
    ]
    if problems:
        raise WorkspaceError.from_problems(problems)


def invite(
    name: str, orgs: list[str], deadline: dt.date | None, workspace: Path | None = None
) -> LetterFiles:
    """Record that these organisations were asked to sign, by when."""
    ws, files, _ = _open(name, workspace)
    _check_orgs(orgs, ws)
    with locked(files):
        load_ledger(files.ledger, ws)  # refuse to append to a damaged ledger
        at = now()
        append_entries(
            files.ledger,
            [Entry(event="invited", org=org, at=at, deadline=deadline) for org in orgs],
        )
    return files


def _on_the_letter(org: str, spec: LetterSpec, entries: list[Entry], files: LetterFiles) -> None:
    """A decision is only taken from an organisation asked to sign: a typo must not add one."""
    if org in spec.signatories or any(e.org == org and e.event == "invited" for e in entries):
        return
    raise LetterkitError(
        f"{org} is neither a signatory in {files.spec.name} nor invited to sign {files.name}",
        hint=f"check the id, or invite it first: letterkit signoff invite {files.name} {org}",
    )


def _seen_version(
    files: LetterFiles, ws: Workspace, docx: Path | None, number: int | None, decision: str
) -> Version:
    versions = load_versions(files)
    if docx is not None:
        found = identify(read_docx_parts(docx), files, versions, ws)
        number = found.version.version
        if found.edited and decision == "approved":
            raise LetterkitError(
                f"{docx} is v{number} with its words edited outside tracked changes: "
                f"an approval of that file is not an approval of v{number}",
                hint=f"if they approved v{number} as sent, record it with --version {number}; "
                f"to see their changes: letterkit signoff import {files.name} {docx} --org ...",
            )
        return found.version
    if number is not None:
        return pick_version(versions, number, files)
    if not versions:
        raise LetterkitError(
            f"{files.name} has no version yet",
            hint=f"build the draft first: letterkit build {ws.rel(files.spec)}",
        )
    return versions[-1]


def record(
    name: str,
    org: str,
    decision: str,
    by: str = "",
    note: str = "",
    docx: Path | None = None,
    number: int | None = None,
    workspace: Path | None = None,
) -> Entry:
    """Record an organisation's decision on the version it saw (the latest unless told)."""
    if decision not in DECISIONS:
        raise UsageError(
            f"unknown decision '{decision}'", hint=f"use one of: {', '.join(DECISIONS)}"
        )
    if docx is not None and number is not None:
        raise UsageError("give --file or --version, not both")
    ws, files, spec = _open(name, workspace)
    _check_orgs([org], ws)
    with locked(files):
        _on_the_letter(org, spec, load_ledger(files.ledger, ws), files)
        seen = _seen_version(files, ws, docx, number, decision)
        entry = Entry(
            event=decision,
            org=org,
            at=now(),
            version=seen.version,
            content_hash=seen.content_hash,
            by=by,
            note=note,
            file=docx.name if docx is not None else "",
        )
        append_entries(files.ledger, [entry])
    return entry


def status(name: str, workspace: Path | None = None) -> str:
    from letterkit.signoff.status import load_round, status_table

    ws, files, spec = _open(name, workspace)
    return status_table(load_round(ws, files, spec))


@dataclass
class Imported:
    entry: Entry
    remarks: list[Remark] = field(default_factory=list)


def import_returned(
    name: str, docx: Path, org: str, by: str = "", workspace: Path | None = None
) -> Imported:
    """Read a partner's returned draft and record `changes-requested` with its remarks."""
    ws, files, spec = _open(name, workspace)
    _check_orgs([org], ws)
    with locked(files):
        _on_the_letter(org, spec, load_ledger(files.ledger, ws), files)
        parts = read_docx_parts(docx)
        found = identify(parts, files, load_versions(files), ws)
        version = found.version
        remarks = read_remarks(parts, found)
        count = f"{len(remarks)} remark(s)" if remarks else "no comments or tracked changes"
        entry = Entry(
            event="changes-requested",
            org=org,
            at=now(),
            version=version.version,
            content_hash=version.content_hash,
            by=by or ", ".join(dict.fromkeys(r.author for r in remarks if r.author)),
            note=f"returned {docx.name} on v{version.version}: {count}",
            file=docx.name,
            changes=[str(r) for r in remarks],
        )
        append_entries(files.ledger, [entry])
    return Imported(entry, remarks)


@dataclass
class DiffResult:
    text: str
    old: int
    new: int
    output: Path | None = None


def diff(
    name: str,
    old: int | None = None,
    new: int | None = None,
    output: Path | None = None,
    force: bool = False,
    workspace: Path | None = None,
) -> DiffResult:
    """What changed between two versions, by clause; with `output`, a Word redline too."""
    ws, files, spec = _open(name, workspace)
    versions = load_versions(files)
    if len(versions) < 2 and (old is None or new is None):
        raise LetterkitError(
            f"{files.name} has {len(versions)} version(s): nothing to compare yet",
            hint="a version is saved each time `letterkit build` sees the text changed",
        )
    after = pick_version(versions, new, files) if new is not None else versions[-1]
    before = (
        pick_version(versions, old, files)
        if old is not None
        else pick_version(versions, after.version - 1, files)
    )
    old_md, new_md = version_markdown(files, before.version), version_markdown(files, after.version)
    text = describe_changes(files.name, before, after, old_md, new_md)
    if output is not None:
        _write_redline(ws, spec, files, before, after, old_md, new_md, output, force)
    return DiffResult(text, before.version, after.version, output)


def describe_changes(name: str, before: Version, after: Version, old_md: str, new_md: str) -> str:
    from letterkit.markup import parse_markdown
    from letterkit.signoff.redline import clause_blocks, word_diff

    lines = [f"{name}: v{before.version} -> v{after.version}"]
    old = {c.id: c for c in before.clauses}
    new = {c.id: c for c in after.clauses}
    for c in after.clauses:
        if c.id not in old:
            lines += [f"  + {c.id} (added)", f"      {c.text}"]
            continue
        was = old[c.id]
        if was.text != c.text:
            lines += [f"  ~ {c.id}", f"      {word_diff(was.text, c.text)}"]
        if was.note != c.note:
            lines += [f"  ~ {c.id} (footnote)", f"      {word_diff(was.note, c.note)}"]
    for c in before.clauses:
        if c.id not in new:
            lines += [f"  - {c.id} (removed)", f"      {c.text}"]
    common_old = [c.id for c in before.clauses if c.id in new]
    common_new = [c.id for c in after.clauses if c.id in old]
    if common_old != common_new:
        lines.append("  ~ clause order: " + ", ".join(common_new))
    rest = []
    for markdown, clauses in ((old_md, before.clauses), (new_md, after.clauses)):
        doc = parse_markdown(markdown)
        taken = {i for i, _ in clause_blocks(doc, [(c.id, c.text) for c in clauses])}
        rest.append([b.plain for i, b in enumerate(doc.blocks) if i not in taken])
    matcher = difflib.SequenceMatcher(None, rest[0], rest[1], autojunk=False)
    other = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            other += [f"      - {t}" for t in rest[0][i1:i2]]
            other += [f"      + {t}" for t in rest[1][j1:j2]]
    if other:
        lines += ["  ~ outside the clauses", *other]
    if len(lines) == 1:
        lines.append("  no change in the words")
    return "\n".join(lines)


def _write_redline(
    ws: Workspace,
    spec: LetterSpec,
    files: LetterFiles,
    before: Version,
    after: Version,
    old_md: str,
    new_md: str,
    output: Path,
    force: bool,
) -> None:
    from letterkit.docx.writer import DocxMeta, render_docx
    from letterkit.output import check_output_folder, guard_docx, write_atomic
    from letterkit.signoff.redline import redline

    check_output_folder(output)
    guard_docx(output, force)
    meta = DocxMeta(
        title=f"{spec.subject} — changes v{before.version} to v{after.version}",
        author="letterkit",
        language=spec.language or ws.settings.language,
        custom={
            "letterkit.spec": str(ws.rel(files.spec)),
            "letterkit.redline": f"v{before.version}..v{after.version}",
            "letterkit.content_hash": after.content_hash,
        },
    )
    write_atomic(output, render_docx(redline(old_md, new_md), meta))
