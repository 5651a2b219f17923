"""`letterkit check`: every house-style check on small letters made for it, the three input
formats, the LanguageTool client against a test double of its server, and the CLI."""

from __future__ import annotations

import json
import re
import shutil
import socket
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import make_workspace, write
from letterkit.check import CheckReport, LanguageToolOptions, check_letter
from letterkit.cli import app
from letterkit.errors import LetterkitError
from lt_double import Behaviour, languagetool_double

# The server double stalls for 30 s where a test needs a timeout; a check that honours its
# timeouts (1 s to check, 3 s to connect and list the languages) ends long before this bound
# even on a loaded machine, one that does not, after it.
HONOURS_TIMEOUT = 20

STYLE = """\
preferred_terms:
  - use: Uyghur
    instead_of: [Uighur, Uygur]
  - use: organisations
    instead_of: [organizations]
max_sentence_words: 40
"""

LETTER = """\
::: {custom-style="Letter Date"}
19 May 2026
:::

Dear Members of the European Parliament,

Ahead of your visit to China, we write to you about {body}.

We urge you to:

- Call for the release of human rights defenders.[^1]
- Press for unfettered access to the region for journalists and diplomats.[^2]

::: {custom-style="Signatory"}
{signatories}
:::

[^1]: See *Alpha letter*, 10 January 2020.
[^2]: See *Beta letter*, June 2021.
"""

SIGNERS = "Alpha Rights\n\nBeta Watch\n"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    make_workspace(root)
    write(root / "catalog" / "style.yaml", STYLE)
    orgs = (root / "catalog" / "organisations.yaml").read_text()
    write(
        root / "catalog" / "organisations.yaml",
        orgs + "  - {id: uighur-assoc, name: Uighur Association, kind: ngo}\n",
    )
    return root


def limit_meps(root: Path, limit: str) -> None:
    """Give the MEPs audience of the fixture a length budget, e.g. "max_words: 60"."""
    path = root / "catalog" / "audiences.yaml"
    line = "    institution: the European Parliament\n"
    write(path, path.read_text().replace(line, f"{line}    {limit}\n"))


def draft(root: Path, body: str = "human rights", signatories: str = SIGNERS, **swap: str) -> Path:
    text = LETTER.replace("{body}", body).replace("{signatories}", signatories)
    for old, new in swap.items():
        text = text.replace(old.replace("_", " "), new)
    return write(root / "letters" / "test" / "draft.md", text)


def run(path: Path, lt: LanguageToolOptions | None = None) -> CheckReport:
    return check_letter(path, None, lt or LanguageToolOptions(disabled=True))


def found(report: CheckReport, check: str, severity: str = "error") -> list[tuple[str, str]]:
    return [
        (f.location, f.message)
        for f in report.findings
        if f.check == check and f.severity == severity
    ]


def problems(report: CheckReport) -> list[str]:
    return [
        f"{f.check} @ {f.location}: {f.message}" for f in report.findings if f.severity != "info"
    ]


def test_a_clean_letter_has_no_findings_and_exits_0(ws: Path) -> None:
    report = run(draft(ws))
    assert problems(report) == []
    assert report.exit_code == 0


# --- house style, one check at a time --------------------------------------------------------


def test_preferred_terms_flag_variants_but_not_names_titles_or_quotes(ws: Path) -> None:
    body = (
        "Uighur families and the organizations that help them. The Uighur Association "
        "wrote “Uighur voices matter”"
    )
    report = run(draft(ws, body))
    hits = found(report, "preferred-term")
    assert [message for _, message in hits] == [
        "“Uighur”: the coalition writes “Uyghur”",
        "“organizations”: the coalition writes “organisations”",
    ]
    assert all(location.startswith("draft.md:7") for location, _ in hits)
    suggestions = {f.suggestion for f in report.findings if f.check == "preferred-term"}
    assert suggestions == {"Uyghur", "organisations"}


