"""`letterkit draft`: the wizard in a real pseudo-terminal, --answers and --defaults, the
no-terminal error, and a 2,000-clause library that filtering must not re-read."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from conftest import make_workspace, write
from letterkit.cli import app

pexpect = pytest.importorskip("pexpect", reason="pexpect drives the wizard in a pty")

LETTERKIT = str(Path(sys.executable).parent / "letterkit")
DOWN, SPACE, ENTER, BACKSPACE, CTRL_C = "\x1b[B", " ", "\r", "\x7f", "\x03"
# prompt_toolkit turns bracketed paste off when a prompt's application exits. Waiting for it
# after answering consumes every drawing of that prompt, so the next match is a new prompt.
PROMPT_CLOSED = "\x1b[?2004l"


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".cache" not in p.parts
    }


def spawn(root: Path, *args: str) -> pexpect.spawn:
    # pexpect never answers prompt_toolkit's cursor-position request. Two seconds later
    # prompt_toolkit prints a warning and draws the prompt again, with bracketed paste off and
    # on around it: on a busy machine a prompt matched twice and was answered twice (a CI run
    # put the officials' name in item 2). A real terminal answers; this one says it cannot.
    env = dict(
        os.environ,
        COLUMNS="200",
        LINES="60",
        XDG_CACHE_HOME=str(root / ".cache"),
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    child = pexpect.spawn(
        LETTERKIT,
        ["draft", *args],
        cwd=str(root),
        env=env,
        encoding="utf-8",
        dimensions=(60, 200),
        timeout=20,
    )
    return child


def answer(child: pexpect.spawn, prompt: str, *keys: str) -> None:
    child.expect(prompt)
    time.sleep(0.15)  # let prompt_toolkit finish drawing before it reads keys
    for key in keys:
        child.send(key)
        time.sleep(0.05)


def through_variables(child: pexpect.spawn, values: dict[str, str] | None = None) -> None:
    """Answer the variable prompts (Enter keeps the default) until the signatories show.

    A value in `values` answers item 1 of that list prompt; Enter ends the list after it.
    """
    values = values or {}
    keys = [re.escape(key) for key in values]
    first = [f"{key}[^\r\n]*item 1 " for key in keys]
    later = [f"{key}[^\r\n]*item (?!1 )[0-9]+ " for key in keys]
    # Any other variable's prompt. It must not match a named prompt's first words: the
    # terminal can deliver 'clause · name' before 'item 1', and Enter sent then would answer
    # the named prompt with its default.
    others = "".join(f"(?!{key})" for key in keys)
    while True:
        index = child.expect(
            [*first, *later, rf"(?<![a-z0-9-]){others}[a-z0-9-]+ · [a-z_]+", "Signatories"]
        )
        if index == 2 * len(keys) + 1:
            return
        time.sleep(0.15)
        child.send(list(values.values())[index] + ENTER if index < len(keys) else ENTER)
        child.expect_exact(PROMPT_CLOSED)


# The prompts before the variables, in the order the wizard asks them.
STEPS = (
    "Who is the letter to",
    "What is the occasion",
    "Name of the event",
    "Date of the event",
    "Date of the letter",
    "Subject",
    "Themes",
    "Clauses",
    "New order",
    "Reword any clause",
)


def accept(child: pexpect.spawn, *prompts: str) -> None:
    """Press Enter at each prompt: keep its default."""
    for prompt in prompts:
        answer(child, prompt, ENTER)


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    from letterkit.starter import init_workspace

    root = tmp_path / "ws"
    init_workspace(root)
    return root


def test_the_wizard_in_a_terminal_with_answers_other_than_the_defaults(starter: Path) -> None:
    child = spawn(starter, "summit-note")
    answer(child, "Who is the letter to", DOWN, ENTER)  # eu-leaders, not the first audience
    answer(child, "What is the occasion", ENTER)
    answer(child, "Name of the event", ENTER)
    answer(child, "Date of the event", "2026-12-07", ENTER)
    answer(child, "Date of the letter", *[BACKSPACE] * 10, "2026-11-23", ENTER)
    answer(child, "Subject", ENTER)
    answer(child, "Themes", ENTER)
    # untick a recommended clause found by search, then search and tick another
    answer(child, "Clauses", *"solidarity", SPACE, *[BACKSPACE] * 10, *"sanction", SPACE, ENTER)
    answer(child, "New order", ENTER)
    answer(child, "Reword any clause", ENTER)
    through_variables(child, {"targeted-sanctions · officials": "Erkin Tuniyaz"})
    for key in (*"Add", SPACE, ENTER):  # the signatories prompt is showing
        child.send(key)
        time.sleep(0.05)
    answer(child, "Name of the organisation", "Tibet Justice Center", ENTER)
    answer(child, "Short name", ENTER)
    answer(child, "Kind", ENTER)
    answer(child, "Country", "Canada", ENTER)
    answer(child, "Signatories", ENTER)
    answer(child, "Write this letter", ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before

    spec = yaml.safe_load((starter / "letters" / "summit-note" / "letter.yaml").read_text())
    assert spec["audience"] == "eu-leaders"
    assert spec["date"] == dt.date(2026, 11, 23)
    assert spec["event"] == {"name": "visit to China", "date": dt.date(2026, 12, 7)}
    ids = [c if isinstance(c, str) else c["id"] for c in spec["clauses"]]
    assert "solidarity-statement" not in ids
    assert {"id": "targeted-sanctions", "vars": {"officials": ["Erkin Tuniyaz"]}} in spec["clauses"]
    assert spec["signatories"] == ["amnesty", "tibet-justice-center"]
    catalog = yaml.safe_load((starter / "catalog" / "organisations.yaml").read_text())
    added = [o for o in catalog["organisations"] if o["id"] == "tibet-justice-center"]
    assert added == [
        {
            "id": "tibet-justice-center",
            "name": "Tibet Justice Center",
            "kind": "ngo",
            "country": "Canada",
        }
    ]

    import docx

    document = docx.Document(str(starter / "letters" / "summit-note" / "letter.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Erkin Tuniyaz" in text
    assert "Dear Presidents," in text
    signers = [p.text for p in document.paragraphs if p.style.name == "Signatory"]
    assert signers == ["Amnesty International", "Tibet Justice Center"]


def test_ctrl_c_at_any_step_writes_nothing(starter: Path) -> None:
    before = snapshot(starter)
    child = spawn(starter, "interrupted")
    accept(child, *STEPS[: STEPS.index("Clauses")])
    answer(child, "Clauses", CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "nothing was written" in child.before
    assert snapshot(starter) == before


def test_quitting_at_the_review_after_adding_an_organisation_writes_nothing(
    starter: Path,
) -> None:
    before = snapshot(starter)
    child = spawn(starter, "quitter")
    accept(child, *STEPS)
    through_variables(child)
    for key in (*"Add", SPACE, ENTER):
        child.send(key)
        time.sleep(0.05)
    answer(child, "Name of the organisation", "Never Saved", ENTER)
    answer(child, "Short name", ENTER)
    answer(child, "Kind", ENTER)
    answer(child, "Country", ENTER)
    answer(child, "Signatories", ENTER)
    answer(child, "Write this letter", DOWN, DOWN, ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "quit; nothing was written" in child.before
    assert snapshot(starter) == before


# --- without a terminal ----------------------------------------------------------------------


def test_defaults_give_a_valid_spec_and_a_docx(starter: Path) -> None:
    result = CliRunner().invoke(app, ["-w", str(starter), "draft", "quick", "--defaults"])
    assert result.exit_code == 0, result.output
    spec_path = starter / "letters" / "quick" / "letter.yaml"
    docx_path = starter / "letters" / "quick" / "letter.docx"
    assert result.stdout.strip() == str(docx_path)
    spec = yaml.safe_load(spec_path.read_text())
    assert spec["audience"] == "meps" and spec["signatories"] == ["amnesty"]
    assert "opening-visit" in spec["clauses"]
    check = CliRunner().invoke(
        app, ["-w", str(starter), "check", str(spec_path), "--no-languagetool"]
    )
    assert check.exit_code == 0, check.stdout


def test_answers_file_with_the_spec_keys(starter: Path, tmp_path: Path) -> None:
    answers = write(
        tmp_path / "answers.yaml",
        """\
        audience: eu-leaders
        occasion: eu-china-summit
        date: 2027-03-22
        subject: Human rights at the summit
        clauses:
          - opening-summit
          - id: release-hrds
            vars: {names: [Ilham Tohti]}
          - closing-general
        signatories: [hrw, amnesty]
        """,
    )
    result = CliRunner().invoke(
        app, ["-w", str(starter), "draft", "from-file", "--answers", str(answers)]
    )
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load((starter / "letters" / "from-file" / "letter.yaml").read_text())
    assert spec["clauses"][1] == {"id": "release-hrds", "vars": {"names": ["Ilham Tohti"]}}
    assert spec["signatories"] == ["hrw", "amnesty"]
    import docx

    document = docx.Document(str(starter / "letters" / "from-file" / "letter.docx"))
    assert any("Ilham Tohti" in p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("audience: eu-leaders\nsubjetc: X\n", "answers.yaml:2: unknown key 'subjetc'"),
        ("audience: eu-leader\n", "answers.yaml:1: unknown audience 'eu-leader'"),
        ("signatories: [hrw, amnesti]\n", "unknown organisation 'amnesti'"),
        ("audience: [unclosed\n", "answers.yaml:"),
    ],
)
def test_bad_answers_files_name_file_and_line_and_write_nothing(
    starter: Path, tmp_path: Path, content: str, expected: str
) -> None:
    before = snapshot(starter)
    answers = write(tmp_path / "answers.yaml", content)
    result = CliRunner().invoke(
        app, ["-w", str(starter), "draft", "bad", "--answers", str(answers)]
    )
    assert result.exit_code == 1
    assert expected in result.stderr
    assert snapshot(starter) == before


def test_without_a_terminal_it_stops_at_once_naming_both_flags(starter: Path) -> None:
    result = CliRunner().invoke(app, ["-w", str(starter), "draft", "x"])
    assert result.exit_code == 2
    assert "--answers FILE" in result.stderr and "--defaults" in result.stderr
    assert not (starter / "letters" / "x").exists()


def test_drafting_an_existing_spec_starts_from_its_answers(tmp_path: Path) -> None:
    spec_path = make_workspace(tmp_path / "ws")
    result = CliRunner().invoke(app, ["-w", str(tmp_path / "ws"), "draft", "test", "--defaults"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(spec_path.read_text())
    assert {"id": "release", "vars": {"names": ["Ilham Tohti", "Gao Zhen"]}} in spec["clauses"]
    assert spec["signatories"] == ["ngo-a", "ngo-b"]


# --- a large library -------------------------------------------------------------------------


def test_a_2000_clause_library_is_filtered_in_memory(tmp_path: Path) -> None:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from letterkit.draft.plan import Draft, default_answers
    from letterkit.draft.wizard import Wizard
    from letterkit.workspace import load_workspace

    root = tmp_path / "ws"
    make_workspace(root)
    for number in range(2000):
        write(
            root / "clauses" / f"gen-{number:04d}.md",
            f"---\nid: gen-{number:04d}\ntitle: Generated ask number {number}\nkind: ask\n"
            f"themes: [theme-{number % 17}]\nprecedents:\n  - letter: 2020-01-10-alpha\n---\n"
            f"Ask number {number} of the generated library.\n",
        )
    ws = load_workspace(root)
    assert len(ws.clauses) == 2006
    wizard = Wizard(ws, Draft(default_answers(ws, dt.date(2026, 5, 19))), from_spec=False)
    opened: list[str] = []

    def audit(event: str, args: tuple[object, ...]) -> None:
        if event == "open" and str(args[0]).startswith(str(root)):
            opened.append(str(args[0]))

    sys.addaudithook(audit)
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        keys.send_text("1999" + SPACE + BACKSPACE * 4 + "1234" + SPACE + ENTER)
        started = time.perf_counter()
        wizard.clauses()
        elapsed = time.perf_counter() - started
    picked = [c if isinstance(c, str) else c["id"] for c in wizard.answers["clauses"]]
    assert "gen-1999" in picked and "gen-1234" in picked
    assert opened == []  # not one file read while showing and filtering 2,006 clauses
    (root / "letterkit.toml").read_text()
    assert opened  # the audit hook does see file reads
    print(f"2,006-clause prompt with 10 keystrokes: {elapsed * 1000:.0f} ms")


def test_end_of_input_at_a_prompt_writes_nothing(starter: Path) -> None:
    before = snapshot(starter)
    child = spawn(starter, "eof")
    accept(child, *STEPS[: STEPS.index("Date of the event")])
    answer(child, "Date of the event", "\x04")  # Ctrl-D on an empty line: end of input
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert snapshot(starter) == before


# --- single steps, in process ----------------------------------------------------------------


def wizard_with_keys(tmp_path: Path) -> Any:
    from letterkit.draft.plan import Draft, default_answers
    from letterkit.draft.wizard import Wizard
    from letterkit.workspace import load_workspace

    root = tmp_path / "ws"
    make_workspace(root)
    ws = load_workspace(root)
    answers = default_answers(ws, dt.date(2026, 5, 19))
    answers["clauses"] = ["opening", "release", "access", "closing"]
    return Wizard(ws, Draft(answers), from_spec=True)


def run_step(step: Any, keys: str) -> Any:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        return step()


def test_reordering_the_clauses_keeps_the_template_sections(tmp_path: Path) -> None:
    wizard = wizard_with_keys(tmp_path)
    run_step(wizard.order, "4 3 1 2" + ENTER)
    assert wizard.answers["clauses"] == ["opening", "access", "release", "closing"]


def test_rewording_a_clause_goes_into_the_spec_not_the_library(tmp_path: Path) -> None:
    wizard = wizard_with_keys(tmp_path)
    library = snapshot(tmp_path / "ws")
    run_step(wizard.reword, DOWN + DOWN + SPACE + ENTER + "\x15Press for access now." + ENTER)
    assert wizard.answers["clauses"][2] == {"id": "access", "text": "Press for access now."}
    assert snapshot(tmp_path / "ws") == library


def test_the_review_can_go_back_to_a_step(tmp_path: Path) -> None:
    wizard = wizard_with_keys(tmp_path)
    wizard.answers["clauses"] = ["opening", "access", "closing"]
    assert run_step(wizard.review, DOWN + ENTER + DOWN + ENTER) == 1  # the occasion step
