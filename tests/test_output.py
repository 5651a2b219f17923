"""Outputs are written atomically and never over a DOCX a person edited."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest

from letterkit.build import build_letter
from letterkit.errors import OutputError
from letterkit.output import write_atomic


def edit_docx(path: Path, new_text: str) -> None:
    document = docx.Document(str(path))
    document.paragraphs[-1].text = new_text
    document.save(str(path))


def test_rebuilding_an_untouched_docx_is_allowed(spec_path: Path) -> None:
    first = build_letter(spec_path).path
    assert build_letter(spec_path).path == first


def test_resaving_without_changing_words_is_not_an_edit(spec_path: Path) -> None:
    out = build_letter(spec_path).path
    document = docx.Document(str(out))
    document.paragraphs[0].runs[0].bold = False  # formatting only, the words are the same
    document.save(str(out))
    build_letter(spec_path)


def test_edited_docx_is_refused_and_the_message_says_how_to_keep_both(spec_path: Path) -> None:
    out = build_letter(spec_path).path
    edit_docx(out, "Beta Watch, with our edits")
    before = out.read_bytes()
    with pytest.raises(OutputError) as info:
        build_letter(spec_path)
    message = str(info.value)
    assert "was edited after letterkit wrote it" in message
    assert "letter-edited.docx" in message and "--force" in message
    assert out.read_bytes() == before


def test_force_overwrites_an_edited_docx(spec_path: Path) -> None:
    out = build_letter(spec_path).path
    edit_docx(out, "edited")
    build_letter(spec_path, force=True)
    assert "edited" not in [p.text for p in docx.Document(str(out)).paragraphs]


def test_a_foreign_file_is_not_overwritten(spec_path: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "report.docx"
    docx.Document().save(str(foreign))
    with pytest.raises(OutputError) as info:
        build_letter(spec_path, output=foreign)
    assert "was not written by letterkit" in str(info.value)
    junk = tmp_path / "junk.docx"
    junk.write_text("hello")
    with pytest.raises(OutputError):
        build_letter(spec_path, output=junk)
    assert junk.read_text() == "hello"


def test_output_in_a_missing_folder_is_a_clear_error(spec_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "nope" / "letter.docx"
    with pytest.raises(OutputError) as info:
        build_letter(spec_path, output=target)
    assert "the folder" in str(info.value) and "does not exist" in str(info.value)
    assert "mkdir -p" in str(info.value)


def test_failed_write_leaves_neither_partial_file_nor_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new content")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_markdown_export_is_the_composed_text(spec_path: Path) -> None:
    out = build_letter(spec_path, fmt="md").path
    assert out.suffix == ".md"
    text = out.read_text()
    assert "- Call for the release of human rights defenders" in text
    assert "[^release]: See *Beta letter*, June 2021;" in text
