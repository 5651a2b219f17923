"""Would a learned model catch the asks the rules miss on letters they have not seen?

Run: .venv/bin/pip install scikit-learn && .venv/bin/python eval/learned_fallback.py

For each blind set in FIRST_SCORES, the rules' asks are those of the commit that scored the
set first (checked out with `git worktree` into a temporary folder), so they are the rules'
asks on a set they had not seen. A logistic regression on word 1-2-grams (present or not) and
four layout features is trained on the sets gathered before that set only, and labels every
sentence and list item of it. A unit the model scores above a threshold is added as an ask
of the authors when the document is the authors' own, no rule found an ask there, and it is
a sentence or list item rather than a lead-in or heading. The fallback's settings (C=1, no
class weight, 0.8, those filters) were chosen on FIRST_SCORES; blind50 and blind51, scored
at db8f25e before anyone read them, are the check of that choice. eval/README.md gives the
numbers. scikit-learn is needed here only.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from learned_baseline import HERE, annotated_sets, documents
from score_asks import overlap, pair

FIRST_SCORES = {
    "blind36": "72343c5",
    "blind37": "8b26ae5",
    "blind38": "8b26ae5",
    "blind39": "4314122",
    "blind40": "affa509",
    "blind41": "4bf8765",
    "blind42": "dfa4938",
    "blind43": "98b511d",
    "blind44": "dc3dc53",
    "blind45": "440ec61",
    "blind46": "248158f",
    "blind47": "64becf4",
    "blind48": "0981e40",
    "blind49": "62c1a2c",
    "blind50": "db8f25e",
    "blind51": "db8f25e",
}
# what the scorer at a commit found in each document: (start, end, asker)
DUMP = """
import pickle, sys, pathlib
sys.path[:0] = ['src', 'eval']
import score_asks as s
found, call = {}, s.find_asks
def spy(text, source='', *a, **k):
    out = call(text, source, *a, **k)
    found[source] = [(x.start, x.end, x.asker) for x in out]
    return out
s.find_asks = spy
s.score(pathlib.Path(sys.argv[1]))
pickle.dump(found, open(sys.argv[2], 'wb'))
"""


def first_asks(name: str, commit: str, scratch: Path) -> dict[str, list[tuple[int, int, str]]]:
    tree = scratch / commit
    if not tree.exists():
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
    out = scratch / f"{name}.pkl"
    subprocess.run([sys.executable, "-c", DUMP, str(HERE / name), str(out)], cwd=tree, check=True)
    return pickle.loads(out.read_bytes())


def number(name: str) -> int:
    match = re.fullmatch(r"blind(\d+)", name)
    return int(match.group(1)) if match else 0


def counts(gold: list, found: list[tuple[int, int, str]]) -> tuple[int, int, int]:
    """True and false positives and misses of the authors' asks, as eval/score_asks.py counts."""
    hits = dict(pair([span for span, _ in gold], [(s, e) for s, e, _ in found]))
    tp = sum(
        1 for i, (_, a) in enumerate(gold) if i in hits and a == "authors" == found[hits[i]][2]
    )
    fn = sum(1 for _, a in gold if a == "authors") - tp
    used = set(hits.values())
    return tp, sum(1 for i, f in enumerate(found) if i not in used and f[2] == "authors"), fn


def fallback(
    doc: dict, chances, rules: list[tuple[int, int, str]], threshold: float = 0.8
) -> list[tuple[int, int, str]]:
    """The units the model adds: above the threshold, in the authors' own text, where no rule
    found an ask, and neither a lead-in ending in a colon nor a line with no closing
    punctuation."""
    return [
        (*unit[3], "authors")
        for unit, chance in zip(doc["units"], chances, strict=True)
        if chance > threshold
        and doc["own"]
        and not unit[0].rstrip().endswith((":", "\uff1a"))
        and (
            unit[1][0]
            or re.search('[.!?;\u3002\uff01\uff1f]["”’»)\\]]*\\d{0,3}$', unit[0].rstrip())
        )
        and not any(overlap(unit[3], (s, e)) for s, e, _ in rules)
    ]


def features(words, batch: list, fit: bool = False):
    """The bag of words (fitted on `batch` when `fit`) and the layout of each unit."""
    from scipy.sparse import csr_matrix, hstack

    texts = [unit[0] for unit in batch]
    bag = words.fit_transform(texts) if fit else words.transform(texts)
    return hstack([bag, csr_matrix([unit[1] for unit in batch])]).tocsr()


def main() -> None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    folders = annotated_sets()
    data = {folder.name: documents(folder, kind_given=True) for folder in folders}
    totals = {"chosen on blind36-49": [0] * 6, "checked on blind50-51": [0] * 6}
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for name, commit in FIRST_SCORES.items():
                found = first_asks(name, commit, Path(scratch))
                # the sets gathered alongside this one are not "before" it
                before = min(number(n) for n, c in FIRST_SCORES.items() if c == commit)
                seen = [u for n in data if number(n) < before for d in data[n] for u in d["units"]]
                words = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True)
                model = LogisticRegression(C=1, max_iter=3000)
                model.fit(features(words, seen, fit=True), [u[2] for u in seen])
                row = totals[
                    "checked on blind50-51" if number(name) >= 50 else "chosen on blind36-49"
                ]
                for doc in data[name]:
                    rules = found.get(doc["stem"], [])
                    chances = (
                        model.predict_proba(features(words, doc["units"]))[:, 1]
                        if doc["units"]
                        else []
                    )
                    for offset, asks in ((0, rules), (3, rules + fallback(doc, chances, rules))):
                        for k, value in enumerate(counts(doc["gold"], asks)):
                            row[offset + k] += value
    finally:
        # after the folder is gone, so git forgets the worktrees it held
        subprocess.run(["git", "worktree", "prune"], check=False)
    for label, (tp, fp, fn, tp2, fp2, fn2) in totals.items():
        print(
            f"{label}: rules precision {tp / (tp + fp):.2f} ({tp}/{tp + fp}), recall "
            f"{tp / (tp + fn):.2f} ({tp}/{tp + fn}); with the fallback {tp2 / (tp2 + fp2):.2f} "
            f"({tp2}/{tp2 + fp2}), {tp2 / (tp2 + fn2):.2f} ({tp2}/{tp2 + fn2})"
        )


if __name__ == "__main__":
    main()
