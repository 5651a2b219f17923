"""Find, load and validate a workspace: every problem in one pass."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import msgspec
import yaml

from letterkit.errors import LetterkitError, Problem, WorkspaceError
from letterkit.model import (
    Audience,
    Clause,
    ClauseMeta,
    LetterSpec,
    Occasion,
    Organisation,
    Settings,
    SourceLetter,
    StyleGuide,
    ThemeLexicon,
)
from letterkit.yamlfile import (
    YamlDoc,
    load_yaml_file,
    parse_yaml,
    validate,
    validation_problem,
    yaml_problem,
)

CONFIG_NAME = "letterkit.toml"
# Characters that XML 1.0 cannot hold: a Word file containing one is corrupt.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

R = TypeVar("R", bound=msgspec.Struct)


@dataclass
class Workspace:
    root: Path
    settings: Settings
    audiences: dict[str, Audience] = field(default_factory=dict)
    occasions: dict[str, Occasion] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    letters: dict[str, SourceLetter] = field(default_factory=dict)
    clauses: dict[str, Clause] = field(default_factory=dict)
    style: StyleGuide = field(default_factory=StyleGuide)
    themes: ThemeLexicon = field(default_factory=ThemeLexicon)
    # Clause files that exist but failed to load: already reported, so specs naming them are
    # not told the clause is unknown.
    broken_clauses: set[str] = field(default_factory=set)

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    def rel(self, path: Path) -> Path:
        """A path as the user would type it from the workspace root."""
        try:
            return path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return path


def find_workspace(start: Path | None = None, explicit: Path | None = None) -> Path:
    """The folder holding letterkit.toml: `explicit`, or the first one above `start`."""
    if explicit is not None:
        if not (explicit / CONFIG_NAME).is_file():
            raise LetterkitError(
                f"no {CONFIG_NAME} in {explicit}",
                hint="pass the folder of a workspace, or create one with `letterkit init DIR`",
            )
        return explicit
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise LetterkitError(
        f"no {CONFIG_NAME} found in {here} or any folder above it",
        hint="run letterkit inside a workspace, pass --workspace DIR, "
        "or create one with `letterkit init DIR`",
    )


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def load_workspace(root: Path) -> Workspace:
    """Load and cross-check every workspace file; raise one WorkspaceError listing all problems."""
    ws, problems = collect_workspace(root)
    if problems:
        raise WorkspaceError.from_problems(problems)
    return ws


def collect_workspace(root: Path) -> tuple[Workspace, list[Problem]]:
    """Load what loads and list every problem, without stopping at the first."""
    problems: list[Problem] = []
    settings = _load_settings(root / CONFIG_NAME, problems)
    ws = Workspace(root=root, settings=settings)
    catalog = root / "catalog"
    ws.audiences = _load_list(catalog / "audiences.yaml", Audience, "audiences", problems)
    ws.occasions = _load_list(catalog / "occasions.yaml", Occasion, "occasions", problems)
    ws.organisations = _load_list(
        catalog / "organisations.yaml", Organisation, "organisations", problems
    )
    ws.letters = _load_list(root / "corpus" / "letters.yaml", SourceLetter, "letters", problems)
    ws.style = _load_record(catalog / "style.yaml", StyleGuide, problems)
    ws.themes = _load_record(catalog / "themes.yaml", ThemeLexicon, problems)
    ws.clauses = _load_clauses(root / "clauses", problems)
    ws.broken_clauses = {p.stem for p in (root / "clauses").glob("*.md")} - set(ws.clauses)
    problems += _cross_check(ws)
    return ws, problems


def _load_record(path: Path, model: type[R], problems: list[Problem]) -> R:
    """An optional catalog file holding one record; the defaults when absent or broken."""
    if path.exists():
        doc, found = load_yaml_file(path)
        problems += found
        if doc is not None:
            record, found = validate(model, doc)
            problems += found
            if record is not None:
                return record
    return model()


def _load_settings(path: Path, problems: list[Problem]) -> Settings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(f"cannot read: {exc}", path))
        return Settings()
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        problems.append(Problem(f"invalid TOML: {exc}", path, line))
        return Settings()
    try:
        return msgspec.convert(data, Settings)
    except msgspec.ValidationError as exc:
        problems.append(validation_problem(exc, YamlDoc(data, None, path), Settings))
        return Settings()


def _load_list(path: Path, record: type[R], key: str, problems: list[Problem]) -> dict[str, R]:
    """Load a file `{key: [records]}` into a dict by id; each bad record is its own problem,
    and the good ones are kept so that cross-checks still run."""
    if not path.exists():
        problems.append(Problem("file is missing", path, hint=f"it must hold a '{key}:' list"))
        return {}
    doc, found = load_yaml_file(path)
    problems += found
    if doc is None:
        return {}
    data: Any = doc.data
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        problems.append(Problem(f"expected a '{key}:' list at the top", path, 1))
        return {}
    for extra in sorted(set(data) - {key}):
        problems.append(
            Problem(
                f"unknown key '{extra}'", path, doc.line_of((extra,)), did_you_mean(extra, [key])
            )
        )
    records: dict[str, R] = {}
    for index in range(len(data[key])):
        item, found = validate(record, doc, (key, index))
        problems += found
        if item is None:
            continue
        item_id = getattr(item, "id")  # noqa: B009 - every list record has an id
        if item_id in records:
            line = doc.line_of((key, index, "id"))
            problems.append(Problem(f"duplicate id '{item_id}'", path, line))
        records[item_id] = item
    return records


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, 1-based line of the body) for a '---' fenced file, else None."""
    if not text.startswith("---"):
        return None
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            front = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            return front, body, index + 2
    return None


