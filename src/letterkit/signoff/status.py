"""Where each organisation stands on the current text, and what changed since it approved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from letterkit.compose import longdate
from letterkit.errors import OutputError, Problem
from letterkit.model import LetterSpec
from letterkit.signoff.files import LetterFiles
from letterkit.signoff.ledger import DECISIONS, load_ledger
from letterkit.signoff.versions import (
    ClauseText,
    LetterText,
    Version,
    letter_text,
    load_versions,
    next_version,
)
from letterkit.workspace import Workspace


@dataclass
class OrgStatus:
    org: str
    name: str
    contact: str
    state: str = "not invited"  # invited | approved | declined | changes-requested
    version: int | None = None  # the version its latest decision was about
    content_hash: str | None = None
    by: str = ""
    note: str = ""
    changed: list[str] = field(default_factory=list)  # what changed since its approval

    @property
    def stale(self) -> bool:
        return self.state == "approved" and bool(self.changed)

    @property
    def covers_current(self) -> bool:
        return self.state == "approved" and not self.changed

    def describe(self) -> str:
        """One line for a status table or the sign-off sheet."""
        if self.state in ("not invited", "invited"):
            return "not invited yet" if self.state == "not invited" else "invited, no reply yet"
        text = f"{self.state} v{self.version}" if self.version else self.state
        if self.stale:
            text += " — STALE: changed since: " + ", ".join(self.changed)
        return text


@dataclass
class Round:
    files: LetterFiles
    versions: list[Version]
    text: LetterText
    version: int  # the version number of the current text
    new_version: bool  # the current text is not saved as a version yet
    orgs: list[OrgStatus]
    deadline: dt.date | None
    signatories: list[str]  # the spec's, in the coalition's order

    def must_approve(self) -> list[OrgStatus]:
        return [
            o
            for o in self.orgs
            if o.org in self.signatories and o.state != "declined" and not o.covers_current
        ]

    def final_signatories(self, force: bool) -> list[str]:
        """Who signs the final letter: the spec's signatories whose approval covers the
        current text, in the spec's order. Invited organisations sign once the spec lists them."""
        if self.new_version:
            since = f"since v{self.versions[-1].version}" if self.versions else "and were never"
            raise OutputError(
                f"cannot build the final letter: its words changed {since} sent as a draft, "
                "so nobody has approved them yet",
                hint="build the draft (it becomes the next version) and have it approved",
            )
        missing = self.must_approve()
        signers = [o.org for o in self.orgs if o.org in self.signatories and o.covers_current]
        if missing and not force:
            raise OutputError(
                f"cannot build the final letter: {len(missing)} organisation(s) have not "
                f"approved the current text (v{self.version}):",
                hint="record their approvals with `letterkit signoff record`, or build with "
                "--force to sign only with the organisations that approved",
                problems=[Problem(f"{o.name} ({o.org}): {o.describe()}") for o in missing],
            )
        if not signers:
            raise OutputError(
                f"cannot build the final letter: no signatory has approved v{self.version}",
                hint="record approvals with `letterkit signoff record`",
            )
        return signers

    def header(self) -> str:
        by = f" by {longdate(self.deadline)}" if self.deadline else ""
        return f"DRAFT v{self.version} — for sign-off{by} — not for circulation"


def load_round(ws: Workspace, files: LetterFiles, spec: LetterSpec) -> Round:
    text = letter_text(ws, spec, files.spec)
    versions = load_versions(files)
    entries = load_ledger(files.ledger, ws)
    seen = max((e.version or 0 for e in entries), default=0)
    number, new = next_version(versions, text.content_hash, seen)
    by_number = {v.version: v for v in versions}
    order = list(spec.signatories) + [e.org for e in entries if e.org not in spec.signatories]
    orgs: dict[str, OrgStatus] = {}
    for org_id in order:
        if org_id not in orgs:
            org = ws.organisations[org_id]
            orgs[org_id] = OrgStatus(org_id, org.name, org.contact)
    deadline = None
    for entry in entries:
        status = orgs[entry.org]
        if entry.event == "invited":
            if status.state in ("not invited", "declined"):  # asked again after saying no
                status.state, status.version = "invited", None
            deadline = entry.deadline or deadline
        elif entry.event in DECISIONS:
            status.state, status.version = entry.event, entry.version
            status.content_hash, status.by, status.note = entry.content_hash, entry.by, entry.note
    for status in orgs.values():
        if status.state == "approved" and status.content_hash != text.content_hash:
            approved = by_number.get(status.version or 0)
            status.changed = changed_clauses(approved.clauses if approved else [], text.clauses)
    return Round(
        files,
        versions,
        text,
        number,
        new,
        list(orgs.values()),
        deadline,
        list(spec.signatories),
    )


def changed_clauses(old: list[ClauseText], new: list[ClauseText]) -> list[str]:
    """The clauses whose words or footnote differ, were added or removed; else the rest."""
    before = {c.id: c for c in old}
    after = {c.id: c for c in new}
    changed = []
    for c in new:
        if c.id not in before:
            changed.append(f"{c.id} (added)")
        elif (before[c.id].text, before[c.id].note) != (c.text, c.note):
            changed.append(c.id)
    changed += [f"{c.id} (removed)" for c in old if c.id not in after]
    if not changed and [c.id for c in old] != [c.id for c in new]:
        changed.append("clause order")
    return changed or ["text outside the clauses"]


def status_table(rnd: Round) -> str:
    if not rnd.orgs:
        return f"{rnd.files.name}: nobody invited and no signatories yet"
    head = f"{rnd.files.name}: current text is v{rnd.version}"
    if rnd.new_version:
        head += " (not built yet: `letterkit build` saves it)"
    if rnd.deadline:
        head += f"; sign-off by {longdate(rnd.deadline)}"
    rows = [("ORGANISATION", "STATE", "VERSION", "")]
    for o in rnd.orgs:
        flag = ("STALE: " + ", ".join(o.changed)) if o.stale else ""
        if o.org not in rnd.signatories:
            flag = (flag + "; " if flag else "") + "not among the spec's signatories"
        version = f"v{o.version}" if o.version else "-"
        rows.append((o.org, o.state, version, flag))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [head, ""]
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:3])]
        lines.append(("  ".join(cells) + "  " + row[3]).rstrip())
    ready = not rnd.must_approve()
    lines.append("")
    lines.append(
        "ready: every organisation approved the current text; `letterkit build --final`"
        if ready
        else f"waiting for: {', '.join(o.org for o in rnd.must_approve())}"
    )
    return "\n".join(lines)
