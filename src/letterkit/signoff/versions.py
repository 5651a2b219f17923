"""Versions of a letter's text: each build whose text changed keeps a small snapshot.

letters/NAME/versions/vN/ holds letter.yaml (the spec as built), letter.md (the composed
Markdown) and version.yaml (number, content hash, each clause's words and footnote). The
content hash covers the letter without its signature block: organisations joining or leaving
the letter do not make anyone's approval of the words stale.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import msgspec
import yaml

from letterkit.compose import ComposedLetter, compose_letter
from letterkit.errors import LetterkitError, Problem, WorkspaceError
from letterkit.model import LetterSpec, Record
from letterkit.output import current_umask
from letterkit.signoff.files import LetterFiles
from letterkit.signoff.ledger import now
from letterkit.workspace import Workspace
from letterkit.yamlfile import load_yaml_file, validate

_VERSION_DIR = re.compile(r"^v([1-9][0-9]*)$")


class ClauseText(Record, kw_only=True):
    id: str
    kind: str
    text: str
    note: str = ""  # the precedent footnote, as composed


class Version(Record, kw_only=True):
    version: int
    content_hash: str
    built: str
    clauses: list[ClauseText] = msgspec.field(default_factory=list)


@dataclass
class LetterText:
    """The words of a letter as it stands now, without its signatories."""

    content_hash: str
    clauses: list[ClauseText]


def letter_text(ws: Workspace, spec: LetterSpec, spec_path: Path) -> LetterText:
    unsigned = compose_letter(ws, msgspec.structs.replace(spec, signatories=[]), spec_path)
    return LetterText(
        hashlib.sha256(unsigned.markdown.encode("utf-8")).hexdigest(), clause_texts(unsigned)
    )


def clause_texts(composed: ComposedLetter) -> list[ClauseText]:
    notes = dict(composed.footnotes)
    return [
        ClauseText(id=c.id, kind=c.kind, text=c.text, note=notes.get(c.id, ""))
        for c in composed.clauses
    ]


def load_versions(files: LetterFiles) -> list[Version]:
    """Every version of the letter, oldest first; a damaged manifest is an error with its line."""
    found: list[tuple[int, Path]] = []
    if files.versions.is_dir():
        for folder in files.versions.iterdir():
            match = _VERSION_DIR.match(folder.name)
            if match and folder.is_dir():
                found.append((int(match.group(1)), folder / "version.yaml"))
    versions: list[Version] = []
    problems: list[Problem] = []
    for number, manifest in sorted(found):
        doc, problems_here = load_yaml_file(manifest)
        version = None
        if doc is not None:
            version, problems_here = validate(Version, doc)
        if version is not None and version.version != number:
            problems_here.append(
                Problem(f"says version {version.version} but sits in v{number}/", manifest, 1)
            )
        problems += problems_here
        if version is not None:
            versions.append(version)
    if problems:
        raise WorkspaceError.from_problems(problems)
    return versions


def next_version(versions: list[Version], content_hash: str, seen: int = 0) -> tuple[int, bool]:
    """(the number the current text has, whether that is a new version). A new number is
    above every version the ledger mentions too, so a folder deleted by hand is not reused."""
    if versions and versions[-1].content_hash == content_hash:
        return versions[-1].version, False
    return max(versions[-1].version if versions else 0, seen) + 1, True


def save_version(
    files: LetterFiles, number: int, text: LetterText, spec_bytes: bytes, markdown: str
) -> Version:
    """Write versions/vN/ whole or not at all (a temporary folder, then a rename)."""
    version = Version(
        version=number,
        content_hash=text.content_hash,
        built=now(),
        clauses=text.clauses,
    )
    target = files.versions / f"v{number}"
    if target.exists():
        raise LetterkitError(
            f"{target} already exists but is not listed as a version",
            hint="move the folder aside, then build again",
        )
    files.versions.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=files.versions, prefix=f".v{number}."))
    try:
        tmp.chmod(0o777 & ~current_umask())
        (tmp / "letter.yaml").write_bytes(spec_bytes)
        (tmp / "letter.md").write_text(markdown, encoding="utf-8")
        manifest = yaml.safe_dump(
            msgspec.to_builtins(version), sort_keys=False, allow_unicode=True, width=100
        )
        (tmp / "version.yaml").write_text(
            f"# written by letterkit build: the words of v{number}; do not edit\n" + manifest,
            encoding="utf-8",
        )
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return version


def version_markdown(files: LetterFiles, number: int) -> str:
    path = files.versions / f"v{number}" / "letter.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LetterkitError(f"cannot read {path}: {exc.strerror}") from exc


def pick_version(versions: list[Version], number: int, files: LetterFiles) -> Version:
    for version in versions:
        if version.version == number:
            return version
    known = ", ".join(f"v{v.version}" for v in versions) or "none yet"
    raise LetterkitError(
        f"{files.name} has no version {number} (versions: {known})",
        hint="versions are made by `letterkit build` when the text changes",
    )