def load_clause(path: Path, problems: list[Problem]) -> Clause | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(f"not UTF-8 text ({exc.reason})", path, hint="save it as UTF-8"))
        return None
    return parse_clause(text, path, problems)


def parse_clause(text: str, path: Path, problems: list[Problem]) -> Clause | None:
    """A clause from the text of its file at `path` (which names it in problems)."""
    parts = split_front_matter(text)
    if parts is None:
        problems.append(
            Problem(
                "a clause file must start with YAML front matter between '---' lines",
                path,
                1,
                hint="see docs/formats.md for the clause format",
            )
        )
        return None
    front, body, body_line = parts
    try:
        doc = parse_yaml(front, path, line_offset=1)
    except yaml.YAMLError as exc:
        problems.append(yaml_problem(exc, path, line_offset=1))
        return None
    if not isinstance(doc.data, dict):
        problems.append(Problem("front matter must be a mapping of keys", path, 2))
        return None
    meta, found = validate(ClauseMeta, doc)
    problems += found
    bad = XML_FORBIDDEN.search(body)
    if bad:
        line = body_line + body[: bad.start()].count("\n")
        problems.append(
            Problem(
                f"control character U+{ord(bad.group()):04X} cannot be stored in a Word file",
                path,
                line,
                hint="delete it (it is invisible in most editors)",
            )
        )
    if meta is None:
        return None
    if meta.id != path.stem:
        problems.append(
            Problem(
                f"clause id '{meta.id}' differs from the file name '{path.name}'",
                path,
                doc.line_of(("id",)),
                hint=f"rename the file to {meta.id}.md or change the id",
            )
        )
    if not body.strip():
        problems.append(Problem("the clause has no text after its front matter", path, body_line))
    return Clause(**msgspec.structs.asdict(meta), body=body.strip(), path=path, body_line=body_line)


def _load_clauses(folder: Path, problems: list[Problem]) -> dict[str, Clause]:
    clauses: dict[str, Clause] = {}
    if not folder.is_dir():
        problems.append(Problem("folder is missing", folder))
        return clauses
    for path in sorted(folder.glob("*.md")):
        clause = load_clause(path, problems)
        if clause is not None:
            clauses[clause.id] = clause
    return clauses


