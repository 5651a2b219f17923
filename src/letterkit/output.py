"""Writing outputs safely: atomically, and never over a DOCX a person edited."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from letterkit.errors import OutputError


def check_output_folder(path: Path) -> None:
    if path.is_dir():
        raise OutputError(
            f"cannot write {path}: it is a folder", hint="give a file name, e.g. -o letter.docx"
        )
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(
            f"cannot write {path}: the folder {folder} does not exist",
            hint=f"create it first (mkdir -p {folder}) or choose another path with -o",
        )


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    check_output_folder(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp's 0600 would hide it from the team
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def guard_docx(path: Path, force: bool) -> None:
    """Refuse to overwrite a DOCX whose text changed since letterkit wrote it."""
    if force or not path.exists():
        return
    from letterkit.docx.package import FINGERPRINT, read_docx_state

    keep_both = (
        f"to keep both, move it aside first (mv {path} {path.with_stem(path.stem + '-edited')}) "
        "or write the new build elsewhere with -o; --force overwrites it"
    )
    props, fingerprint = read_docx_state(path)
    if fingerprint is None:
        raise OutputError(
            f"{path} exists and is not a Word document letterkit can read", hint=keep_both
        )
    stored = props.get(FINGERPRINT)
    if stored is None:
        raise OutputError(f"{path} exists and was not written by letterkit", hint=keep_both)
    if stored != fingerprint:
        raise OutputError(
            f"{path} was edited after letterkit wrote it: its text has changed", hint=keep_both
        )
