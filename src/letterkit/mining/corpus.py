"""`letterkit ingest`: adding past letters to corpus/, and recording a sent letter.

All files are read and checked before anything is written, so a bad file leaves corpus/ and
clauses/ as they were. The new entries are appended to corpus/letters.yaml as text: the
comments and layout a person gave the file stay as they are.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterkit.errors import LetterkitError, UsageError
from letterkit.mining.metadata import Guess, guess_metadata
from letterkit.mining.sources import Source, read_source
from letterkit.output import write_atomic
from letterkit.workspace import Workspace


@dataclass
class Ingested:
    id: str
    path: Path  # the copy under corpus/
    guess: Guess


def fingerprint(text: str) -> str:
    """Equal for the same letter saved twice, even re-wrapped or in another format."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def corpus_fingerprints(ws: Workspace) -> dict[str, str]:
    """Fingerprint -> letter id for every corpus file that can be read."""
    found: dict[str, str] = {}
    for letter in ws.letters.values():
        if letter.file:
            with contextlib.suppress(LetterkitError):
                found[fingerprint(read_source(ws.root / "corpus" / letter.file).text)] = letter.id
    return found


def org_names(ws: Workspace) -> list[tuple[str, list[str]]]:
    return [(o.id, [o.name, o.short_name]) for o in ws.organisations.values()]


def letter_writers(ws: Workspace) -> set[str]:
    """Ids of the catalog's organisations that write letters (NGOs and coalitions): one named
    making the call on a page that reads like a report is that page's author."""
    return {o.id for o in ws.organisations.values() if o.kind in ("ngo", "coalition")}


def ingest_files(ws: Workspace, paths: list[Path]) -> list[Ingested]:
    """Read, check and guess every file first; then copy them in and append their entries."""
    if not paths:
        raise UsageError("give files to ingest, or --sent SPEC")
    known = corpus_fingerprints(ws)
    sources: list[tuple[Source, Guess, str]] = []
    taken = set(ws.letters)
    orgs = org_names(ws)
    members = letter_writers(ws)
    for path in paths:
        source = read_source(path)
        print_ = fingerprint(source.text)
        if print_ in known:
            raise LetterkitError(
                f"{path} is already in the corpus as '{known[print_]}' (same text)",
                hint="nothing was added; edit that entry in corpus/letters.yaml instead",
            )
        guess = guess_metadata(
            source.text,
            orgs,
            source.title,
            source.date,
            source.copyright_year,
            members=members,
        )
        letter_id = unique_id(_slug(guess.date, guess.title), taken)
        taken.add(letter_id)
        known[print_] = letter_id
        sources.append((source, guess, letter_id))
    corpus = ws.root / "corpus"
    done: list[Ingested] = []
    entries: list[tuple[dict[str, Any], str]] = []
    try:
        for source, guess, letter_id in sources:
            target = corpus / f"{letter_id}{source.path.suffix.lower()}"
            shutil.copyfile(source.path, target)
            done.append(Ingested(letter_id, target, guess))
            entries.append((_entry(ws, letter_id, guess, target.name), str(source.path)))
        append_entries(ws, entries)
    except BaseException:
        for item in done:
            with contextlib.suppress(OSError):
                item.path.unlink()
        raise
    return done


def _entry(ws: Workspace, letter_id: str, guess: Guess, file: str) -> dict[str, Any]:
    notes = list(guess.notes)
    if guess.addressee:
        notes.insert(0, f"addressed to: {guess.addressee}")
    entry: dict[str, Any] = {
        "id": letter_id,
        "title": guess.title,
        "date": guess.date,
        "kind": guess.kind,
        "authors": guess.authors,
        "signatories": guess.signatories,
    }
    audience = _audience(ws, guess.addressee)
    if audience:
        entry["audience"] = audience
    entry.update({"file": file, "cited_only": False, "languages": guess.languages})
    entry["notes"] = "Guessed by letterkit ingest; check every field. " + ". ".join(notes)
    return entry


def _audience(ws: Workspace, addressee: str | None) -> str | None:
    if not addressee:
        return None
    wanted = addressee.lower().strip()
    for audience in ws.audiences.values():
        names = [audience.name.lower(), *(line.lower() for line in audience.addressee)]
        names.append(re.sub(r"^dear\s+|[,:]$", "", audience.salutation.lower()).strip())
        if wanted in names:
            return audience.id
    return None


def append_entries(ws: Workspace, entries: list[tuple[dict[str, Any], str]]) -> None:
    """Append entries to corpus/letters.yaml without touching what is already there."""
    import yaml

    path = ws.root / "corpus" / "letters.yaml"
    text = path.read_text(encoding="utf-8") if path.exists() else "letters:\n"
    if not text.endswith("\n"):
        text += "\n"
    for entry, origin in entries:
        dumped = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=96)
        text += f"\n  # added by `letterkit ingest` from {origin}\n"
        text += "".join(f"  {line}\n" if line else "\n" for line in dumped.splitlines())
    write_atomic(path, text.encode("utf-8"))


def unique_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _slug(date: str | None, title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    stop = {"the", "a", "an", "of", "to", "and", "for", "on", "in", "its", "with", "by", "at"}
    kept = [w for w in words if w not in stop][:8] or ["letter"]
    slug = "-".join(kept)[:60].strip("-")
    return f"{date}-{slug}" if date else slug


def record_sent(ws: Workspace, spec_path: Path) -> tuple[str, list[str]]:
    """Record a sent letter in the corpus and add it as a precedent to every clause it used.
    Returns the new letter id and the clauses it was added to."""
    from letterkit.compose import compose_letter
    from letterkit.mining.library import add_precedents
    from letterkit.model import Precedent
    from letterkit.workspace import load_spec

    spec = load_spec(spec_path, ws)
    composed = compose_letter(ws, spec, spec_path)
    letter_id = f"{spec.date.isoformat()}-{spec_path.parent.name}"
    if letter_id in ws.letters:
        raise LetterkitError(
            f"{spec_path} is already recorded as sent ('{letter_id}' in corpus/letters.yaml)",
            hint="nothing was changed",
        )
    target = ws.root / "corpus" / f"{letter_id}.md"
    entry: dict[str, Any] = {
        "id": letter_id,
        "title": composed.title or spec.subject,
        "date": spec.date.isoformat(),
        "kind": "letter",
        "authors": list(spec.signatories),
        "signatories": [],
        "audience": spec.audience,
        "occasion": spec.occasion,
        "file": target.name,
        "cited_only": False,
        "languages": [(spec.language or ws.settings.language).split("-")[0]],
        "notes": f"Sent; recorded by `letterkit ingest --sent {ws.rel(spec_path)}`.",
    }
    write_atomic(target, composed.markdown.encode("utf-8"))
    try:
        append_entries(ws, [(entry, str(ws.rel(spec_path)))])
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    updated = []
    for clause in composed.clauses:
        added = add_precedents(
            ws.clauses[clause.id], [Precedent(letter=letter_id, quote=clause.text)]
        )
        if added:
            updated.append(clause.id)
    return letter_id, updated
