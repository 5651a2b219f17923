"""`letterkit mine`: the corpus's asks grouped into families and merged into clauses/.

A family that matches an existing clause (its text or one of its precedents' quotes falls in
the family) adds the precedents the clause lacks. A recurring family that matches none
becomes clauses/<id>.md with `status: candidate`. Clause files are only ever appended to:
precedent entries are inserted as text into the `precedents:` list, so the wording, comments
and metadata a person wrote stay exactly as they were.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from letterkit.errors import LetterkitError
from letterkit.mining.asks import Ask, find_asks
from letterkit.mining.english import GENERIC_AUTHORS
from letterkit.model import OWN_KINDS, Clause, Precedent, SourceLetter, partial_date_key
from letterkit.output import write_atomic
from letterkit.workspace import Workspace, split_front_matter

_In = TypeVar("_In")
_Out = TypeVar("_Out")


@dataclass
class MinedAsk:
    letter: str  # corpus id the ask is a precedent of
    date: str | None
    asker: str
    ask: Ask


@dataclass
class Family:
    asks: list[MinedAsk]
    clauses: list[str] = field(default_factory=list)  # existing clauses it matches
    themes: list[str] = field(default_factory=list)

    @property
    def letters(self) -> list[str]:
        return list(dict.fromkeys(a.letter for a in self.asks))

    @property
    def dates(self) -> list[str]:
        return sorted((a.date for a in self.asks if a.date), key=partial_date_key)

    @property
    def askers(self) -> list[str]:
        return list(dict.fromkeys(a.asker for a in self.asks))

    @property
    def text(self) -> str:
        """The family's wording: the latest ask the authors of a letter made themselves."""
        own = [a for a in self.asks if a.asker == "authors"] or self.asks
        return max(own, key=lambda a: partial_date_key(a.date)).ask.text


def corpus_asks(
    ws: Workspace, tick: Callable[[int], object] | None = None, jobs: int | None = None
) -> list[MinedAsk]:
    """Every ask of every corpus file, tied to the corpus entry it is a precedent of.

    `jobs` processes read the files (all the machine's cores by default, once the corpus is
    big enough to repay starting them); the asks come out in the corpus's order either way."""
    reported: dict[str, list[SourceLetter]] = {}
    for letter in ws.letters.values():
        if letter.reported_in:
            reported.setdefault(letter.reported_in, []).append(letter)
    letters: list[SourceLetter] = []
    reads: list[tuple[Path, str, list[str], bool, bool]] = []
    for letter in ws.letters.values():
        if letter.file:
            letters.append(letter)
            path = Path("corpus") / letter.file
            reads.append((ws.root / path, str(path), _names(ws, letter.authors), *_voice(letter)))
    mined: list[MinedAsk] = []
    for letter, asks in zip(letters, _in_parallel(_file_asks, reads, jobs), strict=True):
        for ask in asks:
            target = _precedent_letter(ws, letter, ask, reported.get(letter.id, []))
            asker = "authors" if target.id != letter.id and ask.asker != "authors" else ask.asker
            mined.append(MinedAsk(target.id, target.iso_date, asker, ask))
        if tick is not None:
            tick(1)
    return mined


def _file_asks(read: tuple[Path, str, list[str], bool, bool]) -> list[Ask]:
    """The asks of one corpus file (run in a worker process for a big corpus)."""
    from letterkit.mining.sources import read_source

    path, source, names, own, report = read
    return find_asks(read_source(path).text, source, names, own, report)


# below this many files, starting worker processes costs more than it saves
_PARALLEL_FROM = 64


