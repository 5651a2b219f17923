"""The command line end to end, through Typer's CliRunner and a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from conftest import make_workspace, write, write_clause
from docx_reader import footnote_texts, missing, open_docx
from letterkit.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_build_prints_the_docx_path(spec_path: Path) -> None:
    result = invoke("build", str(spec_path))
    assert result.exit_code == 0, result.output
    out = Path(result.stdout.strip().splitlines()[-1])
    assert out == spec_path.with_suffix(".docx")
    assert len(footnote_texts(open_docx(out))) == 3


def test_build_markdown_to_chosen_path(spec_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "letter.md"
    result = invoke("build", str(spec_path), "--format", "md", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "[^release]:" in target.read_text()


def test_bad_input_is_one_plain_message_and_exit_1(tmp_path: Path) -> None:
    path = make_workspace(tmp_path, "audience: [unclosed\n")
    result = invoke("build", str(path))
    assert result.exit_code == 1
    assert f"{path}:" in result.stderr and "invalid YAML" in result.stderr
    assert "Traceback" not in result.output
    assert not path.with_suffix(".docx").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = make_workspace(tmp_path, "audience: [unclosed\n")
    result = invoke("--debug", "build", str(path))
    assert result.exit_code != 0
    assert result.exception is not None


def test_missing_spec_file(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    result = invoke("build", str(tmp_path / "letters" / "nope.yaml"))
    assert result.exit_code == 1
    assert "no such letter spec" in result.stderr


def test_pdf_without_libreoffice_says_how_to_install(spec_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("letterkit.pdf.find_soffice", lambda: None)
    result = invoke("build", str(spec_path), "--format", "pdf")
    assert result.exit_code == 1
    assert "needs LibreOffice" in result.stderr and "apt-get install" in result.stderr
    assert not spec_path.with_suffix(".pdf").exists()


def test_pdf_with_libreoffice(spec_path: Path) -> None:
    import shutil

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        missing("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    result = invoke("build", str(spec_path), "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert spec_path.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_validate_ok_and_with_problems(spec_path: Path) -> None:
    root = spec_path.parents[2]
    result = invoke("--workspace", str(root), "validate")
    assert result.exit_code == 0, result.output
    assert "6 clauses" in result.stdout and "1 letter specs" in result.stdout
    write(
        root / "letters" / "other" / "letter.yaml",
        spec_path.read_text().replace("- follow", "- folow"),
    )
    write_clause(root, "T.\n", front="id: closing\ntitle: C\nkind: closing\nx: 1\n")
    result = invoke("--workspace", str(root), "validate")
    assert result.exit_code == 1
    assert "unknown key 'x'" in result.stderr
    assert "unknown clause 'folow'" in result.stderr and "did you mean 'follow'?" in result.stderr


def test_clauses_list_filters_and_json(spec_path: Path) -> None:
    root = str(spec_path.parents[2])
    result = invoke("-w", root, "clauses", "list", "--json", "--theme", "hrds")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [c["id"] for c in data] == ["release"]
    assert data[0]["precedents"] == 3 and data[0]["last_used"] == "2030-01-01"
    eu_leaders = json.loads(
        invoke("-w", root, "clauses", "list", "--json", "--audience", "eu-leaders").stdout
    )
    assert "access" not in [c["id"] for c in eu_leaders]  # access is for MEPs only
    table = invoke("-w", root, "clauses", "list").stdout
    assert "release" in table and "Release defenders" in table
    bad = invoke("-w", root, "clauses", "list", "--audience", "mep")
    assert bad.exit_code == 1 and "did you mean 'meps'?" in bad.stderr


def test_clauses_show(spec_path: Path) -> None:
    result = invoke("-w", str(spec_path.parents[2]), "clauses", "show", "release")
    assert result.exit_code == 0, result.output
    assert "Call for the release" in result.stdout
    assert "names (list, default [])" in result.stdout
    assert "- 10 January 2020: Alpha letter" in result.stdout and '"release them"' in result.stdout
    missing = invoke("-w", str(spec_path.parents[2]), "clauses", "show", "relase")
    assert missing.exit_code == 1 and "did you mean 'release'?" in missing.stderr


def test_init_copies_the_starter_and_refuses_a_full_folder(tmp_path: Path) -> None:
    target = tmp_path / "coalition"
    result = invoke("init", str(target))
    assert result.exit_code == 0, result.output
    for item in (
        "letterkit.toml",
        "templates/letter.md.j2",
        "catalog/audiences.yaml",
        "corpus/letters.yaml",
    ):
        assert (target / item).exists(), item
    assert list((target / "clauses").glob("*.md"))
    assert not list((target / "letters").glob("*/*.docx"))
    assert invoke("-w", str(target), "validate").exit_code == 0
    again = invoke("init", str(target))
    assert again.exit_code == 1 and "not empty" in again.stderr


def test_python_dash_m_entry_point(spec_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "letterkit", "build", str(spec_path), "-f", "md"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("letter.md")


def test_every_command_is_documented() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, f"command {name} has no help text"
        for sub in getattr(command, "commands", {}).values():
            assert sub.help, f"command {name} {sub.name} has no help text"
