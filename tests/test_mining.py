"""Mining: reading past letters, finding their asks, grouping them, merging into clauses/."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from letterkit.cli import app
from letterkit.mining.cluster import group, stems
from letterkit.model import Precedent
from letterkit.starter import init_workspace

ROOT = Path(__file__).resolve().parents[1]
SEED_000 = ROOT / "corpus" / "000_b821043c269da632.txt"
SEED_001 = ROOT / "corpus" / "001_5db78a1c256f63c4.txt"
SEED_002 = ROOT / "corpus" / "002_c25f4361f6fe1579.txt"
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    init_workspace(target)
    return target


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for folder in ("corpus", "clauses", "catalog")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def test_asks_json_of_a_letter_with_lead_ins_and_offsets() -> None:
    result = invoke("asks", str(SEED_000), "--json")
    assert result.exit_code == 0, result.output
    asks = json.loads(result.stdout)
    text = invoke("asks", str(SEED_000), "--text").stdout.split("\n", 1)[1]
    for ask in asks:
        assert set(ask) >= {"source", "text", "start", "end", "lead_in", "asker"}
        assert text[ask["start"] : ask["end"]] == ask["text"]
        assert ask["asker"] == "authors"
    release = next(a for a in asks if a["text"].startswith("Call for the immediate"))
    assert release["lead_in"] == "we strongly urge you to"
    keep = next(a for a in asks if a["text"].startswith("Keep human rights in China"))
    assert keep["lead_in"] == "Follow up on this visit with sustained efforts to:"
    # the opening ask, the lead-in's own ask, 5 + 4 bullets, the earlier call the letter
    # cites ("Our organizations have long called on ...") and the demand on the institutions
    # after a concession ("While the EU considers China ..., the European institutions need to")
    assert len(asks) == 13
    assert any(a["text"].startswith("Our organizations have long called") for a in asks)
    assert any(a["text"].startswith("While the EU considers China") for a in asks)


def test_reported_calls_are_the_third_partys(ws: Path) -> None:
    result = invoke("--workspace", str(ws), "asks", str(SEED_002), "--json")
    asks = json.loads(result.stdout)
    askers = {a["text"][:20]: a["asker"] for a in asks}
    assert askers["The UNPO urges the C"] == "authors"
    assert askers["MEPs call on the Cou"] == "European Parliament"
    assert askers["They urge the Chines"] == "European Parliament"


# A coalition's own release that speaks of its signatories in the third person, as a news
# report would: from the text alone it reads as a report.
RELEASE = (
    "Faith groups press President ahead of state visit\n\n"
    "Ahead of the state visit on Monday, more than one hundred faith organisations urged the "
    "President to raise the killings of human rights defenders, according to the letter.\n\n"
    "The visit was announced last week, officials said, and reporters said the agenda is "
    "about trade.\n"
)


def test_a_corpus_entry_that_says_statement_makes_its_asks_the_authors(ws: Path) -> None:
    import yaml

    (ws / "corpus" / "release.txt").write_text(RELEASE, encoding="utf-8")
    letters = ws / "corpus" / "letters.yaml"
    data = yaml.safe_load(letters.read_text(encoding="utf-8"))
    entry = {
        "id": "2026-05-01-faith-release",
        "title": "Faith groups press President ahead of state visit",
        "date": "2026-05-01",
        "kind": "news-report",
        "authors": ["amnesty"],
        "file": "release.txt",
    }
    askers = {}
    for kind in ("news-report", "statement"):
        entry["kind"] = kind
        letters.write_text(yaml.safe_dump({"letters": [*data["letters"], entry]}), "utf-8")
        result = invoke(
            "--workspace", str(ws), "asks", str(ws / "corpus" / "release.txt"), "--json"
        )
        assert result.exit_code == 0, result.output
        askers[kind] = [a["asker"] for a in json.loads(result.stdout)]
    assert askers == {
        "news-report": ["more than one hundred faith organisations"],
        "statement": ["authors"],
    }
    # a report that opens like a letter is still a report when its entry says so
    (ws / "corpus" / "release.txt").write_text("Dear readers,\n\n" + RELEASE, encoding="utf-8")
    entry["kind"] = "news-report"
    letters.write_text(yaml.safe_dump({"letters": [*data["letters"], entry]}), "utf-8")
    result = invoke("--workspace", str(ws), "asks", str(ws / "corpus" / "release.txt"), "--json")
    assert [a["asker"] for a in json.loads(result.stdout)] == [askers["news-report"][0]]
    outside = ws / "release.txt"  # no corpus entry: --own says whose text it is
    outside.write_text(RELEASE, encoding="utf-8")
    for flags, asker in (
        ((), "more than one hundred faith organisations"),
        (("--own",), "authors"),
    ):
        result = invoke("--workspace", str(ws), "asks", str(outside), "--json", *flags)
        assert [a["asker"] for a in json.loads(result.stdout)] == [asker]


def test_paraphrases_fall_in_one_family() -> None:
    texts = [
        "release Ilham Tohti",
        "give journalists and observers free access to Xinjiang",
        "release all detained persons, including Ilham Tohti",
        "adopt targeted sanctions and freeze assets against officials",
        "the immediate and unconditional release of human rights defenders",
        "unfettered and reciprocal access to Tibet for diplomats, UN experts, journalists",
    ]
    assert group([stems(t) for t in texts]) == [[0, 2, 4], [1, 5], [3]]


def test_mine_seed_corpus_finds_the_recurring_families(ws: Path) -> None:
    result = invoke("--workspace", str(ws), "mine", "--json")
    assert result.exit_code == 0, result.output
    families = {tuple(f["clauses"]): f for f in json.loads(result.stdout)}
    release = families[("release-hrds",)]
    assert set(release["letters"]) == {
        "2026-05-19-ngos-meps-delegation-visit",
        "2019-12-19-ep-resolution-uyghurs",
    }
    access = families[("unfettered-access",)]
    assert set(access["letters"]) == {
        "2019-12-19-ep-resolution-uyghurs",
        "2022-03-ngos-letter-eu-leaders-summit",
    }
    sanctions = families[("targeted-sanctions",)]
    assert "Yasmine Ahmed" in sanctions["askers"]
    assert "detention" in release["themes"]


def test_mine_write_adds_precedents_and_keeps_what_a_person_wrote(ws: Path) -> None:
    import re

    clause = ws / "clauses" / "unfettered-access.md"
    # a person's edits: the 2022 letter's precedent removed, a comment and a new title
    edited = re.sub(
        r"  - letter: 2022-03-ngos-letter-eu-leaders-summit\n    quote: .*\n",
        "",
        clause.read_text(),
    ).replace("precedents:\n", "precedents:  # checked by hand\n")
    edited = edited.replace("title: Unfettered access", "title: Free access")
    clause.write_text(edited)
    result = invoke("--workspace", str(ws), "mine", "--write")
    assert result.exit_code == 0, result.output
    assert (
        "clauses/unfettered-access.md: added precedents 2022-03-ngos-letter-eu-leaders-summit"
        in (result.stdout)
    )
    after = clause.read_text()
    added = after.replace(edited.split("---\n")[1], "")
    assert "- letter: 2022-03-ngos-letter-eu-leaders-summit" in after
    assert after.startswith(edited.split("\n---\n", 1)[0])  # the person's lines all kept
    assert after.split("\n---\n", 1)[1] == edited.split("\n---\n", 1)[1]  # wording untouched
    assert 'asker: "the group"' not in after  # the reported letter's own ask, as authors
    assert added
    assert invoke("--workspace", str(ws), "validate").exit_code == 0
    again = invoke("--workspace", str(ws), "mine", "--write")
    assert "nothing to add" in again.stdout


def test_ingest_guesses_metadata_and_refuses_a_duplicate(ws: Path, tmp_path: Path) -> None:
    letter = tmp_path / "bilingual.txt"
    shutil.copy(SEED_001, letter)
    # the same letter is already in the corpus as seed 001
    before = snapshot(ws)
    result = invoke("--workspace", str(ws), "ingest", str(letter))
    assert result.exit_code == 1
    assert "already in the corpus as '2015-tucs-petition-uk-mps-xi-state-visit'" in result.output
    assert snapshot(ws) == before
    new = tmp_path / "new-letter.txt"
    new.write_bytes(
        "Skip to main content\nLog in\n\n3 March 2024\n\nDear Presidents,\n\n"
        "We urge you to suspend the human rights dialogue until China releases Ilham Tohti.\n\n"
        "Alpha Rights\n\nBeta Watch Coalition\n\nJane Doe, lawyer\n\n"
        "Related articles\nShare\n".encode("cp1252")
        + "Caf\xe9 ends it.".encode("cp1252")
    )
    result = invoke("--workspace", str(ws), "ingest", str(new))
    assert result.exit_code == 0, result.output
    corpus = (ws / "corpus" / "letters.yaml").read_text()
    assert corpus.startswith(before["corpus/letters.yaml"].decode())  # appended, not rewritten
    from letterkit.workspace import load_workspace

    entry = next(e for e in load_workspace(ws).letters.values() if e.file and "2024" in e.id)
    assert entry.date == "2024-03-03"
    assert entry.audience == "eu-leaders"
    assert entry.signatories == ["Jane Doe, lawyer"]
    assert "Beta Watch Coalition" in entry.notes


def test_ingest_takes_a_members_release_for_its_statement(ws: Path, tmp_path: Path) -> None:
    """A coalition member's release reads like a report ("Alpha Rights and 40 groups urged");
    naming a member from the catalog as the caller makes it that member's statement, and its
    asks the authors'. A report on a call by an institution in the catalog stays a report."""
    from letterkit.workspace import load_workspace

    def ingested(name: str, text: str) -> tuple[str, list[str], str, str]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        before = set(load_workspace(ws).letters)
        result = invoke("--workspace", str(ws), "ingest", str(path))
        assert result.exit_code == 0, result.output
        letters = load_workspace(ws).letters
        (entry,) = (letters[id_] for id_ in set(letters) - before)
        return entry.kind, entry.authors, entry.notes, str(entry.file)

    release = RELEASE.replace(
        "more than one hundred faith organisations", "Front Line Defenders and 40 groups"
    )
    kind, authors, notes, file = ingested("member-release.txt", release)
    assert (kind, authors) == ("statement", ["front-line-defenders"])
    assert "kind guessed `statement` because front-line-defenders is named making" in notes
    result = invoke("--workspace", str(ws), "asks", str(ws / "corpus" / file), "--json")
    assert [a["asker"] for a in json.loads(result.stdout)] == ["authors"]
    # the same page asked about before it is ingested: the guess is the same
    result = invoke("--workspace", str(ws), "asks", str(tmp_path / "member-release.txt"), "--json")
    assert [a["asker"] for a in json.loads(result.stdout)] == ["authors"]
    for name, text in (
        ("others.txt", RELEASE),
        (
            "parliament.txt",
            RELEASE.replace("more than one hundred faith organisations", "European Parliament"),
        ),
    ):
        kind, authors, _, _ = ingested(name, text.replace("Monday", "Tuesday"))
        assert (kind, authors) == ("news-report", [])