def _in_parallel(work: Callable[[_In], _Out], items: list[_In], jobs: int | None) -> Iterator[_Out]:
    """`work` over `items`, in order: in `jobs` worker processes (None: one per core, for
    enough items), or here when one would do."""
    if jobs is None:
        jobs = _cores() if len(items) >= _PARALLEL_FROM else 1
    jobs = min(jobs, len(items))
    if jobs <= 1:
        yield from map(work, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # (forkserver: workers start from a clean process, not a fork of this one and the
    # progress bar's thread)
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        yield from pool.map(work, items, chunksize=max(1, min(32, len(items) // (jobs * 8))))


def _cores() -> int:
    """The cores this process may run on."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _voice(letter: SourceLetter) -> tuple[bool, bool]:
    """What the entry says of its text: (its authors' own, a letter, petition or statement by
    them; a news report about a letter)."""
    return letter.kind in OWN_KINDS and bool(letter.authors), letter.kind == "news-report"


def _names(ws: Workspace, org_ids: list[str]) -> list[str]:
    names: list[str] = []
    for org_id in org_ids:
        org = ws.organisations.get(org_id)
        if org is not None:
            names += [n for n in (org.name, org.short_name) if n]
    return names


def _precedent_letter(
    ws: Workspace, letter: SourceLetter, ask: Ask, reported: list[SourceLetter]
) -> SourceLetter:
    """A call this text reports belongs to the reported letter or resolution when the corpus
    has one: "MEPs call on ..." in UNPO's statement is the European Parliament's resolution."""
    if ask.asker == "authors" and letter.kind != "news-report":
        return letter
    asker = ask.asker.lower()
    for other in reported:
        if any(asker in n.lower() or n.lower() in asker for n in _names(ws, other.authors)):
            return other
    letters = [r for r in reported if r.kind in OWN_KINDS]
    if len(letters) == 1 and (GENERIC_AUTHORS.match(asker) or ask.asker == "authors"):
        return letters[0]
    return letter


def mine(
    ws: Workspace, tick: Callable[[int], object] | None = None, jobs: int | None = None
) -> list[Family]:
    """The corpus's ask families, each matched to the clauses it falls in with."""
    from letterkit.mining.cluster import group, match, unit_stems

    mined = corpus_asks(ws, tick, jobs)
    targets = [
        (clause.id, text)
        for clause in ws.clauses.values()
        if clause.kind in ("ask", "follow-up")
        for text in [clause.body, *(p.quote for p in clause.precedents if p.quote)]
    ]
    # each part of an ask ("to end X, and to release Y") is matched and grouped on its own;
    # the ask joins the family of every part
    part_of: list[int] = []
    part_stems: list[list[str]] = []
    for number, ask in enumerate(mined):
        for found in unit_stems(_what_is_asked(ask.ask)):
            part_of.append(number)
            part_stems.append(found)
    owners = match(part_stems, targets)
    # the asks are grouped among themselves too: an ask that matches no clause text but falls
    # in with asks that do belongs to their clause ("free access to Xinjiang" meets the
    # clause through "unfettered and reciprocal access to Tibet ... journalists")
    by_clause: dict[str, Family] = {}
    placed: set[tuple[str, int]] = set()  # (clause, ask) pairs already in a family
    families: list[Family] = []
    for members in group(part_stems):
        owned = [owner for i in members for owner in owners[i]]
        if not owned:
            asks = dict.fromkeys(part_of[i] for i in members)  # one ask, once per family
            families.append(Family([mined[number] for number in asks]))
            continue
        usual = Counter(owned).most_common(1)[0][0]
        for i in members:
            for owner in owners[i] or [usual]:
                if (owner, part_of[i]) not in placed:
                    placed.add((owner, part_of[i]))
                    by_clause.setdefault(owner, Family([], [owner])).asks.append(mined[part_of[i]])
    families += by_clause.values()
    lexicon = load_lexicon(ws)
    for family in families:
        family.themes = tag_themes(" ".join(a.ask.text for a in family.asks), lexicon)
    families.sort(key=lambda f: (-len(f.letters), f.text))
    return families


def _what_is_asked(ask: Ask) -> str:
    """The ask without the words before its request: "While we understand ..., we urge you to
    dedicate time to ..." is compared from "we urge you to dedicate time to ...", so that its
    head (the first word that counts) is what is asked for."""
    at = ask.text.find(ask.lead_in) if ask.lead_in and ask.form != "item" else -1
    return ask.text[at:] if at > 0 else ask.text


def load_lexicon(ws: Workspace) -> dict[str, re.Pattern[str]]:
    """catalog/themes.yaml (checked when the workspace loads): theme -> a pattern of its words
    or phrases, each matched at the start of a word, so "detain" tags "detained"."""
    return {
        theme: re.compile(rf"\b(?:{'|'.join(re.escape(w.lower()) for w in words)})")
        for theme, words in ws.themes.themes.items()
        if words
    }


def tag_themes(text: str, lexicon: dict[str, re.Pattern[str]]) -> list[str]:
    lowered = text.lower()
    return [theme for theme, pattern in lexicon.items() if pattern.search(lowered)]


@dataclass
class WriteReport:
    added: dict[str, list[str]] = field(default_factory=dict)  # clause -> letters added
    created: list[Path] = field(default_factory=list)


def write_families(ws: Workspace, families: list[Family], min_letters: int = 2) -> WriteReport:
    """Merge families into clauses/: precedents into matching clauses, new candidates for
    recurring families that match none."""
    report = WriteReport()
    taken = set(ws.clauses) | {p.stem for p in (ws.root / "clauses").glob("*.md")}
    for family in families:
        precedents = _precedents(family)
        if family.clauses:
            clause = ws.clauses[family.clauses[0]]
            added = add_precedents(clause, precedents)
            if added:
                report.added[clause.id] = added
        elif len(family.letters) >= min_letters:
            path = _new_candidate(ws, family, precedents, taken)
            report.created.append(path)
    return report


def _precedents(family: Family) -> list[Precedent]:
    out: dict[str, Precedent] = {}
    for ask in family.asks:
        if ask.letter not in out:
            asker = None if ask.asker == "authors" else ask.asker
            out[ask.letter] = Precedent(letter=ask.letter, quote=ask.ask.text, asker=asker)
    return list(out.values())


def add_precedents(clause: Clause, precedents: list[Precedent]) -> list[str]:
    """Append the precedents of letters the clause does not cite yet; the letter ids added."""
    cited = {p.letter for p in clause.precedents}
    new = [p for p in precedents if p.letter not in cited]
    if not new:
        return []
    text = clause.path.read_text(encoding="utf-8")
    parts = split_front_matter(text)
    if parts is None:
        raise LetterkitError("the clause has no front matter", clause.path, 1)
    front = parts[0]
    lines = front.splitlines(keepends=True)
    index = next((i for i, line in enumerate(lines) if line.startswith("precedents:")), None)
    if index is None:
        lines.append("precedents:\n")
        index = len(lines) - 1
    elif lines[index].split(":", 1)[1].strip() in ("[]", ""):
        lines[index] = "precedents:\n"
    end = index + 1
    indent = "  "
    while end < len(lines) and (lines[end].startswith((" ", "-")) or not lines[end].strip()):
        if lines[end].lstrip().startswith("- ") and end == index + 1:
            indent = lines[end][: len(lines[end]) - len(lines[end].lstrip())]
        end += 1
    while end > index + 1 and not lines[end - 1].strip():
        end -= 1
    items = "".join(_precedent_yaml(p, indent) for p in new)
    lines.insert(end, items)
    new_front = "".join(lines)
    updated = "---\n" + new_front + text[len("---\n") + len(front) :]
    _check_precedents(updated, clause, [*clause.precedents, *new])
    write_atomic(clause.path, updated.encode("utf-8"))
    return [p.letter for p in new]


def _precedent_yaml(precedent: Precedent, indent: str) -> str:
    out = f"{indent}- letter: {precedent.letter}\n"
    if precedent.quote:
        out += f"{indent}  quote: {json.dumps(precedent.quote, ensure_ascii=False)}\n"
    if precedent.asker:
        out += f"{indent}  asker: {json.dumps(precedent.asker, ensure_ascii=False)}\n"
    return out


def _check_precedents(text: str, clause: Clause, expected: list[Precedent]) -> None:
    """The edited file must parse to exactly the old precedents plus the new ones."""
    from letterkit.workspace import parse_clause

    loaded = parse_clause(text, clause.path, [])
    got = [p.letter for p in loaded.precedents] if loaded is not None else None
    if got != [p.letter for p in expected]:
        raise LetterkitError(
            "could not add precedents without changing what is there; clause left as it was",
            clause.path,
            hint="add them by hand, or put `precedents:` in the usual list form",
        )


def _new_candidate(
    ws: Workspace, family: Family, precedents: list[Precedent], taken: set[str]
) -> Path:
    from letterkit.mining.cluster import stems
    from letterkit.mining.corpus import unique_id

    words = re.findall(r"[a-z]+", " ".join(stems(family.text)[:4]))
    clause_id = unique_id("-".join(words) or "ask", taken)
    taken.add(clause_id)
    body = re.sub(r"^(?:- |\d+[.)]\s*)", "", family.text).strip()
    title = " ".join(body.split()[:10]).rstrip(",;:.") + ("…" if len(body.split()) > 10 else "")
    front = (
        f"id: {clause_id}\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        "kind: ask\n"
        "status: candidate\n"
        f"themes: [{', '.join(family.themes)}]\n"
        "audiences: []\n"
        "occasions: []\n"
        "precedents:\n" + "".join(_precedent_yaml(p, "  ") for p in precedents)
    )
    path = ws.root / "clauses" / f"{clause_id}.md"
    note = "{# Mined by letterkit from the asks below; review the wording, then set status. #}\n"
    safe = body.replace("{", '{{ "{" }}')  # the body is a Jinja template
    write_atomic(path, f"---\n{front}---\n{note}{safe}\n".encode())
    return path


def asks_of_files(
    files: list[Path], workspace: Path | None = None, own: bool = False
) -> tuple[list[Ask], dict[str, str]]:
    """The asks of files given on the command line. Inside a workspace, a file's authors and
    kind come from its corpus entry or, failing that, its authors from the guessed signatures.
    `own`: the files are the authors' own letters or statements, whatever the entry says."""
    from letterkit.mining.corpus import letter_writers, org_names
    from letterkit.mining.metadata import guess_signers
    from letterkit.mining.sources import read_source
    from letterkit.workspace import find_workspace, load_workspace

    try:
        ws: Workspace | None = load_workspace(find_workspace(explicit=workspace))
    except LetterkitError:
        ws = None
    found: list[Ask] = []
    texts: dict[str, str] = {}
    if ws is not None:
        orgs, members = org_names(ws), letter_writers(ws)
        entries = {
            (ws.root / "corpus" / e.file).resolve(): e for e in ws.letters.values() if e.file
        }
    for path in files:
        source = read_source(path)
        names: list[str] = []
        own_text, report = own, False
        if ws is not None:
            entry = entries.get(path.resolve())
            if entry is not None:
                names = _names(ws, entry.authors)
                entry_own, entry_report = _voice(entry)
                own_text, report = own or entry_own, entry_report and not own
            else:
                names = _names(ws, guess_signers(source.text, orgs, members=members).authors)
        found += find_asks(source.text, str(path), names, own_text, report)
        texts[str(path)] = source.text
    return found, texts


def mine_workspace(
    ws: Workspace, write: bool, as_json: bool, min_letters: int, jobs: int | None = None
) -> str:
    """Run the miner; the table (or JSON) of families, and what --write changed."""
    families = _with_progress(ws, jobs)
    lines: list[str] = []
    if as_json:
        rows = [
            {
                "text": f.text,
                "letters": f.letters,
                "first": f.dates[0] if f.dates else None,
                "last": f.dates[-1] if f.dates else None,
                "askers": f.askers,
                "clauses": f.clauses,
                "themes": f.themes,
                "asks": [{"letter": a.letter, "asker": a.asker, **a.ask.to_json()} for a in f.asks],
            }
            for f in families
        ]
        lines.append(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        lines.append(f"{'letters':>7}  {'first':<10}  {'last':<10}  {'clause':<28}  ask (askers)")
        for f in families:
            first = f.dates[0] if f.dates else "-"
            last = f.dates[-1] if f.dates else "-"
            clause = f.clauses[0] if f.clauses else "(new)"
            askers = ", ".join(f.askers)
            ask = " ".join(f.text.split()[:14])
            lines.append(
                f"{len(f.letters):>7}  {first:<10}  {last:<10}  {clause:<28}  {ask} ({askers})"
            )
        recurring = sum(1 for f in families if len(f.letters) > 1)
        lines.append(f"{len(families)} ask families, {recurring} recurring (in 2+ letters)")
    if write:
        report = write_families(ws, families, min_letters)
        for clause_id, letters in report.added.items():
            lines.append(f"clauses/{clause_id}.md: added precedents {', '.join(letters)}")
        for path in report.created:
            lines.append(f"{path.relative_to(ws.root)}: new candidate clause, review it")
        if not report.added and not report.created:
            lines.append("clauses/ already holds every family: nothing to add")
    return "\n".join(lines)


def _with_progress(ws: Workspace, jobs: int | None) -> list[Family]:
    """Mine with a progress bar on the terminal for corpora big enough to wait for."""
    import sys

    files = sum(1 for letter in ws.letters.values() if letter.file)
    if files < 200 or not sys.stderr.isatty():
        return mine(ws, jobs=jobs)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading letters", total=files)
        return mine(ws, lambda n: bar.advance(task, n), jobs)