def test_a_name_spelled_two_ways_is_reported_once(ws: Path) -> None:
    report = run(
        draft(ws, "Ilham Tohti, whom we met; we ask again for Ilham Tothi and Ilham Tohti")
    )
    hits = found(report, "name-spelling")
    assert len(hits) == 1
    assert "“Ilham Tothi”" in hits[0][1] and "“Ilham Tohti”" in hits[0][1]
    same = run(draft(ws, "Ilham Tohti; we ask again for Ilham Tohti and Gao Zhen"))
    assert found(same, "name-spelling") == []


@pytest.mark.parametrize("planted", ["{{ name }}", "[NAME]", "TODO", "XXX", "{% if x %}"])
def test_placeholders_left_in_are_errors(ws: Path, planted: str) -> None:
    report = run(draft(ws, f"human rights {planted} in China"))
    hits = found(report, "placeholder")
    assert len(hits) == 1 and planted.split()[0] in hits[0][1]
    assert hits[0][0] == "draft.md:7"


def test_footnote_integrity(ws: Path) -> None:
    text = LETTER.replace("{body}", "rights[^3] and more[^9]").replace("{signatories}", SIGNERS)
    text = text.replace("[^2]: See *Beta letter*, June 2021.", "[^2]:\n\n[^3]: x\n\n[^4]: Orphan.")
    report = run(write(ws / "letters" / "test" / "draft.md", text))
    messages = [m for _, m in found(report, "footnotes")]
    assert "a footnote reference (9) has no footnote text" in messages
    assert "the footnote is empty" in messages
    assert any("footnote 1 comes after footnote 3" in m for m in messages)
    orphans = found(report, "footnotes", "warning")
    line = text.splitlines().index("[^4]: Orphan.") + 1
    assert [loc for loc, _ in orphans] == [f"footnote [^4] (draft.md:{line})"]


def test_dates_precedent_after_letter_and_past_forthcoming_event(ws: Path) -> None:
    path = draft(
        ws,
        "the forthcoming summit on 2 May 2026",
        **{"June 2021": "June 2027"},
    )
    report = run(path)
    hits = found(report, "dates")
    assert ("footnote 2 (draft.md:20)", hits[1][1]) in hits or any(
        loc.startswith("footnote 2") and "June 2027" in msg for loc, msg in hits
    )
    assert any(loc == "draft.md:7" and "2 May 2026" in msg for loc, msg in hits)
    future = run(draft(ws, "the forthcoming summit on 2 June 2026"))
    assert found(future, "dates") == []


def test_two_asks_saying_the_same_thing_are_reported(ws: Path) -> None:
    path = draft(
        ws,
        **{
            "- Press for unfettered access to the region for journalists and diplomats.[^2]": (
                "- Press for unfettered access to the region for journalists and diplomats.[^2]\n"
                "- Press for unfettered access to the region for diplomats and journalists."
            )
        },
    )
    lines = path.read_text().splitlines()
    first = lines.index(
        "- Press for unfettered access to the region for journalists and diplomats.[^2]"
    )
    hits = found(run(path), "duplicate-ask", "warning")
    assert hits == [(f"draft.md:{first + 2}", hits[0][1])]
    assert f"draft.md:{first + 1}" in hits[0][1]


def test_long_sentences_and_the_audience_word_budget(ws: Path) -> None:
    limit_meps(ws, "max_words: 60")
    spec = (ws / "letters" / "test" / "letter.yaml").read_text()
    write(ws / "letters" / "test" / "letter.yaml", spec)
    long = " ".join(["words"] * 50)
    report = run(make_spec(ws, opening=f"We write about {long}. Short one."))
    lengths = found(report, "sentence-length", "warning")
    assert lengths == [(lengths[0][0], lengths[0][1])] and "53 words" in lengths[0][1]
    assert lengths[0][0] == "clause opening, sentence 1"
    budget = found(report, "length", "warning")
    assert budget and "keep to 60" in budget[0][1]


