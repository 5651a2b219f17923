"""`letterkit check`: LanguageTool and the coalition's house style on a draft."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from letterkit.check.findings import SEVERITIES, Finding
from letterkit.check.languagetool import LanguageToolOptions
from letterkit.model import Settings

__all__ = ["CheckReport", "Finding", "LanguageToolOptions", "LanguageToolRequest", "check_letter"]

EXIT_CLEAN, EXIT_ERRORS, EXIT_INCOMPLETE = 0, 1, 3


@dataclass
class CheckReport:
    path: Path
    findings: list[Finding]
    incomplete: list[str] = field(default_factory=list)  # checks that could not run, and why
    languagetool: str = ""  # which LanguageTool answered, or why none did

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def exit_code(self) -> int:
        """0 clean, 1 errors found, 3 no errors found but a check could not run."""
        if self.count("error"):
            return EXIT_ERRORS
        return EXIT_INCOMPLETE if self.incomplete else EXIT_CLEAN


@dataclass
class LanguageToolRequest:
    """What the command line asked of LanguageTool; the rest comes from letterkit.toml."""

    server: str | None = None  # --lt-server, over the toml's server
    public: bool = False  # --lt-public: the public API, whatever the toml says
    disabled: bool = False  # --no-languagetool

    def __post_init__(self) -> None:
        if self.server and self.public:
            from letterkit.errors import UsageError

            raise UsageError("give --lt-server or --lt-public, not both")

    def options(self, settings: Settings) -> LanguageToolOptions:
        lt = settings.languagetool
        return LanguageToolOptions(
            server=self.server or ("" if self.public else lt.server),
            public=self.public,
            disabled=self.disabled,
            timeout=lt.timeout,
            start_timeout=lt.start_timeout,
            language=settings.language,
            disabled_rules=list(lt.disabled_rules),
        )


def check_letter(
    path: Path,
    workspace: Path | None = None,
    languagetool: LanguageToolOptions | LanguageToolRequest | None = None,
) -> CheckReport:
    """Check a letter spec, DOCX or Markdown file; LanguageTool unless told not to."""
    from letterkit.check.house_style import house_style
    from letterkit.check.languagetool import languagetool_findings
    from letterkit.check.overlap import overlap
    from letterkit.check.reader import read_letter
    from letterkit.workspace import find_workspace, load_workspace

    ws = load_workspace(find_workspace(path.parent, workspace))
    letter = read_letter(path, ws)
    findings = house_style(letter, ws.style)
    findings += overlap(letter, ws.style)
    report = CheckReport(path, [])
    if isinstance(languagetool, LanguageToolRequest):
        options = languagetool.options(ws.settings)
    else:
        options = languagetool or LanguageToolOptions(disabled=True)
    if letter.spec is not None and letter.spec.language:
        options = replace(options, language=letter.spec.language)  # as `build` does
    outcome = languagetool_findings(letter, options)
    findings += outcome.findings
    report.languagetool = outcome.backend or "not run"
    if outcome.incomplete:
        report.incomplete.append(outcome.incomplete)
    order = {severity: index for index, severity in enumerate(SEVERITIES)}
    report.findings = sorted(findings, key=lambda f: order[f.severity])
    return report
