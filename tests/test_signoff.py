"""The sign-off round end to end: invitations, versions, approvals going stale, a partner's
returned draft, the redline between versions and the final letter; and the bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from typer.testing import CliRunner

from conftest import LETTERS, make_workspace, write
from conftest import SPEC as BASE_SPEC
from docx_reader import audit_errors, custom_properties, libreoffice_pdf_text, open_docx
from letterkit.cli import app

runner = CliRunner()

ORGS = """\
organisations:
  - {id: ngo-a, name: Alpha Rights, kind: ngo, contact: anna@alpha.example}
  - {id: ngo-b, name: Beta Watch, kind: ngo}
  - {id: ngo-c, name: Gamma Voices, kind: ngo, contact: Carla Gómez}
  - {id: parliament, name: European Parliament, kind: institution}
"""

SPEC = BASE_SPEC.replace("signatories: [ngo-a, ngo-b]", "signatories: [ngo-a, ngo-b, ngo-c]")

REWORDED = "Call for the immediate release of all detained defenders, including Ilham Tohti."


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    make_workspace(root, SPEC)
    write(root / "catalog" / "organisations.yaml", ORGS)
    return root


def lk(ws: Path, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["-w", str(ws), *args])
    assert result.exit_code == code, result.output
    return result.output


def body_paragraphs(path: Path) -> list[str]:
    return [p.text for p in open_docx(path).paragraphs]


def header_text(path: Path) -> str:
    return "\n".join(p.text for p in open_docx(path).sections[0].header.paragraphs)


def signatories(path: Path) -> list[str]:
    document = open_docx(path)
    return [p.text for p in document.paragraphs if p.style.name == "Signatory"]


def ledger(ws: Path) -> list[dict]:
    return yaml.safe_load((ws / "letters" / "test" / "signoff.yaml").read_text()) or []


def partner_edits(draft: Path, target: Path) -> Path:
    """What a partner does in Word: a comment on one ask, a tracked change in another."""
    document = docx.Document(str(draft))
    paragraphs = {p.text.split(",")[0]: p for p in document.paragraphs}
    release = next(p for key, p in paragraphs.items() if key.startswith("Call for the release"))
    document.add_comment(
        release.runs[0], text="Please name Ilham Tohti first.", author="Carla", initials="CG"
    )
    access = next(p for p in document.paragraphs if p.text.startswith("Press for"))
    run = next(r for r in access.runs if "unfettered" in r.text)
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "901")
    deleted.set(qn("w:author"), "Carla")
    run._r.addprevious(deleted)
    deleted.append(run._r)
    for t in run._r.iter(qn("w:t")):
        t.tag = qn("w:delText")
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "902")
    inserted.set(qn("w:author"), "Carla")
    new_run = OxmlElement("w:r")
    new_text = OxmlElement("w:t")
    new_text.text = "free and unhindered"
    new_run.append(new_text)
    inserted.append(new_run)
    deleted.addnext(inserted)
    document.save(str(target))
    return target


def test_a_whole_round(ws: Path, tmp_path: Path) -> None:
    spec = ws / "letters" / "test" / "letter.yaml"
    draft = spec.with_suffix(".docx")

    out = lk(ws, "signoff", "invite", "test", "ngo-a", "ngo-b", "ngo-c", "--deadline", "2026-06-01")
    assert "invited ngo-a, ngo-b, ngo-c" in out

    # draft v1, with comments and line numbers
    out = lk(ws, "build", str(spec), "--comments", "--line-numbers")
    assert "draft v1, a new version" in out
    assert header_text(draft) == "DRAFT v1 — for sign-off by 1 June 2026 — not for circulation"
    props = custom_properties(draft)
    assert props["letterkit.version"] == "1"
    assert props["letterkit.stage"] == "draft"
    assert (ws / "letters" / "test" / "versions" / "v1" / "letter.md").is_file()
    document = open_docx(draft)
    comments = {c.text for c in document.comments}
    assert "Clause release (ask). Asked before in: Beta letter, June 2021; Alpha letter, " in (
        "".join(comments)
    )
    assert len(comments) == 5  # one per clause
    for end in document.element.body.iter(qn("w:commentRangeEnd")):
        # a range that ends after a footnote reference makes LibreOffice lose the note
        assert end.getprevious().find(qn("w:footnoteReference")) is None
    assert document.sections[0]._sectPr.find(qn("w:lnNumType")) is not None
    sheet = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in sheet.rows]
    assert rows == [
        ["Organisation", "Contact", "Status"],
        ["Alpha Rights", "anna@alpha.example", "invited, no reply yet"],
        ["Beta Watch", "", "invited, no reply yet"],
        ["Gamma Voices", "Carla Gómez", "invited, no reply yet"],
    ]
    assert "Errors: 0" in audit_errors(draft)
    rendered = libreoffice_pdf_text(draft, tmp_path)
    assert "DRAFT v1 — for sign-off by 1 June 2026" in rendered
    assert "Sign-off sheet (v1)" in rendered

    # an unchanged rebuild is still v1
    assert "draft v1;" in lk(ws, "build", str(spec))

    # two approve v1; the third returns the draft with a comment and a tracked change
    shutil.copy(draft, tmp_path / "sent-v1.docx")
    lk(
        ws,
        "signoff",
        "record",
        "test",
        "ngo-a",
        "approved",
        "--file",
        str(tmp_path / "sent-v1.docx"),
    )
    lk(ws, "signoff", "record", "test", "ngo-b", "approved", "--by", "Ben", "--note", "fine")
    returned = partner_edits(draft, tmp_path / "gamma-returns.docx")
    out = lk(ws, "signoff", "import", "test", str(returned), "--org", "ngo-c")
    assert "release: comment by Carla: 'Please name Ilham Tohti first.'" in out
    assert "access: deleted by Carla: 'unfettered'" in out
    assert "access: inserted by Carla: 'free and unhindered'" in out
    last = ledger(ws)[-1]
    assert last["event"] == "changes-requested"
    assert last["org"] == "ngo-c" and last["version"] == 1 and last["by"] == "Carla"
    assert len(last["changes"]) == 3

    # a clause is reworded and a cited letter retitled: v2
    spec.write_text(
        SPEC.replace(
            "  - id: release\n    vars: {names: [Ilham Tohti, Gao Zhen]}\n",
            f"  - id: release\n    text: {REWORDED}\n",
        )
    )
    letters = ws / "corpus" / "letters.yaml"
    letters.write_text(LETTERS.replace("title: Alpha letter", "title: Alpha joint letter"))
    out = lk(ws, "build", str(spec))
    assert "draft v2, a new version" in out
    assert header_text(draft).startswith("DRAFT v2 ")

    status = lk(ws, "signoff", "status", "test")
    lines = {line.split()[0]: line for line in status.splitlines() if line.startswith("ngo-")}
    assert "approved" in lines["ngo-a"] and "v1" in lines["ngo-a"]
    assert "STALE: release, follow" in lines["ngo-a"]
    assert "STALE: release, follow" in lines["ngo-b"]
    assert "changes-requested" in lines["ngo-c"] and "STALE" not in lines["ngo-c"]
    assert "waiting for: ngo-a, ngo-b, ngo-c" in status

    # the redline, in the terminal and in Word
    changes = tmp_path / "changes.docx"
    out = lk(ws, "diff", "test", "--from", "1", "--to", "2", "-o", str(changes))
    assert "test: v1 -> v2" in out
    assert "~ release" in out and "{+immediate +}" in out
    assert "~ follow (footnote)" in out and "[Alpha{+ joint+} letter]" in out
    redline = open_docx(changes)
    body = redline.element.body
    inserted = "".join(t.text for ins in body.iter(qn("w:ins")) for t in ins.iter(qn("w:t")))
    deleted = "".join(t.text for d in body.iter(qn("w:del")) for t in d.iter(qn("w:delText")))
    assert "immediate" in inserted and "detained" in inserted
    assert "human" in deleted and "Gao Zhen" in deleted
    notes = redline.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    )
    notes_xml = notes.blob.decode("utf-8")
    assert "<w:ins " in notes_xml and ">joint <" in notes_xml
    assert "Errors: 0" in audit_errors(changes)

    # the final letter is refused while approvals are stale or missing
    before = draft.read_bytes()
    out = lk(ws, "build", str(spec), "--final", code=1)
    assert "Alpha Rights (ngo-a): approved v1 — STALE: changed since: release, follow" in out
    assert "Gamma Voices (ngo-c): changes-requested v1" in out
    assert draft.read_bytes() == before

    # re-approvals; Gamma declines; the final is signed by exactly the two who approved v2
    lk(ws, "signoff", "record", "test", "ngo-a", "approved")
    lk(ws, "signoff", "record", "test", "ngo-b", "approved", "--version", "2")
    lk(ws, "signoff", "record", "test", "ngo-c", "declined", "--note", "cannot sign this one")
    assert "ready: every organisation approved" in lk(ws, "signoff", "status", "test")
    final = tmp_path / "final.docx"
    out = lk(ws, "build", str(spec), "--final", "-o", str(final))
    assert "final v2; " in out and "signed by 2" in out
    assert signatories(final) == ["Alpha Rights", "Beta Watch"]
    assert header_text(final) == ""
    assert not list(open_docx(final).comments)
    assert "Sign-off sheet" not in "\n".join(body_paragraphs(final))
    assert not open_docx(final).tables
    assert custom_properties(final)["letterkit.stage"] == "final"
    assert "Errors: 0" in audit_errors(final)


def test_final_with_force_signs_with_the_approvals_it_has(ws: Path, tmp_path: Path) -> None:
    spec = ws / "letters" / "test" / "letter.yaml"
    lk(ws, "signoff", "invite", "test", "ngo-a", "ngo-b", "ngo-c")
    lk(ws, "build", str(spec))
    lk(ws, "signoff", "record", "test", "ngo-b", "approved")
    final = tmp_path / "final.docx"
    lk(ws, "build", str(spec), "--final", "--force", "-o", str(final))
    assert signatories(final) == ["Beta Watch"]


def test_signatories_joining_do_not_make_approvals_stale(ws: Path) -> None:
    spec = ws / "letters" / "test" / "letter.yaml"
    spec.write_text(SPEC.replace("[ngo-a, ngo-b, ngo-c]", "[ngo-a]"))
    lk(ws, "build", str(spec))
    lk(ws, "signoff", "record", "test", "ngo-a", "approved")
    spec.write_text(SPEC)
    assert "draft v1;" in lk(ws, "build", str(spec))
    status = lk(ws, "signoff", "status", "test")
    assert "STALE" not in status
    assert "waiting for: ngo-b, ngo-c" in status


def test_unknown_organisation_is_refused_and_nothing_written(ws: Path) -> None:
    out = lk(ws, "signoff", "invite", "test", "ngo-a", "ngo-d", code=1)
    assert "unknown organisation 'ngo-d'" in out and "did you mean" in out
    assert not (ws / "letters" / "test" / "signoff.yaml").exists()
    out = lk(ws, "signoff", "record", "test", "beta", "approved", code=1)
    assert "unknown organisation 'beta'" in out


def test_unknown_letter_names_the_choices(ws: Path) -> None:
    out = lk(ws, "signoff", "status", "tset", code=1)
    assert "no letter named 'tset'" in out and "did you mean 'test'?" in out


def test_a_returned_file_of_another_letter_is_refused(ws: Path, tmp_path: Path) -> None:
    lk(ws, "build", str(ws / "letters" / "test" / "letter.yaml"))
    other = write(
        ws / "letters" / "other" / "letter.yaml", SPEC.replace("during the visit", "elsewhere")
    )
    lk(ws, "build", str(other))
    out = lk(
        ws, "signoff", "import", "test", str(other.with_suffix(".docx")), "--org", "ngo-a", code=1
    )
    assert "is a draft of letters/other/letter.yaml, not of letters/test/letter.yaml" in out
    assert "hash lineage" in out

    # the right letter, but words no version of it ever had
    forged = tmp_path / "forged.docx"
    draft = ws / "letters" / "test" / "letter.docx"
    with zipfile.ZipFile(draft) as src, zipfile.ZipFile(forged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "docProps/custom.xml":
                version_hash = custom_properties(draft)["letterkit.content_hash"]
                data = data.replace(version_hash.encode(), b"0" * 64)
            dst.writestr(item, data)
    out = lk(ws, "signoff", "record", "test", "ngo-a", "approved", "--file", str(forged), code=1)
    assert "matches none of its versions (v1): it is not a version of this letter" in out

    stranger = tmp_path / "stranger.docx"
    docx.Document().save(str(stranger))
    out = lk(ws, "signoff", "import", "test", str(stranger), "--org", "ngo-a", code=1)
    assert "was not built by letterkit" in out
    (tmp_path / "text.docx").write_text("not a zip")
    out = lk(ws, "signoff", "import", "test", str(tmp_path / "text.docx"), "--org", "ngo-a", code=1)
    assert "not a zip archive" in out
    assert not (ws / "letters" / "test" / "signoff.yaml").exists()


def test_a_ledger_edited_into_invalid_yaml_is_located(ws: Path) -> None:
    lk(ws, "signoff", "invite", "test", "ngo-a")
    path = ws / "letters" / "test" / "signoff.yaml"
    text = path.read_text()
    path.write_text(text + "- event: approved\n  org: [ngo-b\n")
    before = path.read_text()
    out = lk(ws, "signoff", "status", "test", code=1)
    assert "signoff.yaml:8: invalid YAML" in out  # the line where the list is found unclosed
    out = lk(ws, "signoff", "record", "test", "ngo-a", "approved", code=1)
    assert path.read_text() == before

    path.write_text(text + "- event: approved\n  org: ngo-b\n  at: now\n  verison: 1\n")
    out = lk(ws, "signoff", "status", "test", code=1)
    assert "signoff.yaml:9: unknown key 'verison' in '[1]'" in out
    assert "did you mean 'version'?" in out


def test_two_record_commands_at_once_lose_no_entry(ws: Path) -> None:
    lk(ws, "build", str(ws / "letters" / "test" / "letter.yaml"))
    orgs = ["ngo-a", "ngo-b", "ngo-c", "ngo-a"] * 2
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "letterkit",
                "-w",
                str(ws),
                "signoff",
                "record",
                "test",
                org,
                "approved",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for org in orgs
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    entries = ledger(ws)
    assert sorted(e["org"] for e in entries) == sorted(orgs)
    assert all(e["version"] == 1 for e in entries)


def test_diff_needs_two_versions(ws: Path) -> None:
    lk(ws, "build", str(ws / "letters" / "test" / "letter.yaml"))
    out = lk(ws, "diff", "test", code=1)
    assert "1 version(s): nothing to compare yet" in out
    out = lk(ws, "diff", "test", "--from", "1", "--to", "3", code=1)
    assert "has no version 3 (versions: v1)" in out


def test_validate_reports_a_broken_ledger_with_the_other_problems(ws: Path) -> None:
    lk(ws, "signoff", "invite", "test", "ngo-a")
    path = ws / "letters" / "test" / "signoff.yaml"
    path.write_text(path.read_text() + "- event: approved\n  org: ngo-x\n  at: now\n")
    out = lk(ws, "validate", code=1)
    assert "signoff.yaml:7: unknown organisation 'ngo-x'" in out
    assert "letter spec" not in out  # the ledger is not mistaken for a spec


def test_a_file_edited_without_tracked_changes_is_not_an_approval(ws: Path, tmp_path: Path) -> None:
    spec = ws / "letters" / "test" / "letter.yaml"
    lk(ws, "signoff", "invite", "test", "ngo-a")
    lk(ws, "build", str(spec))
    document = docx.Document(str(spec.with_suffix(".docx")))
    para = next(p for p in document.paragraphs if p.text.startswith("Press for"))
    para.runs[0].text = "Demand "
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    out = lk(ws, "signoff", "record", "test", "ngo-a", "approved", "--file", str(edited), code=1)
    assert "edited outside tracked changes" in out and "--version 1" in out
    out = lk(ws, "signoff", "import", "test", str(edited), "--org", "ngo-a")
    assert "(the document): untracked edits" in out
    assert ledger(ws)[-1]["event"] == "changes-requested"


def test_final_refuses_words_nobody_saw_and_saves_no_version(ws: Path) -> None:
    spec = ws / "letters" / "test" / "letter.yaml"
    lk(ws, "build", str(spec))
    for org in ("ngo-a", "ngo-b", "ngo-c"):
        lk(ws, "signoff", "record", "test", org, "approved")
    spec.write_text(SPEC.replace("date: 2026-05-19", "date: 2026-05-20"))
    out = lk(ws, "build", str(spec), "--final", "--force", code=1)
    assert "changed since v1 sent as a draft" in out
    assert not (ws / "letters" / "test" / "versions" / "v2").exists()


def test_only_organisations_on_the_letter_can_decide(ws: Path) -> None:
    lk(ws, "build", str(ws / "letters" / "test" / "letter.yaml"))
    out = lk(ws, "signoff", "record", "test", "parliament", "approved", code=1)
    assert "neither a signatory in letter.yaml nor invited" in out


def test_inviting_again_after_a_decline_asks_again(ws: Path) -> None:
    lk(ws, "build", str(ws / "letters" / "test" / "letter.yaml"))
    lk(ws, "signoff", "record", "test", "ngo-c", "declined")
    assert "ngo-c" not in lk(ws, "signoff", "status", "test").split("waiting for:")[1]
    lk(ws, "signoff", "invite", "test", "ngo-c")
    assert "ngo-c" in lk(ws, "signoff", "status", "test").split("waiting for:")[1]


def test_redline_tracks_formatting_and_removed_footnotes() -> None:
    from letterkit.signoff.redline import redline

    old = "Keep **rights** on the agenda.[^a]\n\n[^a]: See the old letter.\n"
    new = "Keep rights on the agenda.\n"
    doc = redline(old, new)
    changes = [(r.text, r.bold, r.note, r.change) for r in doc.blocks[0].runs if r.change]
    assert ("rights", True, None, "del") in changes
    assert ("rights", False, None, "ins") in changes
    assert ("", False, "a", "del") in changes
    assert [p.change for p in doc.notes["a"]] == ["del"]


def test_the_draft_mark_is_on_a_letterhead_first_page_header(ws: Path, tmp_path: Path) -> None:
    letterhead = docx.Document()
    section = letterhead.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "ALPHA RIGHTS letterhead"
    path = tmp_path / "letterhead.docx"
    letterhead.save(str(path))
    spec = ws / "letters" / "test" / "letter.yaml"
    lk(ws, "build", str(spec), "--reference-docx", str(path))
    first = open_docx(spec.with_suffix(".docx")).sections[0].first_page_header
    assert [p.text for p in first.paragraphs] == [
        "DRAFT v1 — for sign-off — not for circulation",
        "ALPHA RIGHTS letterhead",
    ]
