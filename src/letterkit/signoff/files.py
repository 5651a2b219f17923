"""Where a letter's round lives (letters/NAME/) and the lock that serialises writers to it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from letterkit.errors import LetterkitError
from letterkit.workspace import Workspace, did_you_mean

SPEC_NAME = "letter.yaml"


@dataclass(frozen=True)
class LetterFiles:
    spec: Path

    @property
    def folder(self) -> Path:
        return self.spec.parent

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def versions(self) -> Path:
        return self.folder / "versions"

    @property
    def ledger(self) -> Path:
        return self.folder / "signoff.yaml"


def find_letter(name: str, ws: Workspace) -> LetterFiles:
    """A letter by name (letters/NAME/), by its folder, or by its spec file."""
    given = Path(name)
    if given.suffix in (".yaml", ".yml") and given.is_file():
        return LetterFiles(given.resolve())
    if given.is_dir() and (given / SPEC_NAME).is_file():
        return LetterFiles((given / SPEC_NAME).resolve())
    spec = ws.root / "letters" / name / SPEC_NAME
    if spec.is_file():
        return LetterFiles(spec)
    known = sorted(p.parent.name for p in (ws.root / "letters").glob(f"*/{SPEC_NAME}"))
    listing = f"the letters are: {', '.join(known)}" if known else "draft one: letterkit draft"
    raise LetterkitError(
        f"no letter named '{name}': {ws.rel(spec)} does not exist",
        hint=did_you_mean(name, known) or listing,
    )


@contextlib.contextmanager
def locked(files: LetterFiles) -> Iterator[None]:
    """Hold the letter folder's lock: two commands at once take turns, so no entry is lost."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no locking, as before
        yield
        return
    fd = os.open(files.folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