def test_signatories_none_duplicate_and_unknown(ws: Path) -> None:
    none = run(draft(ws, signatories=""))
    assert found(none, "signatories")[0][1] == "the letter has no signatories"
    twice = run(draft(ws, signatories="Alpha Rights\n\nBeta Watch\n\nAlpha Rights\n"))
    assert [m for _, m in found(twice, "signatories")] == ["“Alpha Rights” signs twice"]
    unknown = run(draft(ws, signatories="Alpha Rights\n\nBeta Wacth\n"))
    [finding] = [f for f in unknown.findings if f.check == "signatories"]
    assert finding.message == "“Beta Wacth” is not in catalog/organisations.yaml"
    assert finding.suggestion == "did you mean “Beta Watch”?"
    assert finding.location == "draft.md:17"


# --- a spec: findings point to clauses -------------------------------------------------------


def make_spec(
    ws: Path, opening: str | None = None, signatories: str = "[ngo-a, ngo-b]", extra: str = ""
) -> Path:
    opening_entry = f'  - id: opening\n    text: "{opening}"\n' if opening else "  - opening\n"
    return write(
        ws / "letters" / "test" / "letter.yaml",
        "audience: meps\noccasion: delegation-visit\ndate: 2026-05-19\n"
        "event: {date: 2026-06-01}\nsubject: S\nclauses:\n"
        + opening_entry
        + "  - id: release\n    vars: {names: [Ilham Tohti]}\n  - access\n"
        + extra
        + f"  - follow\n  - closing\nsignatories: {signatories}\n",
    )


def test_spec_findings_name_the_clause_and_sentence(ws: Path) -> None:
    path = make_spec(
        ws,
        opening="We write to you. Uighur lives matter.",
        extra="  - id: sanctions\n    vars: {officials: [them]}\n"
        "    text: Sanction those who detained Ilham Tothi.\n",
    )
    report = run(path)
    assert found(report, "preferred-term")[0][0] == "clause opening, sentence 2"
    [(location, message)] = found(report, "name-spelling")
    assert location == "clause sanctions" and "clause release" in message


def test_spec_with_unknown_or_repeated_signatories_is_reported_with_file_and_line(
    ws: Path,
) -> None:
    report = run(make_spec(ws, signatories="[ngo-a, ngo-zz, ngo-a]"))
    hits = found(report, "signatories")
    assert len(hits) == 2
    assert hits[0][0].endswith("letter.yaml:13")
    assert "unknown organisation 'ngo-zz'" in hits[0][1]
    assert "'ngo-a' signs twice" in hits[1][1]
    assert report.exit_code == 1


def test_an_event_in_the_past_spoken_of_as_forthcoming(ws: Path) -> None:
    path = make_spec(ws)
    path.write_text(path.read_text().replace("2026-06-01", "2026-04-01"))
    [(location, message)] = found(run(path), "dates")
    assert location == "clause opening" and "1 April 2026" in message


def test_overlap_with_earlier_letters_and_recent_asks_are_information(ws: Path) -> None:
    write(
        ws / "corpus" / "alpha.txt",
        "We write to you about rights. Call for the release of human rights defenders, "
        "including Ilham Tohti, without delay.\n",
    )
    letters = (ws / "corpus" / "letters.yaml").read_text()
    write(
        ws / "corpus" / "letters.yaml",
        letters.replace(
            "    authors: [ngo-a]\n    file:",
            "    audience: meps\n    authors: [ngo-a]\n    file:",
            1,
        ),
    )
    path = make_spec(ws)
    path.write_text(path.read_text().replace("2026-05-19", "2020-06-01"))
    report = run(path)
    [(_, overlap)] = found(report, "overlap", "info")
    assert overlap.startswith("1 of ") and "2020-01-10-alpha (1)" in overlap
    recent = found(report, "recent-ask", "info")
    assert [location for location, _ in recent] == ["clause release", "clause follow"]
    assert "10 January 2020 (2020-01-10-alpha)" in recent[0][1]
    assert report.exit_code == 0


# --- a DOCX ----------------------------------------------------------------------------------


def built_docx(ws: Path) -> Path:
    from letterkit.build import build_letter

    return build_letter(make_spec(ws), ws / "letters" / "test" / "letter.docx").path


def test_a_built_docx_checks_clean_and_knows_its_date_and_signatories(ws: Path) -> None:
    report = run(built_docx(ws))
    assert problems(report) == []


