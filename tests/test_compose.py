"""Composition: spec + clauses + templates -> Markdown with footnotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SPEC, make_workspace, write, write_clause
from letterkit.compose import compose_letter, join_and, longdate
from letterkit.errors import LetterkitError, TemplateError
from letterkit.workspace import load_spec, load_workspace


def compose(spec_path: Path):
    ws = load_workspace(spec_path.parents[2])
    return compose_letter(ws, load_spec(spec_path, ws), spec_path)


def test_letter_has_sections_in_template_order(spec_path: Path) -> None:
    md = compose(spec_path).markdown
    order = [
        "To the attention of",
        "19 May 2026",
        "Dear Members of the European Parliament,",
        "Ahead of your forthcoming visit to China, we write to you.",
        "During your visit, we strongly urge you",
        "- Call for the release of human rights defenders, including Ilham Tohti and Gao Zhen.",
        "- Press for *unfettered* access for **journalists**.",
        "Follow up on this visit with sustained efforts to:",
        "- Keep human rights on the agenda.",
        "We look forward to meeting you.",
        "Alpha Rights",
        "Beta Watch",
    ]
    positions = [md.index(text) for text in order]
    assert positions == sorted(positions)


def test_clauses_are_grouped_by_kind_whatever_the_spec_order(tmp_path: Path) -> None:
    spec = SPEC.replace("  - opening\n", "").replace("  - closing\n", "  - closing\n  - opening\n")
    md = compose(make_workspace(tmp_path, spec)).markdown
    assert md.index("Ahead of your forthcoming") < md.index("Call for the release")
    assert md.index("Call for the release") < md.index("We look forward")


def test_precedent_footnotes_cite_newest_first_and_skip_later_letters(spec_path: Path) -> None:
    letter = compose(spec_path)
    notes = dict(letter.footnotes)
    assert notes["release"] == (
        "See *Beta letter*, June 2021; [Alpha letter](https://example.org/alpha), 10 January 2020."
    )
    assert "future" not in letter.markdown
    assert "same day" not in letter.markdown  # a letter never cites itself or its own day


def test_two_precedents_from_one_letter_make_one_citation(spec_path: Path) -> None:
    notes = dict(compose(spec_path).footnotes)
    assert notes["access"] == "See *Beta letter* (European Parliament and UN experts), June 2021."


def test_footnote_references_follow_the_order_of_the_text(spec_path: Path) -> None:
    md = compose(spec_path).markdown
    refs = re.findall(r"\[\^([a-z-]+)\](?!:)", md)
    defs = re.findall(r"^\[\^([a-z-]+)\]:", md, flags=re.M)
    assert refs == ["release", "access", "follow"]
    assert defs == refs


def test_only_asks_cite_unless_a_passage_asks_to(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    opening = tmp_path / "clauses" / "opening.md"
    cited = "precedents:\n  - letter: 2020-01-10-alpha\n---"
    opening.write_text(opening.read_text().replace("---\nAhead", cited + "\nAhead", 1))
    assert "[^opening]" not in compose(path).markdown
    opening.write_text(opening.read_text().replace("precedents:", "cite: true\nprecedents:"))
    assert "we write to you.[^opening]" in compose(path).markdown


def test_clause_without_precedents_gets_no_footnote(spec_path: Path) -> None:
    md = compose(spec_path).markdown
    assert "We look forward to meeting you.\n" in md
    assert "[^closing]" not in md


def test_per_letter_override_changes_only_this_letter(tmp_path: Path) -> None:
    spec = SPEC.replace(
        "  - access\n", '  - id: access\n    text: "Insist on access to {{ event.name }}."\n'
    )
    path = make_workspace(tmp_path, spec)
    md = compose(path).markdown
    assert "- Insist on access to visit to China.[^access]" in md
    assert "unfettered" in (tmp_path / "clauses" / "access.md").read_text()


def test_missing_required_variable_names_clause_and_variable(tmp_path: Path) -> None:
    path = make_workspace(tmp_path, SPEC.replace("  - follow\n", "  - follow\n  - sanctions\n"))
    with pytest.raises(LetterkitError) as info:
        compose(path)
    assert "clause 'sanctions' needs the variable 'officials'" in str(info.value)
    assert str(path) in str(info.value)


def test_unknown_variable_in_spec_suggests_the_right_one(tmp_path: Path) -> None:
    path = make_workspace(tmp_path, SPEC.replace("{names:", "{nmes:"))
    with pytest.raises(LetterkitError) as info:
        compose(path)
    assert "has no variable 'nmes'" in str(info.value)
    assert "did you mean 'names'?" in str(info.value)


def test_undeclared_variable_in_clause_body_is_reported(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    write_clause(tmp_path, "Bye {{ who }}.\n")
    with pytest.raises(TemplateError) as info:
        compose(path)
    assert "clause 'closing' uses the variable 'who'" in str(info.value)


def test_jinja_syntax_error_in_clause_points_to_file_and_line(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    write_clause(tmp_path, "First line.\nBye {% if %}.\n")
    with pytest.raises(TemplateError) as info:
        compose(path)
    assert f"{tmp_path / 'clauses' / 'closing.md'}:7:" in str(info.value)


def test_jinja_syntax_error_in_template_names_template_and_line(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    write(tmp_path / "templates" / "occasions" / "delegation-visit.md.j2", "Hello\n{% for %}\n")
    with pytest.raises(TemplateError) as info:
        compose(path)
    message = str(info.value)
    assert "delegation-visit.md.j2:2:" in message
    assert "syntax error" in message


def test_workspace_template_overrides_bundled_one(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    write(tmp_path / "templates" / "partials" / "salutation.md.j2", "Hello, friends,\n")
    md = compose(path).markdown
    assert "Hello, friends," in md
    assert "Dear Members" not in md


def test_templates_run_sandboxed(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    write_clause(tmp_path, "{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(TemplateError) as info:
        compose(path)
    assert "unsafe" in str(info.value) or "not safely" in str(info.value)


def test_control_characters_in_values_are_refused(tmp_path: Path) -> None:
    # YAML's "\a" escape smuggles a BEL character past the YAML reader into the text.
    spec = SPEC.replace("{names: [Ilham Tohti, Gao Zhen]}", '{names: ["Gao\\aZhen"]}')
    path = make_workspace(tmp_path, spec)
    with pytest.raises(LetterkitError) as info:
        compose(path)
    assert "clause 'release' contains the control character U+0007" in str(info.value)


def test_filters() -> None:
    assert join_and(["a"]) == "a"
    assert join_and(["a", "b", "c"]) == "a, b and c"
    assert join_and([]) == ""
    import datetime as dt

    assert longdate(dt.date(2026, 5, 9)) == "9 May 2026"
    assert longdate("2022-03") == "March 2022"
