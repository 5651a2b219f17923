"""Score letterkit's ask extraction against the hand-annotated letters in eval/asks/.

Run: .venv/bin/python eval/score_asks.py [-v] [--guess-kind] [FOLDER]   (FOLDER: eval/asks by
default, eval/heldout or eval/blind2; eval/README.md says how each set was made and used)

A document's annotated kind is passed on as its corpus entry would pass it: a letter,
petition or statement is the authors' own text (`find_asks(..., own=True)`). With
--guess-kind the extractor guesses the voice from the text alone, as it does for a file
with no corpus entry.

A found ask matches an annotated one when their character spans overlap by at least half of
the shorter span (the annotation is a sentence or a list item; letterkit may include or
leave out a lead-in or quotation marks). Precision and recall are counted for the authors'
own asks; third-party asks are scored separately: found, and attributed to someone other
than the authors.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from letterkit.mining.asks import Ask, find_asks
from letterkit.mining.clean import clean_text
from letterkit.model import OWN_KINDS

HERE = Path(__file__).resolve().parent / "asks"
Span = tuple[int, int]


def overlap(a: Span, b: Span) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    third_total: int = 0
    third_found: int = 0
    third_attributed: int = 0
    notes: list[str] = field(default_factory=list)  # one line per miss, for -v

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def _names(publisher: str) -> list[str]:
    """The publisher's name and short name, as a corpus entry lists a signatory:
    "Human Rights in China (HRIC)" -> both; "International Campaign for Tibet
    (savetibet.org)" -> the name only (the bracket is the annotator's note)."""
    # "Amnesty International, release on ...", "CORE, the UK ... Coalition (...)": a note
    # after a comma ends the name; "Retail, Wholesale and ... Union (RWDSU)" does not
    note = re.compile(r"[,;]\s+(?=[a-z])")
    match = re.match(r"^(.*?)\s*\(([^()]*)\)", publisher)
    if match is None:
        name = note.split(publisher, maxsplit=1)[0].strip()
        return [name] if name else []
    short = match.group(2).split(",")[0].strip()  # "(T&E, transportenvironment.org)"
    name = note.split(match.group(1), maxsplit=1)[0].strip()
    return [name] + ([short] if re.fullmatch(r"[A-Z][A-Za-z&]{1,10}", short) else [])


def annotated(
    meta_path: Path, meta: dict, text: str, notes: list[str]
) -> list[tuple[tuple[int, int], str]]:
    """The annotated asks of one document as (span in the cleaned text, asker)."""
    gold = []
    for ask in meta.get("asks") or []:
        # the cleaned text may have closed up a double space the annotator kept
        where = re.search(r"\s+".join(map(re.escape, ask["text"].split())), text)
        if where is None:
            notes.append(f"{meta_path.name}: annotation not in cleaned text: {ask['text'][:60]}")
            continue
        gold.append((where.span(), ask["asker"]))
    return gold


def pair(first: list[Span], second: list[Span]) -> list[tuple[int, int]]:
    """One-to-one matches (index in first, index in second): each span of `first`, in order,
    takes the first span of `second` not yet taken that overlaps it."""
    used: set[int] = set()
    out = []
    for i, span in enumerate(first):
        hit = next((j for j, s in enumerate(second) if j not in used and overlap(span, s)), None)
        if hit is not None:
            used.add(hit)
            out.append((i, hit))
    return out


def extract(stem: str, meta: dict, text: str, guess_kind: bool = False) -> list[Ask]:
    """letterkit's asks in one document, with the authors and voice its corpus entry would
    pass (or the voice guessed from the text alone)."""
    kind = meta["source"]["kind"]
    authors = _names(meta["source"].get("publisher") or "") if kind != "news-report" else []
    return find_asks(
        text,
        stem,
        authors,
        kind in OWN_KINDS and not guess_kind,
        kind == "news-report" and not guess_kind,
    )


def score(here: Path, guess_kind: bool = False) -> Scores:
    """Compare find_asks with the annotations of every document in `here`."""
    out = Scores()
    for meta_path in sorted(here.glob("*.yaml")):
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
        text = clean_text(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
        found = extract(meta_path.stem, meta, text, guess_kind)
        gold = annotated(meta_path, meta, text, out.notes)
        hits = dict(pair([span for span, _ in gold], [(f.start, f.end) for f in found]))
        for index, (span, asker) in enumerate(gold):
            hit = hits.get(index)
            quote = text[span[0] : span[1]]
            if asker == "authors":
                if hit is not None and found[hit].asker == "authors":
                    out.tp += 1
                else:
                    out.fn += 1
                    why = "missed" if hit is None else f"attributed to {found[hit].asker}"
                    out.notes.append(f"FN {meta_path.stem} ({why}): {quote[:110]}")
            else:
                out.third_total += 1
                if hit is not None:
                    out.third_found += 1
                    out.third_attributed += found[hit].asker != "authors"
                    if found[hit].asker == "authors":
                        out.notes.append(f"3P-as-authors {meta_path.stem}: {quote[:100]}")
                else:
                    out.notes.append(f"3P missed {meta_path.stem} ({asker}): {quote[:100]}")
        used = set(hits.values())
        for i, f in enumerate(found):
            if i not in used and f.asker == "authors":
                out.fp += 1
                out.notes.append(f"FP {meta_path.stem}: {f.text[:110]}")
    return out


def main() -> None:
    verbose = "-v" in sys.argv
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    result = score(folders[0] if folders else HERE, "--guess-kind" in sys.argv)
    if verbose:
        print("\n".join(result.notes))
    print(
        f"authors' asks: precision {result.precision:.2f} ({result.tp}/{result.tp + result.fp}), "
        f"recall {result.recall:.2f} ({result.tp}/{result.tp + result.fn})"
    )
    print(
        f"third-party asks: found {result.third_found}/{result.third_total}, attributed to the "
        f"third party {result.third_attributed}/{result.third_found}"
    )


if __name__ == "__main__":
    main()
