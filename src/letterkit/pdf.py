"""PDF export through LibreOffice, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from letterkit.errors import LetterkitError, ToolMissingError

INSTALL_HINT = (
    "install LibreOffice: `sudo apt-get install libreoffice-writer-nogui` (Debian/Ubuntu), "
    "`brew install --cask libreoffice` (macOS), or from libreoffice.org; "
    "meanwhile build the DOCX and export it from Word"
)
TIMEOUT_SECONDS = 180


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_bytes: bytes) -> bytes:
    """Convert DOCX bytes to PDF bytes with a private LibreOffice profile (no clash with a
    LibreOffice the user has open)."""
    soffice = find_soffice()
    if soffice is None:
        raise ToolMissingError(
            "PDF export needs LibreOffice, which is not installed", hint=INSTALL_HINT
        )
    with tempfile.TemporaryDirectory(prefix="letterkit-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "letter.docx"
        source.write_bytes(docx_bytes)
        profile = (folder / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise LetterkitError(
                f"LibreOffice did not finish converting to PDF within {TIMEOUT_SECONDS} s",
                hint="close other LibreOffice windows and try again",
            ) from exc
        target = folder / "letter.pdf"
        if result.returncode != 0 or not target.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise LetterkitError(
                "LibreOffice could not convert the letter to PDF"
                + (f": {detail[-1]}" if detail else ""),
                hint="open the DOCX in LibreOffice to see what it objects to",
            )
        return target.read_bytes()
