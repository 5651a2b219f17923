"""The one error root. The CLI prints these plainly; anything else is a bug."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Problem:
    """One thing wrong with one place in one file."""

    message: str
    file: Path | str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        text = where + self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


@dataclass
class LetterkitError(Exception):
    """An error the user can act on: it names the file, the line and what to do."""

    message: str
    file: Path | str | None = None
    line: int | None = None
    hint: str | None = None
    problems: list[Problem] = field(default_factory=list)
    exit_code: int = 1

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        head = str(Problem(self.message, self.file, self.line, self.hint))
        if not self.problems:
            return head
        return head + "\n" + "\n".join(str(p) for p in self.problems)


class WorkspaceError(LetterkitError):
    """The workspace files are invalid; `problems` lists every one found."""

    @classmethod
    def from_problems(cls, problems: list[Problem]) -> WorkspaceError:
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        return cls(f"{count} {noun} found:", problems=problems)


class TemplateError(LetterkitError):
    """A Jinja template or clause body failed to parse or render."""


class OutputError(LetterkitError):
    """An output could not be written, or writing it would destroy someone's work."""


class ToolMissingError(LetterkitError):
    """An external program (LibreOffice, pandoc) is needed and not installed."""


class UsageError(LetterkitError):
    """The command line itself is wrong."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.exit_code = 2
