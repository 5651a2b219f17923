"""The letterkit command line. Each command converts its options and calls one library
function; heavy libraries are imported inside the command that needs them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import typer

app = typer.Typer(
    help="Draft coalition letters from a library of recurring asks, with Word footnotes "
    "citing where each ask was made before.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # rich help formatting costs ~60 ms on every start
)
clauses_app = typer.Typer(help="Browse the clause library.", no_args_is_help=True)
app.add_typer(clauses_app, name="clauses")

T = TypeVar("T")


class _State:
    debug = False
    workspace: Path | None = None


state = _State()


def _run(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a library function; print a LetterkitError plainly and exit non-zero."""
    from letterkit.errors import LetterkitError

    try:
        return func(*args, **kwargs)
    except LetterkitError as exc:
        if state.debug:
            raise
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("interrupted; nothing was written", err=True)
        raise typer.Exit(130) from None


def _workspace() -> Any:
    from letterkit.workspace import find_workspace, load_workspace

    return load_workspace(find_workspace(explicit=state.workspace))


@app.callback()
def _main(
    workspace: Path | None = typer.Option(
        None, "--workspace", "-w", help="Workspace folder (default: found from the current folder)."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show Python tracebacks for errors."),
) -> None:
    state.debug = debug
    state.workspace = workspace


class OutputFormat(StrEnum):
    docx = "docx"
    md = "md"
    pdf = "pdf"


@app.command()
def build(
    spec: Path = typer.Argument(..., help="The letter spec, e.g. letters/NAME/letter.yaml."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Output file (default: beside the spec, e.g. letter.docx)."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.docx, "--format", "-f", help="docx, md or pdf."),
    reference_docx: Path | None = typer.Option(
        None, "--reference-docx", help="Take styles, margins, header and footer from this .docx."
    ),
    force: bool = typer.Option(
        False, "--force", help="Overwrite the output even if a person edited it since."
    ),
) -> None:
    """Build a letter from its spec into Word (default), Markdown or PDF."""
    from letterkit.build import build_letter

    result = _run(
        build_letter,
        spec,
        output=output,
        fmt=fmt.value,
        reference=reference_docx,
        force=force,
        workspace=state.workspace,
    )
    typer.echo(
        f"wrote {result.path} ({result.clauses} clauses, {result.footnotes} precedent footnotes)",
        err=True,
    )
    typer.echo(str(result.path))


@app.command()
def validate() -> None:
    """Check every file of the workspace and every letter spec; list all problems at once."""
    from letterkit.build import validate_workspace
    from letterkit.workspace import find_workspace

    report = _run(lambda: validate_workspace(find_workspace(explicit=state.workspace)))
    typer.echo(
        f"ok: {report.root}: {report.clauses} clauses, {report.letters} corpus letters, "
        f"{report.specs} letter specs"
    )


@app.command()
def check(
    target: Path = typer.Argument(..., help="A letter spec (.yaml), a .docx or a .md file."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a report."),
    lt_server: str | None = typer.Option(
        None, "--lt-server", help="LanguageTool server URL (default: letterkit.toml)."
    ),
    lt_public: bool = typer.Option(
        False, "--lt-public", help="Use the public LanguageTool API: the text leaves this machine."
    ),
    no_languagetool: bool = typer.Option(
        False, "--no-languagetool", help="Skip grammar and spelling; run the house style only."
    ),
) -> None:
    """Check a draft: grammar and spelling (LanguageTool) and the coalition's house style.

    Exit status: 0 clean, 1 errors found, 3 a check could not run (e.g. no LanguageTool).
    """
    from letterkit.check import LanguageToolRequest, check_letter
    from letterkit.check.report import as_json as report_json
    from letterkit.check.report import as_text

    request = _run(LanguageToolRequest, lt_server, lt_public, no_languagetool)
    if lt_public and not no_languagetool:
        typer.echo(
            "warning: --lt-public sends the letter's text to the public LanguageTool API "
            "(languagetool.org); it leaves this machine",
            err=True,
        )
    report = _run(check_letter, target, state.workspace, request)
    typer.echo(report_json(report) if as_json else as_text(report))
    raise typer.Exit(report.exit_code)


@app.command()
def draft(
    name: str | None = typer.Argument(
        None,
        help="Letter name: letters/NAME/ (default: month and occasion). An existing "
        "letter's answers are the starting point.",
    ),
    answers: Path | None = typer.Option(
        None, "--answers", help="Take every answer from this YAML file (the keys of a spec)."
    ),
    defaults: bool = typer.Option(False, "--defaults", help="Accept every default; no prompts."),
) -> None:
    """Draft a letter by answering questions; writes letters/NAME/letter.yaml and .docx."""
    from letterkit.draft import run_draft

    result = _run(run_draft, name, answers, defaults, state.workspace)
    if result.spec is None:
        typer.echo("quit; nothing was written", err=True)
        raise typer.Exit(1)
    if result.new_organisations:
        typer.echo(
            f"added {result.new_organisations} organisation(s) to catalog/organisations.yaml",
            err=True,
        )
    typer.echo(f"wrote {result.spec}", err=True)
    typer.echo(str(result.docx))


@app.command()
def init(target: Path = typer.Argument(..., help="New folder for the workspace.")) -> None:
    """Create a new workspace holding the starter library."""
    from letterkit.starter import init_workspace

    copied = _run(init_workspace, target)
    typer.echo(f"created workspace {target} with {', '.join(copied)}")


@clauses_app.command("list")
def clauses_list(
    theme: str | None = typer.Option(None, "--theme", help="Only clauses with this theme."),
    audience: str | None = typer.Option(None, "--audience", help="Only clauses that suit it."),
    occasion: str | None = typer.Option(None, "--occasion", help="Only clauses that suit it."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the clauses of the library."""
    from letterkit.library import list_clauses

    found = _run(lambda: list_clauses(_workspace(), theme, audience, occasion))
    if as_json:
        import json

        typer.echo(json.dumps([c.as_json() for c in found], indent=2, ensure_ascii=False))
        return
    if not found:
        typer.echo("no clauses match", err=True)
        return
    width = max(len(c.id) for c in found)
    for c in found:
        last = c.last_used or "-"
        typer.echo(f"{c.id:<{width}}  {c.kind:<9}  {c.precedents:>2} prec.  {last:<10}  {c.title}")


@clauses_app.command("show")
def clauses_show(clause_id: str = typer.Argument(..., help="The clause id.")) -> None:
    """Show a clause: its wording, variables and precedents."""
    from letterkit.library import describe_clause

    typer.echo(_run(lambda: describe_clause(_workspace(), clause_id)))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
