"""Fixture workspaces built in tmp_path: small, readable, and independent of the starter."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

TOML = """\
name = "Test coalition"
language = "en-GB"
coordinator = "ngo-a"
"""

AUDIENCES = """\
audiences:
  - id: meps
    name: Members of the European Parliament
    addressee: [Members of the European Parliament]
    salutation: "Dear Members of the European Parliament,"
    institution: the European Parliament
  - id: eu-leaders
    name: Presidents of the Commission and the Council
    addressee: [President of the European Commission, President of the European Council]
    salutation: "Dear Presidents,"
    closing: "Yours sincerely,"
"""

OCCASIONS = """\
occasions:
  - id: delegation-visit
    name: Parliamentary delegation visit to China
    event_name: visit to China
    template: occasions/delegation-visit.md.j2
  - id: eu-china-summit
    name: EU-China summit
    event_name: EU-China summit
    template: occasions/eu-china-summit.md.j2
"""

ORGANISATIONS = """\
organisations:
  - {id: ngo-a, name: Alpha Rights, kind: ngo}
  - {id: ngo-b, name: Beta Watch, kind: ngo}
  - {id: parliament, name: European Parliament, kind: institution}
"""

LETTERS = """\
letters:
  - id: 2020-01-10-alpha
    title: Alpha letter
    date: 2020-01-10
    authors: [ngo-a]
    file: alpha.txt
    url: https://example.org/alpha
  - id: 2021-06-beta
    title: Beta letter
    date: 2021-06
    authors: [ngo-b]
    cited_only: true
  - id: 2026-05-19-same-day
    title: A letter of the same day
    date: 2026-05-19
    authors: [ngo-b]
    cited_only: true
  - id: 2030-01-01-future
    title: A letter from the future
    date: 2030-01-01
    authors: [ngo-a]
    cited_only: true
"""

CLAUSES = {
    "opening": """\
        ---
        id: opening
        title: Opening
        kind: opening
        ---
        Ahead of your forthcoming {{ event.name }}, we write to you.
        """,
    "release": """\
        ---
        id: release
        title: Release defenders
        kind: ask
        themes: [hrds]
        variables:
          names: {type: list, default: [], help: Named defenders}
        precedents:
          - letter: 2020-01-10-alpha
            quote: release them
          - letter: 2021-06-beta
          - letter: 2030-01-01-future
        ---
        Call for the release of human rights defenders
        {%- if names %}, including {{ names | join_and }}{% endif %}.
        """,
    "access": """\
        ---
        id: access
        title: Access
        kind: ask
        themes: [access]
        audiences: [meps]
        precedents:
          - letter: 2021-06-beta
            asker: European Parliament
          - letter: 2021-06-beta
            asker: UN experts
          - letter: 2026-05-19-same-day
        ---
        Press for *unfettered* access for **journalists**.
        """,
    "sanctions": """\
        ---
        id: sanctions
        title: Sanctions
        kind: ask
        themes: [sanctions]
        variables:
          officials: {type: list, help: Officials to sanction}
        ---
        Adopt sanctions against {{ officials | join_and }}.
        """,
    "follow": """\
        ---
        id: follow
        title: Follow up
        kind: follow-up
        precedents:
          - letter: 2020-01-10-alpha
        ---
        Keep human rights on the agenda.
        """,
    "closing": """\
        ---
        id: closing
        title: Closing
        kind: closing
        ---
        We look forward to meeting you.
        """,
}

SPEC = """\
audience: meps
occasion: delegation-visit
date: 2026-05-19
subject: Human rights during the visit
clauses:
  - opening
  - id: release
    vars: {names: [Ilham Tohti, Gao Zhen]}
  - access
  - follow
  - closing
signatories: [ngo-a, ngo-b]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


CLOSING_FRONT = "id: closing\ntitle: C\nkind: closing\n"


def write_clause(root: Path, body: str, front: str = CLOSING_FRONT, name: str = "closing") -> Path:
    """Replace a clause file of a fixture workspace: `---`, front matter, `---`, body."""
    return write(root / "clauses" / f"{name}.md", f"---\n{front}---\n{body}")


def make_workspace(root: Path, spec: str = SPEC) -> Path:
    """A small valid workspace; returns the path of its one letter spec."""
    write(root / "letterkit.toml", TOML)
    write(root / "catalog" / "audiences.yaml", AUDIENCES)
    write(root / "catalog" / "occasions.yaml", OCCASIONS)
    write(root / "catalog" / "organisations.yaml", ORGANISATIONS)
    write(root / "corpus" / "letters.yaml", LETTERS)
    write(root / "corpus" / "alpha.txt", "Alpha letter text.\n")
    for clause_id, text in CLAUSES.items():
        write(root / "clauses" / f"{clause_id}.md", text)
    return write(root / "letters" / "test" / "letter.yaml", spec)


@pytest.fixture
def spec_path(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "ws")
