"""The starter workspace the repository ships, and the two example letters built from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from docx_reader import audit_errors, footnote_texts, open_docx, pandoc_notes, reference_ids
from letterkit.build import build_letter, validate_workspace
from letterkit.compose import compose_letter
from letterkit.model import format_partial_date
from letterkit.starter import init_workspace
from letterkit.workspace import load_spec, load_workspace

ROOT = Path(__file__).resolve().parents[1]
SEED_000_SIGNATORIES = [
    "Amnesty International",
    "Chinese Human Rights Defenders",
    "Front Line Defenders",
    "Human Rights Watch",
    "International Campaign for Tibet",
    "International Federation for Human Rights (FIDH)",
    "World Uyghur Congress",
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's workspace (as `letterkit init` makes it), so building never
    touches the checkout."""
    target = tmp_path_factory.mktemp("starter") / "ws"
    init_workspace(target)
    return target


def test_starter_workspace_validates(workspace: Path) -> None:
    report = validate_workspace(workspace)
    assert report.clauses >= 30 and report.specs == 2


def test_every_seed_is_in_the_corpus_with_its_text(workspace: Path) -> None:
    ws = load_workspace(workspace)
    files = {letter.file for letter in ws.letters.values() if letter.file}
    seeds = {p.name for p in (workspace / "corpus").glob("0*.txt")}
    assert seeds == files and len(seeds) == 5
    cited = [letter for letter in ws.letters.values() if letter.cited_only]
    # seed 000's footnote 1 lists four earlier joint letters
    dates = {format_partial_date(letter.iso_date) for letter in cited}
    assert {"17 July 2025", "13 June 2024", "12 June 2023", "5 May 2023"} <= dates
    assert any(letter.kind == "resolution" for letter in cited)


def test_catalog_has_the_audiences_and_occasions_letters_need(workspace: Path) -> None:
    ws = load_workspace(workspace)
    assert {"meps", "eu-leaders", "eu-foreign-ministers", "uk-mps"} <= set(ws.audiences)
    assert {
        "delegation-visit",
        "eu-china-summit",
        "human-rights-dialogue",
        "official-visit",
        "hrc-session",
    } <= set(ws.occasions)
    names = {org.name for org in ws.organisations.values()}
    assert set(SEED_000_SIGNATORIES) <= names


def test_demo_letter_reads_like_seed_000(workspace: Path) -> None:
    out = build_letter(workspace / "letters" / "meps-delegation-visit" / "letter.yaml").path
    document = open_docx(out)
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == [
        "To the attention of:",
        "Members of the European Parliament",
        "23 November 2026",
    ]
    assert "Dear Members of the European Parliament," in texts
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 9  # five asks during the visit, four follow-ups
    assert bullets[0].startswith("Call for the immediate and unconditional release")
    assert bullets[5].startswith("Keep human rights in China high on the agenda")
    assert "Follow up on this visit with sustained efforts to:" in texts
    signatories = [p.text for p in document.paragraphs if p.style.name == "Signatory"]
    assert signatories == SEED_000_SIGNATORIES
    notes = footnote_texts(document)
    assert len(notes) == 10  # each of the nine asks, and the "long called" paragraph
    assert reference_ids(document) == list(range(1, 11))
    assert notes[1].startswith("See Joint NGO letter ahead of EU-China Summit, 17 July 2025;")
    assert "19 May 2026" in notes[2]
    assert pandoc_notes(out) == 10
    assert "Errors: 0" in audit_errors(out)


def test_summit_letter_to_eu_leaders(workspace: Path) -> None:
    out = build_letter(workspace / "letters" / "eu-china-summit" / "letter.yaml").path
    document = open_docx(out)
    texts = [p.text for p in document.paragraphs]
    assert "President of the European Commission" in texts
    assert "President of the European Council" in texts
    assert "Dear Presidents," in texts and "Yours sincerely," in texts
    assert any("Ilham Tohti, Gao Zhen and Chow Hang-tung" in t for t in texts)
    assert any("including Erkin Tuniyaz" in t for t in texts)
    assert document.core_properties.author == "Human Rights Watch"
    assert len(footnote_texts(document)) == 9  # eight asks and the "long called" paragraph
    assert "Errors: 0" in audit_errors(out)


def test_no_clause_cites_a_letter_dated_after_the_letter(workspace: Path) -> None:
    ws = load_workspace(workspace)
    spec_path = workspace / "letters" / "meps-delegation-visit" / "letter.yaml"
    spec = load_spec(spec_path, ws)
    for clause in compose_letter(ws, spec, spec_path).clauses:
        for precedent in clause.precedents:
            assert precedent["iso_date"] < spec.date.isoformat()


def test_wheel_ships_the_starter_and_init_works_from_it(tmp_path: Path) -> None:
    """Build the wheel, run `letterkit init` from the unpacked wheel (not the checkout)."""
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.skip("hatchling is needed to build the wheel (pip install hatchling)")
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("letterkit-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "letterkit/starter/letterkit.toml" in names
        assert "letterkit/starter/templates/letter.md.j2" in names
        assert "letterkit/starter/clauses/release-hrds.md" in names
        assert "letterkit/starter/letters/meps-delegation-visit/letter.yaml" in names
        assert not [n for n in names if n.endswith(".docx")]
        archive.extractall(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    target = tmp_path / "new-coalition"
    subprocess.run(
        [sys.executable, "-m", "letterkit", "init", str(target)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "letterkit", "build", "letters/meps-delegation-visit/letter.yaml"],
        cwd=target,
        env=env,
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (target / "letters" / "meps-delegation-visit" / "letter.docx").is_file()
