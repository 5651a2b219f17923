"""Loading and validating a workspace: every problem at once, with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SPEC, make_workspace, write, write_clause
from letterkit.errors import LetterkitError, WorkspaceError
from letterkit.workspace import find_workspace, load_spec, load_workspace


def problems_of(root: Path) -> list[str]:
    with pytest.raises(WorkspaceError) as info:
        load_workspace(root)
    return [str(p) for p in info.value.problems]


def spec_problems(spec_path: Path) -> list[str]:
    ws = load_workspace(spec_path.parents[2])
    with pytest.raises(WorkspaceError) as info:
        load_spec(spec_path, ws)
    return [str(p) for p in info.value.problems]


def test_valid_workspace_loads(spec_path: Path) -> None:
    ws = load_workspace(spec_path.parents[2])
    assert set(ws.clauses) == {"opening", "release", "access", "sanctions", "follow", "closing"}
    assert ws.clauses["release"].body_line == 14


def test_workspace_is_found_from_a_subfolder(spec_path: Path) -> None:
    assert find_workspace(spec_path.parent) == spec_path.parents[2].resolve()


def test_no_workspace_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(LetterkitError) as info:
        find_workspace(tmp_path)
    assert "letterkit init" in str(info.value)


def test_malformed_yaml_reports_file_and_line(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write(
        tmp_path / "catalog" / "organisations.yaml",
        "organisations:\n  - id: a\n    name: [unclosed\n",
    )
    found = problems_of(tmp_path)
    assert any(p.startswith(f"{tmp_path / 'catalog' / 'organisations.yaml'}:") for p in found)
    assert any("invalid YAML" in p for p in found)


def test_malformed_front_matter_line_is_the_file_line(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write_clause(tmp_path, "Text.\n", front="id: closing\ntitle: [oops\nkind: closing\n")
    found = problems_of(tmp_path)
    clause_file = tmp_path / "clauses" / "closing.md"
    assert any(
        p.startswith(f"{clause_file}:4:") or p.startswith(f"{clause_file}:3:") for p in found
    ), found


def test_unknown_keys_are_errors_with_did_you_mean(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write_clause(tmp_path, "Text.\n", front="id: closing\ntitle: C\nkind: closing\nthemse: [x]\n")
    found = problems_of(tmp_path)
    assert f"{tmp_path / 'clauses' / 'closing.md'}:5: unknown key 'themse'" in found[0]
    assert "did you mean 'themes'?" in found[0]


def test_every_problem_is_reported_in_one_pass(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write_clause(tmp_path, "Text.\n", front="id: closing\ntitle: C\nkind: closng\n")
    write_clause(
        tmp_path,
        "T.\n",
        front="id: follow\ntitle: F\nkind: follow-up\nprecedents:\n  - letter: 2020-01-10-alpa\n",
        name="follow",
    )
    write(tmp_path / "catalog" / "audiences.yaml", "audiences:\n  - id: meps\n    nme: x\n")
    found = "\n".join(problems_of(tmp_path))
    assert "closing.md:4: kind" in found
    assert (
        "unknown letter '2020-01-10-alpa'" in found and "did you mean '2020-01-10-alpha'?" in found
    )
    assert "audiences.yaml:3: unknown key 'nme'" in found


def test_python_yaml_tags_are_refused(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write(
        tmp_path / "catalog" / "organisations.yaml",
        "organisations:\n  - !!python/object/apply:os.system ['echo pwned']\n",
    )
    found = problems_of(tmp_path)
    assert any("organisations.yaml:2: invalid YAML: Python-specific tags" in p for p in found)


def test_clause_id_must_match_file_name(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write_clause(tmp_path, "T.\n", front="id: closure\ntitle: C\nkind: closing\n")
    found = "\n".join(problems_of(tmp_path))
    assert "clause id 'closure' differs from the file name 'closing.md'" in found


def test_control_character_in_clause_body_is_located(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write_clause(tmp_path, "OK.\nBad\x0b.\n")
    found = "\n".join(problems_of(tmp_path))
    assert "closing.md:7: control character U+000B" in found


def test_unknown_ids_in_spec_suggest_close_matches(tmp_path: Path) -> None:
    spec = (
        SPEC.replace("audience: meps", "audience: mep")
        .replace("occasion: delegation-visit", "occasion: delegation-vist")
        .replace("  - access\n", "  - acess\n")
        .replace("[ngo-a, ngo-b]", "[ngo-a, ngo-c, ngo-a]")
    )
    path = make_workspace(tmp_path, spec)
    found = "\n".join(spec_problems(path))
    assert f"{path}:1: unknown audience 'mep'" in found and "did you mean 'meps'?" in found
    assert f"{path}:2: unknown occasion 'delegation-vist'" in found
    assert f"{path}:9: unknown clause 'acess'" in found and "did you mean 'access'?" in found
    assert "unknown organisation 'ngo-c'" in found
    assert "'ngo-a' signs twice" in found


def test_spec_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    path = make_workspace(tmp_path, SPEC.replace("subject:", "subjet: x\nsubject:"))
    found = "\n".join(spec_problems(path))
    assert f"{path}:4: unknown key 'subjet'" in found and "did you mean 'subject'?" in found


def test_impossible_date_is_a_located_error_not_a_crash(tmp_path: Path) -> None:
    path = make_workspace(tmp_path, SPEC.replace("2026-05-19", "2026-19-05"))
    found = "\n".join(spec_problems(path))
    assert f"{path}:3: invalid YAML: impossible date '2026-19-05'" in found


def test_missing_catalog_file_is_reported(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    (tmp_path / "catalog" / "occasions.yaml").unlink()
    found = "\n".join(problems_of(tmp_path))
    assert "occasions.yaml: file is missing" in found


def test_error_inside_a_list_item_points_at_that_item(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    write_clause(
        tmp_path,
        "T.\n",
        front="id: follow\ntitle: F\nkind: follow-up\nprecedents:\n"
        "  - letter: 2020-01-10-alpha\n  - letter: 2021-06-beta\n    qoute: x\n",
        name="follow",
    )
    found = "\n".join(problems_of(tmp_path))
    assert "follow.md:8: unknown key 'qoute' in 'precedents[1]'" in found
    assert "did you mean 'quote'?" in found
