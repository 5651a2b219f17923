"""Score letterkit's ask extraction against the hand-annotated letters in eval/asks/.

Run: .venv/bin/python eval/score_asks.py [-v] [FOLDER]   (FOLDER: eval/asks by default, or
eval/heldout, the second set gathered after the rules were written and never tuned on)

A found ask matches an annotated one when their character spans overlap by at least half of
the shorter span (the annotation is a sentence or a list item; letterkit may include or
leave out a lead-in or quotation marks). Precision and recall are counted for the authors'
own asks; third-party asks are scored separately: found, and attributed to someone other
than the authors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from letterkit.mining.asks import find_asks
from letterkit.mining.clean import clean_text

HERE = Path(__file__).resolve().parent / "asks"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def main() -> None:
    verbose = "-v" in sys.argv
    folders = [Path(a) for a in sys.argv[1:] if a != "-v"]
    here = folders[0] if folders else HERE
    tp = fp = fn = 0
    third_total = third_found = third_attributed = 0
    for meta_path in sorted(here.glob("*.yaml")):
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
        text = clean_text(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
        publisher = meta["source"].get("publisher") or ""
        found = find_asks(
            text, meta_path.stem, [publisher] if meta["source"]["kind"] != "news-report" else []
        )
        gold = []
        for ask in meta.get("asks") or []:
            start = text.find(ask["text"].strip())
            if start < 0:
                print(f"{meta_path.name}: annotation not in cleaned text: {ask['text'][:60]}")
                continue
            gold.append(((start, start + len(ask["text"].strip())), ask["asker"]))
        used: set[int] = set()
        for span, asker in gold:
            hit = next(
                (
                    i
                    for i, f in enumerate(found)
                    if i not in used and overlap(span, (f.start, f.end))
                ),
                None,
            )
            if asker == "authors":
                if hit is not None and found[hit].asker == "authors":
                    tp += 1
                else:
                    fn += 1
                    if verbose:
                        why = "missed" if hit is None else f"attributed to {found[hit].asker}"
                        print(f"FN {meta_path.stem} ({why}): {text[span[0] : span[1]][:110]}")
            else:
                third_total += 1
                if hit is not None:
                    third_found += 1
                    third_attributed += found[hit].asker != "authors"
                    if verbose and found[hit].asker == "authors":
                        print(f"3P-as-authors {meta_path.stem}: {text[span[0] : span[1]][:100]}")
                elif verbose:
                    print(f"3P missed {meta_path.stem} ({asker}): {text[span[0] : span[1]][:100]}")
            if hit is not None:
                used.add(hit)
        for i, f in enumerate(found):
            if i not in used and f.asker == "authors":
                fp += 1
                if verbose:
                    print(f"FP {meta_path.stem}: {f.text[:110]}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(
        f"authors' asks: precision {precision:.2f} ({tp}/{tp + fp}), recall {recall:.2f} "
        f"({tp}/{tp + fn})"
    )
    print(
        f"third-party asks: found {third_found}/{third_total}, attributed to the third party "
        f"{third_attributed}/{third_found}"
    )


if __name__ == "__main__":
    main()
