"""The sign-off ledger, letters/NAME/signoff.yaml: append-only, one YAML entry per event.

Each command adds entries at the end and never rewrites earlier ones, so `git diff` shows
exactly what happened. Writers hold the letter folder's lock and replace the file atomically.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import msgspec
import yaml

from letterkit.errors import Problem, WorkspaceError
from letterkit.model import Record
from letterkit.output import write_atomic
from letterkit.workspace import Workspace, did_you_mean
from letterkit.yamlfile import YamlDoc, load_yaml_file, validate

EventKind = Literal["invited", "approved", "declined", "changes-requested"]
DECISIONS: tuple[EventKind, ...] = ("approved", "declined", "changes-requested")

HEADER = (
    "# The sign-off round of this letter, one entry per event, oldest first.\n"
    "# Written by `letterkit signoff`; add entries at the end, never change earlier ones.\n"
)


class Entry(Record, kw_only=True):
    event: EventKind
    org: str
    at: str  # when it was recorded, ISO 8601 UTC
    deadline: dt.date | None = None
    version: int | None = None  # the version the organisation saw
    content_hash: str | None = None  # ... and the hash of its words
    by: str = ""
    note: str = ""
    file: str = ""  # the document it came from, when one was given
    # the comments and tracked changes of a returned draft
    changes: list[str] = msgspec.field(default_factory=list)


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def load_ledger(path: Path, ws: Workspace) -> list[Entry]:
    """Every entry of the ledger; all problems at once, each with its line."""
    if not path.exists():
        return []
    doc, problems = load_yaml_file(path)
    entries: list[Entry] = []
    if doc is not None:
        if doc.data is None:
            return []
        if not isinstance(doc.data, list):
            raise WorkspaceError.from_problems(
                [Problem("the ledger must be a list of entries (`- event: ...`)", path, 1)]
            )
        for index in range(len(doc.data)):
            entry, found = validate(Entry, doc, (index,))
            problems += found
            if entry is None:
                continue
            problems += _entry_problems(entry, doc, index, path)
            if entry.org not in ws.organisations:
                problems.append(
                    Problem(
                        f"unknown organisation '{entry.org}'",
                        path,
                        doc.line_of((index, "org")),
                        did_you_mean(entry.org, ws.organisations)
                        or "organisations are listed in catalog/organisations.yaml",
                    )
                )
            entries.append(entry)
    if problems:
        raise WorkspaceError.from_problems(problems)
    return entries


def _entry_problems(entry: Entry, doc: YamlDoc, index: int, path: Path) -> list[Problem]:
    problems = []
    try:
        dt.datetime.fromisoformat(entry.at)
    except ValueError:
        problems.append(
            Problem(
                f"'at: {entry.at}' is not a date and time",
                path,
                doc.line_of((index, "at")),
                "write it as YYYY-MM-DDTHH:MM:SS+00:00",
            )
        )
    if entry.event in DECISIONS and (entry.version is None or not entry.content_hash):
        problems.append(
            Problem(
                f"a decision ({entry.event}) needs the version and content_hash it was about",
                path,
                doc.line_of((index,)),
                "record decisions with `letterkit signoff record`, which fills both in",
            )
        )
    return problems


def append_entries(path: Path, entries: list[Entry]) -> None:
    """Add entries at the end of the ledger (the caller holds the letter's lock)."""
    old = path.read_bytes() if path.exists() else HEADER.encode("utf-8")
    if old and not old.endswith(b"\n"):
        old += b"\n"
    items = [
        {k: v for k, v in msgspec.to_builtins(entry).items() if v not in (None, "", [])}
        for entry in entries
    ]
    text = yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=100)
    write_atomic(path, old + text.encode("utf-8"))
