"""The review step: the letter rendered in the terminal, footnotes listed at the end."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from letterkit.draft.plan import check_answers
from letterkit.workspace import Workspace

_DIV = re.compile(r"^:::.*$", re.MULTILINE)
_NOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*(.*)$", re.MULTILINE)
_NOTE_REF = re.compile(r"\[\^([^\]]+)\]")


def terminal_markdown(markdown: str) -> str:
    """Markdown a terminal renderer understands: numbered note marks, a Notes list at the end."""
    notes = dict(_NOTE_DEF.findall(markdown))
    body = _NOTE_DEF.sub("", markdown)
    numbers: dict[str, int] = {}
    for label in _NOTE_REF.findall(body):
        numbers.setdefault(label, len(numbers) + 1)
    body = _NOTE_REF.sub(lambda m: f" [{numbers[m.group(1)]}]", body)
    body = _DIV.sub("", body).strip()
    if numbers:
        body += "\n\n---\n\n**Notes**\n\n" + "\n".join(
            f"{n}. {notes.get(label, '(missing)')}" for label, n in numbers.items()
        )
    return body + "\n"


def show_letter(ws: Workspace, answers: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.panel import Panel

    from letterkit.compose import compose_letter

    spec = check_answers(answers, ws)
    composed = compose_letter(ws, spec, Path(ws.root / "letters" / "draft.yaml"))
    console = Console()
    console.print(Panel(Markdown(terminal_markdown(composed.markdown)), title=spec.subject))
