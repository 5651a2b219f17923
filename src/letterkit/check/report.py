"""The check report as a person reads it (grouped by severity) and as JSON (stable fields)."""

from __future__ import annotations

import json

from letterkit.check import CheckReport
from letterkit.check.findings import SEVERITIES

_HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "For information"}


def as_text(report: CheckReport) -> str:
    counts = ", ".join(
        f"{report.count(s)} {s}{'s' if report.count(s) != 1 else ''}" for s in ("error", "warning")
    )
    notes = report.count("info")
    lines = [f"{report.path}: {counts}, {notes} note{'s' if notes != 1 else ''}"]
    lines.append(f"LanguageTool: {report.languagetool}")
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines += ["", f"{_HEADINGS[severity]} ({len(group)})"]
        for finding in group:
            lines.append(f"  {finding.location}  [{finding.check}]")
            lines.append(f"      {finding.message}")
            if finding.suggestion:
                lines.append(f"      -> {finding.suggestion}")
    for reason in report.incomplete:
        lines += ["", f"INCOMPLETE: {reason}"]
    return "\n".join(lines)


def as_json(report: CheckReport) -> str:
    return json.dumps(
        {
            "path": str(report.path),
            "complete": not report.incomplete,
            "incomplete": report.incomplete,
            "languagetool": report.languagetool,
            "counts": {s: report.count(s) for s in SEVERITIES},
            "findings": [f.as_json() for f in report.findings],
        },
        indent=2,
        ensure_ascii=False,
    )
