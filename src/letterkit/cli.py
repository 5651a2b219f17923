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
signoff_app = typer.Typer(
    help="The sign-off round: who was invited, who approved which version, and what is stale.",
    no_args_is_help=True,
)
app.add_typer(signoff_app, name="signoff")

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
        False,
        "--force",
        help="Overwrite the output even if a person edited it since; with --final, sign with "
        "the organisations that approved even though others have not.",
    ),
    final: bool = typer.Option(
        False,
        "--final",
        help="The letter to send: signed by the organisations whose approval covers the "
        "current text, no draft marks. Refuses while an approval is missing or stale.",
    ),
    line_numbers: bool = typer.Option(
        False, "--line-numbers", help="Number the lines of a draft, so partners can cite them."
    ),
    comments: bool = typer.Option(
        False, "--comments", help="Comment each clause of a draft with its id and precedents."
    ),
) -> None:
    """Build a letter from its spec into Word (default), Markdown or PDF.

    Until --final, the DOCX is a draft for sign-off: a DRAFT header with its version and
    deadline, and a sign-off sheet at the end. A build whose text changed saves the next
    version under letters/NAME/versions/.
    """
    from letterkit.build import DraftOptions, build_letter

    result = _run(
        build_letter,
        spec,
        output=output,
        fmt=fmt.value,
        reference=reference_docx,
        force=force,
        workspace=state.workspace,
        final=final,
        draft=DraftOptions(line_numbers=line_numbers, comments=comments),
    )
    stage = "final" if result.final else "draft"
    new = ", a new version" if result.new_version else ""
    signed = f", signed by {result.signatories}" if result.final else ""
    typer.echo(
        f"wrote {result.path} ({stage} v{result.version}{new}; {result.clauses} clauses, "
        f"{result.footnotes} precedent footnotes{signed})",
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


@app.command()
def ingest(
    files: list[Path] = typer.Argument(None, help="Past letters: .txt, .md, .html or .docx."),
    sent: Path | None = typer.Option(
        None, "--sent", help="A letter spec that was sent: record it and cite it in its clauses."
    ),
) -> None:
    """Add past letters to corpus/, guessing their metadata for you to check."""
    if sent is not None:
        from letterkit.mining.corpus import record_sent

        letter_id, clauses = _run(lambda: record_sent(_workspace(), sent))
        typer.echo(f"recorded {letter_id} in corpus/letters.yaml")
        typer.echo(f"added it as a precedent to {len(clauses)} clauses: {', '.join(clauses)}")
        return
    from letterkit.mining.corpus import ingest_files

    done = _run(lambda: ingest_files(_workspace(), files or []))
    for item in done:
        g = item.guess
        typer.echo(
            f"added {item.id} ({item.path.name}): {g.kind}, {g.date or 'no date'}, "
            f"{len(g.authors)} organisations, languages {', '.join(g.languages)}"
        )
        for note in g.notes:
            typer.echo(f"  check: {note}")
    typer.echo("check the guessed entries at the end of corpus/letters.yaml", err=True)


@app.command()
def asks(
    files: list[Path] = typer.Argument(..., help="Letters to read: .txt, .md, .html or .docx."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (offsets into the text)."),
    text: bool = typer.Option(False, "--text", help="Print the cleaned text the offsets use."),
    own: bool = typer.Option(
        False,
        "--own",
        help="The files are the authors' own letters or statements, even where they speak "
        "of the authors in the third person (default: the corpus entry's kind, else a guess).",
    ),
) -> None:
    """List every ask in the given letters, and who makes it."""
    from letterkit.mining.library import asks_of_files

    found, texts = _run(lambda: asks_of_files(files, state.workspace, own))
    if text:
        for source, body in texts.items():
            typer.echo(f"=== {source}\n{body}")
        return
    if as_json:
        import json

        typer.echo(json.dumps([a.to_json() for a in found], indent=2, ensure_ascii=False))
        return
    for a in found:
        who = "" if a.asker == "authors" else f"  [asked by {a.asker}]"
        typer.echo(f"{a.source}:{a.start}: {a.text}{who}")
    typer.echo(f"{len(found)} asks", err=True)


@app.command("mine")
def mine_command(
    write: bool = typer.Option(False, "--write", help="Merge the families into clauses/."),
    as_json: bool = typer.Option(False, "--json", help="Print the families as JSON."),
    min_letters: int = typer.Option(
        2, "--min-letters", help="With --write: letters a new family needs to become a clause."
    ),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        help="Processes that read the letters (default: one per core for 64 letters or more).",
    ),
) -> None:
    """Group the corpus's asks into recurring families; --write merges them into clauses/."""
    from letterkit.mining.library import mine_workspace

    typer.echo(_run(lambda: mine_workspace(_workspace(), write, as_json, min_letters, jobs)))


LETTER_HELP = "The letter: its name under letters/, its folder, or its letter.yaml."


@signoff_app.command("invite")
def signoff_invite(
    name: str = typer.Argument(..., help=LETTER_HELP),
    orgs: list[str] = typer.Argument(..., help="Organisation ids from the catalog."),
    deadline: str | None = typer.Option(
        None, "--deadline", help="Sign-off deadline, YYYY-MM-DD; shown in the draft header."
    ),
) -> None:
    """Invite organisations to sign the letter."""
    from letterkit.signoff.commands import invite

    when = _run(_date, deadline, "--deadline") if deadline else None
    files = _run(invite, name, orgs, when, state.workspace)
    typer.echo(f"invited {', '.join(orgs)} to sign {files.name}; recorded in {files.ledger}")


def _date(text: str, option: str) -> Any:
    import datetime as dt

    from letterkit.errors import UsageError

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option}: '{text}' is not a date", hint="write it as YYYY-MM-DD"
        ) from None


