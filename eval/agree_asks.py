"""How far two annotators agree on the same texts, and how the extractor does on what they
agree about.

Run: .venv/bin/python eval/agree_asks.py [-v] [--guess-kind] FIRST SECOND
(FIRST and SECOND: folders holding the same NN-slug.txt texts, each annotated by a different
person; eval/second/README.md says how the second annotations were made)

Asks are matched as score_asks.py matches a found ask to an annotated one: spans that overlap
by at least half of the shorter. The authors' asks of each annotator are compared (each
one's share of the other's, and F1 as the agreement); of the asks both annotated, how often
they named the same kind of asker (the authors or a third party). Then letterkit's
extraction is scored three ways: against each annotator, and on the asks both gave the
authors (recall) with a found ask counted right when either annotator gave it the authors
(precision).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from score_asks import annotated, extract, overlap, pair

from letterkit.mining.clean import clean_text


def share(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a (0/0)"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose, guess = "-v" in sys.argv, "--guess-kind" in sys.argv
    if len(args) != 2:
        sys.exit("usage: agree_asks.py [-v] [--guess-kind] FIRST SECOND")
    first_dir, second_dir = map(Path, args)
    notes: list[str] = []
    keys = ["a", "b", "ab", "same", "both", "ext_a", "ext_b", "ext_both", "found", "right"]
    n = dict.fromkeys(keys, 0)
    for meta_path in sorted(first_dir.glob("*.yaml")):
        other = second_dir / meta_path.name
        if not other.exists():
            notes.append(f"{meta_path.name}: not in {second_dir}")
            continue
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
        text = clean_text(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
        first = annotated(meta_path, meta, text, notes)
        second = annotated(other, yaml.safe_load(other.read_text(encoding="utf-8")), text, notes)
        a = [s for s, who in first if who == "authors"]
        b = [s for s, who in second if who == "authors"]
        matches = pair(a, b)
        both_authors = [a[i] for i, _ in matches]
        n["a"] += len(a)
        n["b"] += len(b)
        n["ab"] += len(both_authors)
        stem = meta_path.stem
        for i, j in pair([s for s, _ in first], [s for s, _ in second]):
            n["both"] += 1
            if (first[i][1] == "authors") == (second[j][1] == "authors"):
                n["same"] += 1
            else:
                quote = text[slice(*first[i][0])][:90]
                notes.append(f"asker {stem}: {first[i][1]} / {second[j][1]}: {quote}")
        for label, spans, taken in (
            ("first", a, {i for i, _ in matches}),
            ("second", b, {j for _, j in matches}),
        ):
            notes += [
                f"{label} only {stem}: {text[slice(*s)][:100]}"
                for k, s in enumerate(spans)
                if k not in taken
            ]
        found = [(f.start, f.end) for f in extract(stem, meta, text, guess) if f.asker == "authors"]
        n["ext_a"] += len(pair(a, found))
        n["ext_b"] += len(pair(b, found))
        n["ext_both"] += len(pair(both_authors, found))
        # as the scorer does, a found ask that only an annotated third-party ask matches is
        # neither right nor wrong here (it is a third-party ask given to the authors)
        right = {i for i, _ in pair(found, a + b)}
        third = [s for s, who in first + second if who != "authors"]
        n["right"] += len(right)
        n["found"] += len(right) + sum(
            i not in right and not any(overlap(f, s) for s in third) for i, f in enumerate(found)
        )
    if verbose:
        print("\n".join(notes))
    print(
        f"authors' asks: first {n['a']}, second {n['b']}, both {n['ab']}; the second found "
        f"{share(n['ab'], n['a'])} of the first's, the first {share(n['ab'], n['b'])} of the "
        f"second's; agreement F1 {2 * n['ab'] / max(1, n['a'] + n['b']):.2f}"
    )
    print(f"asks both annotated: same kind of asker {share(n['same'], n['both'])}")
    print(
        f"extractor: recall against the first {share(n['ext_a'], n['a'])}, against the second "
        f"{share(n['ext_b'], n['b'])}, on asks both gave the authors "
        f"{share(n['ext_both'], n['ab'])}; precision against either {share(n['right'], n['found'])}"
    )


if __name__ == "__main__":
    main()