def _cross_check(ws: Workspace) -> list[Problem]:
    """References between files: every id used must exist."""
    problems: list[Problem] = []
    corpus_path = ws.root / "corpus" / "letters.yaml"
    for letter in ws.letters.values():
        for org in letter.authors:
            if org not in ws.organisations:
                problems.append(
                    _unknown("organisation", org, ws.organisations, corpus_path, letter.id)
                )
        if letter.audience and letter.audience not in ws.audiences:
            problems.append(
                _unknown("audience", letter.audience, ws.audiences, corpus_path, letter.id)
            )
        if letter.occasion and letter.occasion not in ws.occasions:
            problems.append(
                _unknown("occasion", letter.occasion, ws.occasions, corpus_path, letter.id)
            )
        if letter.reported_in and letter.reported_in not in ws.letters:
            problems.append(
                _unknown("letter", letter.reported_in, ws.letters, corpus_path, letter.id)
            )
        if letter.cited_only and letter.file:
            problems.append(Problem(f"'{letter.id}' is cited_only but names a file", corpus_path))
        if letter.file and not (ws.root / "corpus" / letter.file).is_file():
            problems.append(
                Problem(f"'{letter.id}': file corpus/{letter.file} does not exist", corpus_path)
            )
        if not letter.file and not letter.cited_only:
            problems.append(
                Problem(
                    f"'{letter.id}' has no file",
                    corpus_path,
                    hint="add `file:` or mark it `cited_only: true`",
                )
            )
    for clause in ws.clauses.values():
        for precedent in clause.precedents:
            if precedent.letter not in ws.letters:
                problems.append(_unknown("letter", precedent.letter, ws.letters, clause.path))
        for audience in clause.audiences:
            if audience not in ws.audiences:
                problems.append(_unknown("audience", audience, ws.audiences, clause.path))
        for occasion in clause.occasions:
            if occasion not in ws.occasions:
                problems.append(_unknown("occasion", occasion, ws.occasions, clause.path))
    if ws.settings.coordinator and ws.settings.coordinator not in ws.organisations:
        problems.append(
            _unknown(
                "organisation", ws.settings.coordinator, ws.organisations, ws.root / CONFIG_NAME
            )
        )
    return problems


def _unknown(
    kind: str,
    value: str,
    known: Iterable[str],
    path: Path,
    owner: str | None = None,
    line: int | None = None,
) -> Problem:
    where = f"'{owner}': " if owner else ""
    return Problem(f"{where}unknown {kind} '{value}'", path, line, did_you_mean(value, known))


def load_spec(
    path: Path, ws: Workspace, signatory_problems: list[Problem] | None = None
) -> LetterSpec:
    """Read a letter spec and check every id it names against the workspace.

    With `signatory_problems`, problems with the signatories (unknown or repeated
    organisations) are put there instead of raised: `letterkit check` reports them as findings.
    """
    if not path.is_file():
        raise LetterkitError(f"no such letter spec: {path}", hint="check the path")
    doc, problems = load_yaml_file(path)
    if doc is not None and not isinstance(doc.data, dict):
        problems.append(Problem("a letter spec must be a mapping of keys", path, 1))
        doc = None
    spec = None
    if doc is not None:
        spec, found = validate(LetterSpec, doc)
        problems += found
    if spec is not None and doc is not None:
        problems += _check_spec_ids(spec, doc, ws)
        signers = _check_signatories(spec, doc, ws)
        if signatory_problems is None:
            problems += signers
        else:
            signatory_problems += signers
    if problems:
        raise WorkspaceError.from_problems(problems)
    assert spec is not None
    return spec


def _check_spec_ids(spec: LetterSpec, doc: YamlDoc, ws: Workspace) -> list[Problem]:
    problems = []

    def check(kind: str, value: str, known: dict, loc: tuple[str | int, ...]) -> None:  # type: ignore[type-arg]
        if value not in known:
            problems.append(_unknown(kind, value, known, doc.path, line=doc.line_of(loc)))

    check("audience", spec.audience, ws.audiences, ("audience",))
    check("occasion", spec.occasion, ws.occasions, ("occasion",))
    if spec.coordinator:
        check("organisation", spec.coordinator, ws.organisations, ("coordinator",))
    for index, choice in enumerate(spec.choices):
        if choice.id not in ws.broken_clauses:
            check("clause", choice.id, ws.clauses, ("clauses", index))
    return problems


def _check_signatories(spec: LetterSpec, doc: YamlDoc, ws: Workspace) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, org in enumerate(spec.signatories):
        if org not in ws.organisations:
            line = doc.line_of(("signatories", index))
            problems.append(_unknown("organisation", org, ws.organisations, doc.path, line=line))
        if org in seen:
            problems.append(
                Problem(f"'{org}' signs twice", doc.path, doc.line_of(("signatories", index)))
            )
        seen.add(org)
    return problems