class Decision(StrEnum):
    approved = "approved"
    declined = "declined"
    changes_requested = "changes-requested"


@signoff_app.command("record")
def signoff_record(
    name: str = typer.Argument(..., help=LETTER_HELP),
    org: str = typer.Argument(..., help="The organisation id."),
    decision: Decision = typer.Argument(..., help="approved, declined or changes-requested."),
    by: str = typer.Option("", "--by", help="Who decided, for the record."),
    note: str = typer.Option("", "--note", help="A note for the record."),
    file: Path | None = typer.Option(
        None, "--file", help="The DOCX the organisation approved: ties the decision to it."
    ),
    version: int | None = typer.Option(
        None, "--version", help="The version the organisation saw (default: the latest)."
    ),
) -> None:
    """Record an organisation's decision, tied to the version and hash of the text it saw."""
    from letterkit.signoff.commands import record

    entry = _run(record, name, org, decision.value, by, note, file, version, state.workspace)
    typer.echo(f"recorded: {entry.org} {entry.event} v{entry.version}")


@signoff_app.command("status")
def signoff_status(name: str = typer.Argument(..., help=LETTER_HELP)) -> None:
    """Who approved which version, and which approvals the text has since made STALE."""
    from letterkit.signoff.commands import status

    typer.echo(_run(status, name, state.workspace))


@signoff_app.command("import")
def signoff_import(
    name: str = typer.Argument(..., help=LETTER_HELP),
    returned: Path = typer.Argument(..., help="The DOCX an organisation sent back."),
    org: str = typer.Option(..., "--org", help="The organisation that sent it."),
    by: str = typer.Option("", "--by", help="Who sent it (default: the comment authors)."),
) -> None:
    """List a returned draft's comments and tracked changes by clause; record changes-requested."""
    from letterkit.signoff.commands import import_returned

    result = _run(import_returned, name, returned, org, by, state.workspace)
    for remark in result.remarks:
        typer.echo(f"  {remark}")
    typer.echo(
        f"recorded: {result.entry.org} changes-requested v{result.entry.version} "
        f"({len(result.remarks)} remark(s))",
        err=True,
    )


@app.command("diff")
def diff_command(
    name: str = typer.Argument(..., help=LETTER_HELP),
    old: int | None = typer.Option(None, "--from", help="The older version (default: previous)."),
    new: int | None = typer.Option(None, "--to", help="The newer version (default: latest)."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Also write a Word document with tracked changes."
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite an edited output DOCX."),
) -> None:
    """What changed between two versions of a letter, clause by clause."""
    from letterkit.signoff.commands import diff

    result = _run(diff, name, old, new, output, force, state.workspace)
    typer.echo(result.text)
    if result.output is not None:
        typer.echo(f"wrote {result.output}", err=True)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
