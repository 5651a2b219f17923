"""The interactive steps of `letterkit draft`, with questionary.

Nothing here writes a file: the wizard only fills a `Draft`. Adding an organisation puts it
in the workspace in memory; it reaches catalog/organisations.yaml only when the drafter
confirms at the review, so Ctrl-C at any step leaves every file as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import questionary
from questionary import Choice, Separator

from letterkit.draft.plan import (
    Draft,
    all_themes,
    as_choice,
    choice_id,
    new_organisation_id,
    ordered_choices,
    rank_clauses,
    recommended_clauses,
)
from letterkit.model import Organisation, format_partial_date
from letterkit.workspace import Workspace

NEW_ORG = "__new_organisation__"
SECTION_NAMES = {
    "opening": "Opening",
    "context": "Context",
    "ask": "Asks",
    "follow-up": "Follow-up asks",
    "closing": "Closing",
}


class Quit(Exception):
    """The drafter chose to quit at the review: nothing is written."""


class Wizard:
    def __init__(self, ws: Workspace, draft: Draft, from_spec: bool) -> None:
        self.ws = ws
        self.draft = draft
        self.answers = draft.answers
        self.clauses_chosen = from_spec  # until the drafter picks clauses, recommend afresh
        self.steps: list[tuple[str, Callable[[], None]]] = [
            ("audience", self.audience),
            ("occasion", self.occasion),
            ("event", self.event),
            ("date and subject", self.date_subject),
            ("themes", self.themes),
            ("clauses", self.clauses),
            ("order", self.order),
            ("rewording", self.reword),
            ("variables", self.variables),
            ("signatories", self.signatories),
        ]

    def run(self) -> Draft:
        index = 0
        while True:
            while index < len(self.steps):
                self.steps[index][1]()
                index += 1
            target = self.review()
            if target is None:
                return self.draft
            index = target

    # --- steps -------------------------------------------------------------------------------

    def audience(self) -> None:
        choices = [Choice(f"{a.name}  [{a.id}]", a.id) for a in self.ws.audiences.values()]
        self.answers["audience"] = _ask(
            questionary.select(
                "Who is the letter to?", choices, default=_default(choices, "audience", self)
            )
        )

    def occasion(self) -> None:
        choices = [Choice(f"{o.name}  [{o.id}]", o.id) for o in self.ws.occasions.values()]
        before = self.answers["occasion"]
        self.answers["occasion"] = _ask(
            questionary.select(
                "What is the occasion?", choices, default=_default(choices, "occasion", self)
            )
        )
        if self.answers["occasion"] != before:
            occasion = self.ws.occasions[self.answers["occasion"]]
            event = self.answers.setdefault("event", {})
            event["name"] = occasion.event_name or occasion.name

    def event(self) -> None:
        event = self.answers.setdefault("event", {})
        event["name"] = _ask(
            questionary.text("Name of the event:", default=str(event.get("name") or ""))
        ).strip()
        given = event.get("date")
        text = _ask(
            questionary.text(
                "Date of the event (YYYY-MM-DD, empty if not known):",
                default=given.isoformat() if isinstance(given, dt.date) else str(given or ""),
                validate=lambda v: not v.strip() or _is_date(v) or "a date like 2026-12-07",
            )
        ).strip()
        event["date"] = dt.date.fromisoformat(text) if text else None

    def date_subject(self) -> None:
        day = self.answers["date"]
        text = _ask(
            questionary.text(
                "Date of the letter (YYYY-MM-DD):",
                default=day.isoformat() if isinstance(day, dt.date) else str(day),
                validate=lambda v: _is_date(v) or "a date like 2026-11-23",
            )
        )
        self.answers["date"] = dt.date.fromisoformat(text.strip())
        self.answers["subject"] = _ask(
            questionary.text(
                "Subject:",
                default=str(self.answers.get("subject") or ""),
                validate=lambda v: bool(v.strip()) or "a letter needs a subject",
            )
        ).strip()

    def themes(self) -> None:
        chosen = set(self.draft.themes)
        choices = [Choice(t, t, checked=t in chosen) for t in all_themes(self.ws)]
        if not choices:
            return
        self.draft.themes = _ask(
            questionary.checkbox(
                "Themes to focus on (none ticked: all themes):", choices, use_jk_keys=False
            )
        )

    def clauses(self) -> None:
        if not self.clauses_chosen:
            self.answers["clauses"] = recommended_clauses(self.ws, self.answers, self.draft.themes)
        current = {choice_id(item): as_choice(item) for item in self.answers["clauses"]}
        ranked = rank_clauses(
            self.ws,
            self.answers["audience"],
            self.answers["occasion"],
            self.draft.themes,
            self.answers["date"],
        )
        choices: list[Any] = []
        section = None
        for item in ranked:
            if item.clause.kind != section:
                section = item.clause.kind
                choices.append(Separator(f"── {SECTION_NAMES[section]} ──"))
            choices.append(
                Choice(
                    item.line(),
                    item.clause.id,
                    checked=item.clause.id in current,
                    description=self._preview(item.clause.id),
                )
            )
        picked = _ask(
            questionary.checkbox(
                "Clauses (ticked: recommended; type to search, space to tick, enter when done):",
                choices,
                use_search_filter=True,
                use_jk_keys=False,
                validate=lambda v: bool(v) or "choose at least one clause",
            )
        )
        kept = [current.get(clause_id, {"id": clause_id}) for clause_id in picked]
        self.answers["clauses"] = ordered_choices(self.ws, kept)
        self.clauses_chosen = True

    def _preview(self, clause_id: str) -> str:
        clause = self.ws.clauses[clause_id]
        lines = [" ".join(clause.body.split())]  # the full wording, as a template
        for precedent in clause.precedents[:4]:
            source = self.ws.letters.get(precedent.letter)
            if source is not None:
                date = format_partial_date(source.iso_date) or "undated"
                lines.append(f"  · {date}: {source.title}")
        if len(clause.precedents) > 4:
            lines.append(f"  · and {len(clause.precedents) - 4} more")
        return "\n".join(lines)

    def order(self) -> None:
        items = self.answers["clauses"]
        if len(items) < 2:
            return
        for number, item in enumerate(items, start=1):
            clause = self.ws.clauses[choice_id(item)]
            print(f"  {number:>2}. [{SECTION_NAMES[clause.kind]}] {clause.title}")
        count = len(items)
        text = _ask(
            questionary.text(
                "New order as numbers (e.g. 2 1 3; sections stay in template order), "
                "Enter to keep:",
                validate=lambda v: _is_order(v, count) or f"each number from 1 to {count} once",
            )
        ).strip()
        if text:
            positions = [int(n) - 1 for n in text.replace(",", " ").split()]
            self.answers["clauses"] = ordered_choices(self.ws, [items[i] for i in positions])

    def reword(self) -> None:
        items = [as_choice(item) for item in self.answers["clauses"]]
        choices = [
            Choice(self.ws.clauses[item["id"]].title, index, checked=bool(item.get("text")))
            for index, item in enumerate(items)
        ]
        picked = _ask(
            questionary.checkbox(
                "Reword any clause for this letter only? (the library is untouched)",
                choices,
                use_jk_keys=False,
            )
        )
        for index, item in enumerate(items):
            if index not in picked:
                item.pop("text", None)
                continue
            original = " ".join(self.ws.clauses[item["id"]].body.split())
            text = _ask(
                questionary.text(
                    f"Wording of '{item['id']}' for this letter:",
                    default=str(item.get("text") or original),
                )
            ).strip()
            if text and text != original:
                item["text"] = text
            else:
                item.pop("text", None)
        self.answers["clauses"] = items

    def variables(self) -> None:
        items = [as_choice(item) for item in self.answers["clauses"]]
        for item in items:
            clause = self.ws.clauses[item["id"]]
            values = dict(item.get("vars") or {})
            for name, var in clause.variables.items():
                current = values.get(name, var.default)
                about = f"{var.type}{'' if var.required else ', optional'}"
                label = f"{clause.id} · {name} ({about}{'; ' + var.help if var.help else ''})"
                value = _ask_variable(label, var.type, current, var.required)
                if value == var.default and not var.required:
                    values.pop(name, None)
                else:
                    values[name] = value
            item["vars"] = values
        self.answers["clauses"] = items

    def signatories(self) -> None:
        chosen = list(self.answers.get("signatories") or [])
        while True:
            orgs = sorted(
                self.ws.organisations.values(),
                key=lambda o: (o.kind not in ("ngo", "coalition"), o.name.lower()),
            )
            choices: list[Any] = [
                Choice(f"{o.name}  [{o.id}]", o.id, checked=o.id in chosen) for o in orgs
            ]
            choices.append(Choice("+ Add an organisation that is not listed", NEW_ORG))
            picked = _ask(
                questionary.checkbox(
                    "Signatories (type to search):",
                    choices,
                    use_search_filter=True,
                    use_jk_keys=False,
                    validate=lambda v: (
                        bool([x for x in v if x != NEW_ORG])
                        or NEW_ORG in v
                        or "choose at least one organisation"
                    ),
                )
            )
            chosen = [org for org in picked if org != NEW_ORG]
            if NEW_ORG not in picked:
                break
            chosen.append(self._add_organisation())
        self.answers["signatories"] = chosen

    def _add_organisation(self) -> str:
        name = _ask(
            questionary.text(
                "Name of the organisation:",
                validate=lambda v: bool(v.strip()) or "give its name",
            )
        ).strip()
        short = _ask(questionary.text("Short name (optional):")).strip()
        kind = _ask(
            questionary.select(
                "Kind:",
                [
                    "ngo",
                    "coalition",
                    "institution",
                    "un-body",
                    "media",
                    "government",
                    "political-party",
                ],
                default="ngo",
            )
        )
        country = _ask(questionary.text("Country (optional):")).strip()
        org = Organisation(
            id=new_organisation_id(self.ws, name, short),
            name=name,
            short_name=short,
            kind=kind,
            country=country,
        )
        self.ws.organisations[org.id] = org
        self.draft.new_organisations.append(org)
        print(f"  added {org.name} [{org.id}]; it is saved to the catalog when you confirm")
        return org.id

    # --- review ------------------------------------------------------------------------------

    def review(self) -> int | None:
        """Show the letter; None to write it, or the index of the step to go back to."""
        from letterkit.draft.preview import show_letter

        show_letter(self.ws, self.answers)
        action = _ask(
            questionary.select(
                "Write this letter?",
                [
                    Choice("Write the spec and build the Word document", "write"),
                    Choice("Go back to a step", "back"),
                    Choice("Quit without writing anything", "quit"),
                ],
            )
        )
        if action == "write":
            return None
        if action == "quit":
            raise Quit
        names = [Choice(name, index) for index, (name, _) in enumerate(self.steps)]
        return int(_ask(questionary.select("Go back to:", names)))


def _ask(question: Any) -> Any:
    """Ask; Ctrl-C and end of input both stop the wizard with nothing written."""
    try:
        answer = question.unsafe_ask()
    except EOFError:
        raise KeyboardInterrupt from None
    if answer is None:
        raise KeyboardInterrupt
    return answer


def _default(choices: list[Choice], key: str, wizard: Wizard) -> Choice | None:
    value = wizard.answers.get(key)
    return next((c for c in choices if c.value == value), None)


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


def _is_order(text: str, count: int) -> bool:
    if not text.strip():
        return True
    parts = text.replace(",", " ").split()
    return all(p.isdigit() for p in parts) and sorted(int(p) for p in parts) == list(
        range(1, count + 1)
    )


def _ask_variable(label: str, kind: str, current: Any, required: bool) -> Any:
    if kind == "list":
        values: list[str] = []
        defaults = [str(v) for v in current] if isinstance(current, list) else []
        while True:
            default = defaults[len(values)] if len(values) < len(defaults) else ""
            message = f"{label}, one per line: item {len(values) + 1} (empty line to finish):"
            line = _ask(questionary.text(message, default=default)).strip()
            if not line:
                return values
            values.append(line)
    if kind == "bool":
        return bool(_ask(questionary.confirm(label, default=bool(current))))
    if kind == "number":
        text = _ask(
            questionary.text(
                label,
                default="" if current is None else str(current),
                validate=lambda v: _is_number(v) or "a number",
            )
        )
        return float(text) if "." in text else int(text)
    if kind == "date":
        text = _ask(
            questionary.text(
                f"{label} (YYYY-MM-DD):",
                default="" if current is None else str(current),
                validate=lambda v: _is_date(v) or "a date like 2026-12-07",
            )
        )
        return dt.date.fromisoformat(text.strip())
    return _ask(
        questionary.text(
            f"{label}:",
            default="" if current is None else str(current),
            validate=lambda v: bool(v.strip()) or not required or "this clause needs it",
        )
    ).strip()


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


__all__ = ["Quit", "Wizard"]
