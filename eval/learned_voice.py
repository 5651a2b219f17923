"""Would a learned model guess a document's voice better than the rules in letterkit.mining.voice?

Run: .venv/bin/pip install scikit-learn && .venv/bin/python eval/learned_voice.py

Without a corpus entry, letterkit guesses whether a text speaks in its authors' voice (a letter,
petition or statement) or reports on one (`voice.is_letter`); the guess decides whose asks the
text's calls are. Every annotated document in eval/ carries its true voice (its `kind`). A
logistic regression on word 1-2-grams (present or absent) plus the rules' own verdict is trained
on nine tenths of the sets and tested on the tenth left out (whole sets are kept together, so
that no test document shares a set with a training one), for each tenth in turn. Each
document's out-of-fold probability then stands in for `is_letter` while the scorer reruns every
set with --guess-kind, at several thresholds. scikit-learn is needed here only; letterkit does
not depend on it.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
import score_asks  # noqa: E402
from learned_baseline import annotated_sets  # noqa: E402

import letterkit.mining.asks as asks_module  # noqa: E402
from letterkit.mining.clean import clean_text  # noqa: E402
from letterkit.mining.voice import is_letter  # noqa: E402
from letterkit.model import OWN_KINDS  # noqa: E402


def documents() -> list[dict]:
    """Every annotated document: its set, cleaned text, true voice, the rules' guess, and how
    many of its asks are the authors'."""
    out = []
    for folder in annotated_sets():
        for meta_path in sorted(folder.glob("*.yaml")):
            meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
            text = clean_text(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
            own = meta["source"]["kind"] in OWN_KINDS
            authors = sum(a["asker"] == "authors" for a in meta.get("asks") or [])
            out.append(
                {"set": folder, "text": text, "own": own, "rule": is_letter(text), "asks": authors}
            )
    return out


def out_of_fold(docs: list[dict]):  # -> numpy array of P(own voice)
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    texts = [d["text"] for d in docs]
    y = np.array([d["own"] for d in docs])
    rule = csr_matrix(np.array([[3.0 * d["rule"]] for d in docs]))
    prob = np.zeros(len(docs))
    for train, test in GroupKFold(10).split(texts, y, [d["set"].name for d in docs]):
        words = CountVectorizer(
            ngram_range=(1, 2), binary=True, min_df=3, token_pattern=r"(?u)\b\w+\b"
        )
        x_train = hstack([words.fit_transform([texts[i] for i in train]), rule[train]])
        x_test = hstack([words.transform([texts[i] for i in test]), rule[test]])
        model = LogisticRegression(C=0.3, max_iter=5000, class_weight="balanced")
        prob[test] = model.fit(x_train, y[train]).predict_proba(x_test)[:, 1]
    return prob


def _key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def guessed_scores(docs: list[dict], verdict: dict[str, bool]) -> str:
    """The scorer's --guess-kind totals over every set, with `verdict` (by text) as the voice."""
    asks_module.is_letter = lambda text: verdict.get(_key(text), is_letter(text))
    total = score_asks.Scores()
    for folder in sorted({d["set"] for d in docs}):
        s = score_asks.score(folder, guess_kind=True)
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        total.third_found += s.third_found
        total.third_attributed += s.third_attributed
    asks_module.is_letter = is_letter
    return (
        f"precision {total.precision:.3f} ({total.tp}/{total.tp + total.fp}), recall "
        f"{total.recall:.3f} ({total.tp}/{total.tp + total.fn}); third-party attributed "
        f"{total.third_attributed} of {total.third_found} found"
    )


def main() -> None:
    docs = documents()
    prob = out_of_fold(docs)
    rows = [("rules", [d["rule"] for d in docs]), ("truth", [d["own"] for d in docs])]
    rows += [(f"model > {t}", [p > t for p in prob]) for t in (0.5, 0.4, 0.35)]
    for name, said in rows:
        wrong_own = [d for d, s in zip(docs, said, strict=True) if d["own"] and not s]
        wrong_report = sum(1 for d, s in zip(docs, said, strict=True) if s and not d["own"])
        print(
            f"{name}: {len(wrong_own)} own texts taken for reports (with "
            f"{sum(d['asks'] for d in wrong_own)} asks), {wrong_report} reports taken for own "
            f"texts, of {len(docs)}; guessed: "
            + guessed_scores(docs, {_key(d["text"]): s for d, s in zip(docs, said, strict=True)})
        )


if __name__ == "__main__":
    main()