def test_ingest_recognises_two_languages(ws: Path, tmp_path: Path) -> None:
    text = SEED_001.read_text().replace("Dear Members of Parliament", "Dear Members")
    path = tmp_path / "petition.md"
    path.write_text(text + "\nOne more line so the text differs.\n")
    result = invoke("--workspace", str(ws), "ingest", str(path))
    assert result.exit_code == 0, result.output
    assert "languages en, zh" in result.stdout


def _docx(path: Path, document: bytes, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return path


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("empty.txt", lambda p: p.write_bytes(b""), "is empty"),
        ("binary.txt", lambda p: p.write_bytes(b"\x00\x01\x02" * 100), "is not text"),
        ("fake.docx", lambda p: p.write_text("not a zip"), "not a zip archive"),
        ("big.txt", lambda p: p.write_bytes(b"a " * (3 * 2**20)), "letterkit reads letters up to"),
        (
            "bomb.docx",
            lambda p: _docx(p, b"<w:document>" + b" " * (60 * 2**20) + b"</w:document>"),
            "zip bomb",
        ),
        (
            "xxe.docx",
            lambda p: _docx(
                p,
                b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                b'main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
            ),
            "holds no letter text",
        ),
        ("letter.pdf", lambda p: p.write_bytes(b"%PDF-1.4"), "cannot read '.pdf' files"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(
    ws: Path, tmp_path: Path, name: str, make: object, message: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    before = snapshot(ws)
    good = tmp_path / "good.txt"
    good.write_text("Dear Sir,\n\nWe urge you to act on a quite new matter today.\n")
    result = invoke("--workspace", str(ws), "ingest", str(good), str(path))
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert snapshot(ws) == before  # the good file was not added either


def test_html_page_furniture_is_removed(tmp_path: Path) -> None:
    page = tmp_path / "letter.html"
    page.write_text(
        "<html><head><title>Joint letter on access</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/login'>Log in</a></nav>"
        "<article><h1>Joint letter on access</h1><p>Dear Ministers,</p>"
        "<p>We call on you to press for unfettered access to Tibet for UN experts and "
        "journalists, as our organisations have asked for many years now.</p>"
        "<ul><li>Raise the cases of detained defenders at every meeting.</li></ul>"
        "<p>Sincerely, Alpha Rights</p></article>"
        "<footer>Share on Facebook. Copyright 2024 Example. All rights reserved.</footer>"
        "</body></html>"
    )
    result = invoke("asks", str(page), "--text")
    assert result.exit_code == 0, result.output
    assert "We call on you to press for unfettered access" in result.stdout
    assert "Log in" not in result.stdout and "Share on Facebook" not in result.stdout


def test_markdown_emphasis_is_dropped_but_footnote_stars_stay(tmp_path: Path) -> None:
    # a page's footnote markers are runs of stars, not emphasis: the ask reads as it stands
    letter = tmp_path / "asks.md"
    letter.write_text(
        "Our demands\n\n"
        "- Publish the **standard** contract that the farmer signs.****\n"
        "- Pay a living income reference price by 2025.**\n",
        encoding="utf-8",
    )
    result = invoke("asks", str(letter), "--json")
    assert result.exit_code == 0, result.output
    assert [a["text"] for a in json.loads(result.stdout)] == [
        "Publish the standard contract that the farmer signs.****",
        "Pay a living income reference price by 2025.**",
    ]


def test_decomposed_accents_are_read_like_composed_ones(tmp_path: Path) -> None:
    # Text copied out of some PDFs and Mac tools spells "ó" as "o" plus a combining accent
    # (NFD); the rules are written in composed letters, so the text is composed on reading.
    letter = tmp_path / "level.txt"
    letter.write_text(
        unicodedata.normalize(
            "NFD",
            "Tisztelt Miniszter Úr!\n\n"
            "Felszólítjuk a kormányt, hogy haladéktalanul engedje szabadon az újságírókat.\n",
        ),
        encoding="utf-8",
    )
    result = invoke("asks", str(letter), "--json")
    assert result.exit_code == 0, result.output
    asks = json.loads(result.stdout)
    assert [a["text"] for a in asks] == [
        "Felszólítjuk a kormányt, hogy haladéktalanul engedje szabadon az újságírókat."
    ]
    assert asks[0]["asker"] == "authors"


def test_ingest_sent_records_the_letter_and_cites_it(ws: Path) -> None:
    spec = ws / "letters" / "meps-delegation-visit" / "letter.yaml"
    result = invoke("--workspace", str(ws), "ingest", "--sent", str(spec))
    assert result.exit_code == 0, result.output
    letter_id = result.stdout.split()[1]
    assert letter_id.endswith("-meps-delegation-visit")
    release = (ws / "clauses" / "release-hrds.md").read_text()
    assert f"- letter: {letter_id}" in release
    assert invoke("--workspace", str(ws), "validate").exit_code == 0
    again = invoke("--workspace", str(ws), "ingest", "--sent", str(spec))
    assert again.exit_code == 1 and "already recorded as sent" in again.output


def synthetic_corpus(tmp_path: Path, letters: int) -> Path:
    """A workspace of generated letters, made the way `make bench` makes them."""
    target = tmp_path / "synthetic"
    generator = ROOT / "bench" / "gen_corpus.py"
    subprocess.run([sys.executable, str(generator), str(letters), str(target)], check=True)
    return target


def test_bench_generator_makes_a_corpus_the_miner_groups(tmp_path: Path) -> None:
    """`make bench` mines corpora from bench/gen_corpus.py: they must be valid workspaces whose
    reworded asks come back in families, not one family per ask nor one for all."""
    target = synthetic_corpus(tmp_path, 60)
    assert len(list((target / "corpus").glob("0*.txt"))) == 60 + 5  # with the five seeds
    assert invoke("--workspace", str(target), "validate").exit_code == 0
    result = invoke("--workspace", str(target), "mine", "--json")
    assert result.exit_code == 0, result.output
    families = json.loads(result.stdout)
    asks = sum(len(f["asks"]) for f in families)
    assert asks >= 60 * 3  # every letter has at least one sentence ask and two items
    recurring = [f for f in families if len(f["letters"]) >= 5]
    assert len(recurring) >= 5
    assert max(len(f["asks"]) for f in families) < asks / 4


def _strip_precedents(path: Path, letters: set[str]) -> None:
    """Remove the precedent items of `letters` from a clause file, leaving the rest as is."""
    out: list[str] = []
    skipping = False
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("  - letter: "):
            skipping = line.split(":", 1)[1].strip() in letters
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            out.append(line)
    text = "".join(out)
    path.write_text(re.sub(r"^precedents:\n(?=---)", "precedents: []\n", text, flags=re.M), "utf-8")


def test_mining_the_seeds_rebuilds_the_shipped_precedents(ws: Path) -> None:
    """The starter library is what `mine --write` finds in the seed corpus: mining the shipped
    library adds nothing, and with the precedents of every recurring family removed, mining
    puts each one back (same clause, same asker, the sentence the hand quote comes from),
    except the few marked as added by hand because the text states no explicit ask."""
    from letterkit.workspace import load_workspace

    shipped = load_workspace(ws)
    assert "nothing to add" in invoke("--workspace", str(ws), "mine", "--write").stdout
    minable = {
        letter.id
        for letter in shipped.letters.values()
        if letter.file or (letter.reported_in and shipped.letters[letter.reported_in].file)
    }
    expected: dict[str, dict[str, Precedent]] = {}
    by_hand = 0
    for clause in shipped.clauses.values():
        found = [p for p in clause.precedents if p.letter in minable]
        if clause.kind not in ("ask", "follow-up") or len({p.letter for p in found}) < 2:
            continue  # passages are not mined; a one-letter ask is not a recurring family
        _strip_precedents(clause.path, {p.letter for p in found})
        by_hand += sum(1 for p in found if p.note.startswith("added by hand"))
        expected[clause.id] = {p.letter: p for p in found if not p.note.startswith("added by hand")}
    # their notes say why: no verb, a noun, Chinese, one shared word, "the need to resist"
    assert by_hand == 5
    assert set(expected) == {
        "investigate-transnational-repression",
        "raise-at-every-meeting",
        "release-hrds",
        "resist-norm-erosion",
        "support-international-investigations",
        "targeted-sanctions",
        "unfettered-access",
        "uphold-principles-end-violations",
    }

    result = invoke("--workspace", str(ws), "mine", "--write")
    assert result.exit_code == 0, result.output
    rebuilt = load_workspace(ws)
    for clause_id, precedents in expected.items():
        got = {p.letter: p for p in rebuilt.clauses[clause_id].precedents if p.letter in minable}
        assert set(got) == set(precedents), clause_id
        for letter, hand in precedents.items():
            mined = got[letter]
            assert (hand.asker or "").startswith(mined.asker or ""), (clause_id, letter)
            words = " ".join(re.sub(r"\]\(#\)|\[", "", hand.quote or "").split()[:6])
            assert words.lower() in (mined.quote or "").lower(), (clause_id, letter, words)


def test_mining_the_seeds_without_a_library_finds_release_and_access(ws: Path) -> None:
    """With no clauses to anchor on, the release asks of the 2026 letter and the Parliament's
    2019 resolution ("... and to immediately and unconditionally release all detained
    persons") still meet, each part of a compound ask being compared on its own; so do
    "free access to Xinjiang" and "unfettered and reciprocal access to Tibet". The other
    recurring families of the seeds need the library's wording to meet (see the test above)."""
    for path in (ws / "clauses").glob("*.md"):
        path.unlink()
    shutil.rmtree(ws / "letters")
    result = invoke("--workspace", str(ws), "mine", "--json")
    assert result.exit_code == 0, result.output
    recurring = [f for f in json.loads(result.stdout) if len(f["letters"]) > 1]
    assert sorted(sorted(f["letters"]) for f in recurring) == [
        ["2019-12-19-ep-resolution-uyghurs", "2022-03-ngos-letter-eu-leaders-summit"],
        ["2019-12-19-ep-resolution-uyghurs", "2026-05-19-ngos-meps-delegation-visit"],
    ]


def test_mining_gives_the_same_families_in_every_process(tmp_path: Path) -> None:
    """Python orders a set of strings differently in each process; the families must not
    depend on it (1,000 letters: enough near-ties for a last-bit difference to show)."""
    target = synthetic_corpus(tmp_path, 1000)
    letterkit = Path(sys.executable).with_name("letterkit")
    outputs = [
        subprocess.run(
            [str(letterkit), "--workspace", str(target), "mine", "--json"],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert json.loads(outputs[0]) == json.loads(outputs[1])


def test_mining_in_worker_processes_gives_what_one_process_gives(tmp_path: Path) -> None:
    """A big corpus is read by one worker process per core; the families, their order and
    every ask's offsets are the same as when one process reads every letter."""
    target = synthetic_corpus(tmp_path, 70)
    outputs = []
    for jobs in ("1", "2"):
        result = invoke("--workspace", str(target), "mine", "--json", "--jobs", jobs)
        assert result.exit_code == 0, result.output
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1]
    assert sum(len(f["asks"]) for f in outputs[0]) >= 70 * 3


def test_a_letter_a_worker_cannot_read_stops_mine_with_its_name(tmp_path: Path) -> None:
    target = synthetic_corpus(tmp_path, 70)
    broken = sorted((target / "corpus").glob("0*.txt"))[40]
    broken.write_bytes(bytes(range(256)) * 4)
    result = invoke("--workspace", str(target), "mine", "--jobs", "2")
    assert result.exit_code == 1
    assert f"{broken} is not text" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("sanctions", "message"),
    [
        ("sanctions: sanction", "themes.sanctions: Expected 'array', got 'str'"),
        ('sanctions: [sanction, ""]', "themes.sanctions[1]: Expected 'str' of length >= 1"),
        ("Sanctions Regime: [sanction]", "key 'Sanctions Regime'"),
    ],
)
def test_a_broken_theme_lexicon_is_named_by_validate_and_stops_mine(
    ws: Path, sanctions: str, message: str
) -> None:
    lexicon = ws / "catalog" / "themes.yaml"
    lexicon.write_text(f"themes:\n  detention: [detain, release]\n  {sanctions}\n")
    for command in ("validate", "mine"):
        result = invoke("--workspace", str(ws), command)
        assert result.exit_code == 1
        assert "themes.yaml:3: " in result.output  # the file and the line of the bad theme
        assert message in result.output
        assert "Traceback" not in result.output
    lexicon.write_text("themes:\n  detention: [detain, release]\n  sanctions: [sanction]\n")
    assert invoke("--workspace", str(ws), "validate").exit_code == 0


def test_a_page_dated_only_by_its_copyright_line_gets_that_year(ws: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.txt"
    page.write_text(
        "Ministers to meet rights groups next week\n\n"
        "The ministers will meet the groups on Tuesday, the first such meeting since 2019.\n\n"
        "Copyright (c) 2023. Example News Publishers Ltd. All rights reserved.\n"
    )
    result = invoke("--workspace", str(ws), "ingest", str(page))
    assert result.exit_code == 0, result.output
    assert "dated 2023 from the page's copyright line only" in result.output
    entry = (ws / "corpus" / "letters.yaml").read_text().rsplit("- id: ", 1)[1]
    assert "date: '2023'" in entry
    assert "not in catalog" not in result.output  # the headline is not a signature