def edit_body(path: Path, change: Callable[[str], str]) -> str:
    """Rewrite word/document.xml of a DOCX as a person's editor might; returns the new XML."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    body = change(parts["word/document.xml"].decode())
    parts["word/document.xml"] = body.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return body


def test_docx_with_notes_out_of_order_and_a_planted_name(ws: Path) -> None:
    path = built_docx(ws)

    def swap_first_notes_and_misspell(body: str) -> str:
        ids = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body)
        assert len(ids) >= 2
        body = body.replace(f'w:id="{ids[0]}"/>', 'w:id="TMP"/>', 1)
        body = body.replace(f'w:id="{ids[1]}"/>', f'w:id="{ids[0]}"/>', 1)
        body = body.replace('w:id="TMP"/>', f'w:id="{ids[1]}"/>', 1)
        return body.replace("Beta Watch", "Beta Wacth")

    edit_body(path, swap_first_notes_and_misspell)
    report = run(path)
    order = found(report, "footnotes")
    assert order and order[0][0].startswith("paragraph ") and "LibreOffice" in order[0][1]
    [(location, message)] = found(report, "signatories")
    assert location.startswith("paragraph ") and "“Beta Wacth”" in location + message


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bad.docx", b"not a zip", "is not a Word document (it is not a zip archive)"),
        ("letter.odt", b"x", "letterkit checks letter specs (.yaml), .docx and .md files"),
        ("latin1.md", "caf\xe9".encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_bad_inputs_get_a_clear_message(ws: Path, name: str, data: bytes, expected: str) -> None:
    path = ws / name
    path.write_bytes(data)
    with pytest.raises(LetterkitError, match=re.escape(expected)):
        run(path)


# --- the starter examples, clean and with planted mistakes -----------------------------------


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from letterkit.starter import init_workspace

    root = tmp_path_factory.mktemp("starter") / "ws"
    init_workspace(root)
    return root


@pytest.mark.parametrize("name", ["meps-delegation-visit", "eu-china-summit"])
def test_the_example_letters_have_no_house_style_errors(starter: Path, name: str) -> None:
    report = run(starter / "letters" / name / "letter.yaml")
    assert problems(report) == []


def test_planted_mistakes_in_the_example_are_each_found_in_place(
    starter: Path, tmp_path: Path
) -> None:
    root = tmp_path / "planted"
    shutil.copytree(starter, root)
    spec = root / "letters" / "meps-delegation-visit" / "letter.yaml"
    text = spec.read_text()
    plants = {
        "  - release-hrds\n": "  - id: release-hrds\n    text: Call for the release of "
        "human rights defenders such as Ilham Tohti.\n",
        "  - whereabouts-disappeared\n": "  - id: whereabouts-disappeared\n    text: Ask where "
        "Ilham Tothi and other Uighur detainees are held.\n",
        "  - solidarity-statement\n": "  - id: solidarity-statement\n    text: Conclude your "
        "visit with a public statement naming [NAME].\n",
        "  - economic-model-trade\n": "  - id: economic-model-trade\n    text: Call for the "
        "release of human rights defenders such as Ilham Tohti.\n",
        "  date: 2026-12-07\n": "  date: 2026-11-01\n",
        "  - wuc\n": "  - wuc\n  - amnesty\n",
    }
    for old, new in plants.items():
        assert old in text
        text = text.replace(old, new)
    spec.write_text(text)
    report = run(spec)
    got = {(f.check, f.location) for f in report.findings if f.severity == "error"}
    assert got == {
        ("name-spelling", "clause whereabouts-disappeared"),
        ("preferred-term", "clause whereabouts-disappeared"),
        ("placeholder", "clause solidarity-statement"),
        ("dates", "clause opening-visit"),
        ("signatories", f"{spec}:{len(text.splitlines())}"),
    }
    [duplicate] = [f for f in report.findings if f.check == "duplicate-ask"]
    assert duplicate.location == "clause economic-model-trade"
    assert "clause release-hrds" in duplicate.message


# --- LanguageTool, through the test double of its server -------------------------------------


def lt(url: str, **kwargs: object) -> LanguageToolOptions:
    return LanguageToolOptions(server=url, **kwargs)  # type: ignore[arg-type]


def test_languagetool_findings_point_to_the_clause_and_skip_known_names(ws: Path) -> None:
    write(ws / "corpus" / "alpha.txt", "We stand with Ilham Tohti.\n")
    path = make_spec(ws, opening="We recieve your letter. We met Zebulon Quixwell, a error.")
    path.write_text(path.read_text().replace("[Ilham Tohti]", "[Ilham Tohti, Gao Zhen]"))
    with languagetool_double() as (url, behaviour):
        report = run(path, lt(url, disabled_rules=["SOME_RULE"], language="en-GB"))
    assert report.exit_code == 1
    assert report.languagetool == f"server {url}/"
    spelling = {f.message.split(":")[0]: f for f in report.findings if f.check == "spelling"}
    assert set(spelling) == {"“recieve”", "“Zebulon”", "“Quixwell”"}  # not Tohti, Gao, Zhen
    assert spelling["“recieve”"].location == "clause opening, sentence 1"
    assert spelling["“recieve”"].suggestion == "receive"
    assert spelling["“Quixwell”"].location == "clause opening, sentence 2"
    [grammar] = [f for f in report.findings if f.check == "grammar"]
    assert grammar.location == "clause opening, sentence 2" and "[EN_A_VS_AN]" in grammar.message
    [request] = behaviour.requests
    assert request["language"] == "en-GB"
    assert request["disabledRules"] == "SOME_RULE"
    assert "Alpha Rights" not in request["text"]  # signature lines are names, not prose


def test_disabled_rules_from_letterkit_toml_reach_the_server(ws: Path) -> None:
    toml = ws / "letterkit.toml"
    path = make_spec(ws, opening="We recieve your letter.")
    with languagetool_double() as (url, behaviour):
        toml.write_text(
            toml.read_text()
            + f'\n[languagetool]\nserver = "{url}"\ndisabled_rules = ["MORFOLOGIK_RULE_EN_GB"]\n'
        )
        result = CliRunner().invoke(app, ["check", str(path), "--json"])
    data = json.loads(result.stdout)
    assert behaviour.requests[0]["disabledRules"] == "MORFOLOGIK_RULE_EN_GB"
    assert [f for f in data["findings"] if f["check"] == "spelling"] == []
    assert data["complete"] is True and result.exit_code == 0


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        (Behaviour(fail_with=500), "internal server error"),
        (Behaviour(check_delay=30), "did not finish checking the letter within 1 s"),
        (Behaviour(languages_delay=30), "did not answer in time"),
        (Behaviour(check_reply=b'{"matches": [{"message": "x"}]}'), "does not understand"),
        (Behaviour(check_reply=b"<html>Bad gateway</html>"), "answered with an error"),
    ],
)
def test_a_failing_server_makes_the_check_incomplete_not_a_crash(
    ws: Path, behaviour: Behaviour, reason: str
) -> None:
    path = draft(ws, "the Uighur region")
    started = time.monotonic()
    with languagetool_double(behaviour) as (url, _):
        report = run(path, lt(url, timeout=1.0))
    assert time.monotonic() - started < HONOURS_TIMEOUT
    assert len(report.incomplete) == 1 and reason in report.incomplete[0]
    assert found(report, "preferred-term")  # the house style ran anyway
    assert report.exit_code == 1
    clean = run(draft(ws), lt(url, timeout=1.0))
    assert clean.exit_code == 3


def test_an_unreachable_server_is_reported_at_once(ws: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    report = run(draft(ws), lt(f"http://127.0.0.1:{port}"))
    assert time.monotonic() - started < 5
    assert report.exit_code == 3
    assert "cannot be reached: connection refused" in report.incomplete[0]
    assert "--lt-server" in report.incomplete[0] and "--no-languagetool" in report.incomplete[0]


def test_no_server_and_no_local_install_says_what_to_do(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    report = run(draft(ws), LanguageToolOptions())
    assert report.exit_code == 3
    assert "Java is not installed" in report.incomplete[0]
    assert "--lt-public" in report.incomplete[0]


# --- the command line ------------------------------------------------------------------------


def test_cli_exit_codes_and_json_fields(ws: Path) -> None:
    runner = CliRunner()
    clean = runner.invoke(app, ["check", str(draft(ws)), "--no-languagetool"])
    assert clean.exit_code == 0, clean.output
    assert "0 errors, 0 warnings" in clean.stdout
    dirty = runner.invoke(app, ["check", str(draft(ws, "TODO")), "--no-languagetool", "--json"])
    assert dirty.exit_code == 1
    data = json.loads(dirty.stdout)
    assert set(data["findings"][0]) == {"severity", "check", "message", "location", "suggestion"}
    assert data["counts"]["error"] == 1
    text = runner.invoke(app, ["check", str(draft(ws, "TODO")), "--no-languagetool"])
    assert "Errors (1)" in text.stdout and "draft.md:7  [placeholder]" in text.stdout


def test_cli_refuses_two_languagetool_sources_and_missing_files(ws: Path) -> None:
    runner = CliRunner()
    both = runner.invoke(app, ["check", str(draft(ws)), "--lt-server", "http://x", "--lt-public"])
    assert both.exit_code == 2 and "not both" in both.stderr
    missing = runner.invoke(app, ["check", str(ws / "nope.docx"), "--no-languagetool"])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


def test_java_without_a_languagetool_download_never_starts_a_download(
    ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    started = time.monotonic()
    report = run(draft(ws), LanguageToolOptions())
    assert time.monotonic() - started < 5
    assert "no local LanguageTool download was found" in report.incomplete[0]
    assert list((tmp_path / "empty").iterdir()) == []


def test_a_server_url_ending_in_v2_works_too(ws: Path) -> None:
    with languagetool_double() as (url, behaviour):
        report = run(draft(ws), lt(url + "/v2/"))
    assert report.incomplete == [] and len(behaviour.requests) == 1


def test_an_installed_languagetool_of_another_version_is_used_never_downloaded(
    ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import requests

    (tmp_path / "lt" / "LanguageTool-6.5").mkdir(parents=True)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setattr(shutil, "which", lambda name: "/bin/false")
    fetched: list[str] = []
    monkeypatch.setattr(requests, "get", lambda url, *a, **k: fetched.append(url))
    started = time.monotonic()
    report = run(draft(ws), LanguageToolOptions())
    assert time.monotonic() - started < 6
    assert report.exit_code == 3 and report.incomplete[0].startswith("LanguageTool was not run")
    assert not [url for url in fetched if url.endswith(".zip")]


def test_past_events_and_names_that_only_look_alike_are_not_errors(ws: Path) -> None:
    body = (
        "our letter of 17 July 2025, sent ahead of the previous summit. We met Tibetan "
        "Buddhism scholars and Tibetan Buddhist monks, European Parliament and European "
        "Parliamentary staff, the World Health Organization and the [PDF] of the report"
    )
    report = run(draft(ws, body))
    assert problems(report) == []


def test_lowercase_variants_at_a_sentence_start_and_bracketed_instructions(ws: Path) -> None:
    report = run(draft(ws, "rights. Organizations must act [insert name of the minister]"))
    assert [f.suggestion for f in report.findings if f.check == "preferred-term"] == [
        "Organisations"
    ]
    assert [m for _, m in found(report, "placeholder")] == [
        "placeholder left in the letter: “[insert name of the minister]”"
    ]


def test_a_docx_signature_block_without_the_signatory_style_is_still_found(ws: Path) -> None:
    path = built_docx(ws)
    body = edit_body(path, lambda xml: xml.replace('w:val="Signatory"', 'w:val="Normal"'))
    assert "Signatory" not in body
    assert found(run(path), "signatories") == []


def test_the_page_budget_of_the_audience(ws: Path) -> None:
    limit_meps(ws, "max_pages: 1")
    write(ws / "catalog" / "style.yaml", STYLE + "words_per_page: 20\n")
    [(location, message)] = found(run(make_spec(ws)), "length", "warning")
    assert location == "whole letter" and "at 20 words a page" in message
