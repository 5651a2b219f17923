"""A learned baseline for ask extraction, to compare with the rules in letterkit.mining.asks.

Run: .venv/bin/pip install scikit-learn && .venv/bin/python eval/learned_baseline.py

Every sentence and list item that the extractor reads in the annotated sets is labelled 1 when
it overlaps an annotated ask of the authors (the scorer's test), else 0. A logistic regression
on word 1-2-grams and character 2-5-grams (tf-idf) plus four layout features (list item, letter
voice, after a colon, very long) is trained on all sets but one and tested on the one left out,
for each set in turn, so that every prediction is made on a set the model never saw: the same
footing as the blind scores of the rules in eval/README.md. scikit-learn is needed here only;
letterkit does not depend on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
from score_asks import annotated, overlap  # noqa: E402

from letterkit.mining.clean import clean_text  # noqa: E402
from letterkit.mining.sentences import item_body, split_blocks, split_sentences  # noqa: E402
from letterkit.mining.voice import is_letter  # noqa: E402
from letterkit.model import OWN_KINDS  # noqa: E402


def units(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is an item) of every sentence and list item, as the extractor reads them."""
    out = []
    for block in split_blocks(text):
        if block.item:
            _, offset = item_body(block.text)
            out.append((block.start + offset, block.start + len(block.text), True))
        else:
            out.extend((u.start, u.start + len(u.text), False) for u in split_sentences(block))
    return out


def annotated_sets() -> list[Path]:
    """The annotated sets in eval/ (not second/, which annotates blind44-47's texts again)."""
    return sorted(p for p in HERE.iterdir() if p.name != "second" and any(p.glob("*.yaml")))


def documents(folder: Path, kind_given: bool = False) -> list[dict]:
    """Each document of the annotated set `folder`: its stem, voice, annotated asks, and its
    units as (text, layout features, label, span). The voice is the annotated kind's when
    `kind_given`, else guessed from the text as a file with no corpus entry would be."""
    out = []
    for meta_path in sorted(folder.glob("*.yaml")):
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
        text = clean_text(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
        gold = annotated(meta_path, meta, text, [])
        own = meta["source"]["kind"] in OWN_KINDS if kind_given else is_letter(text)
        found, previous = [], ""
        for start, end, item in units(text):
            label = any(a == "authors" and overlap(g, (start, end)) for g, a in gold)
            layout = [float(item), float(own), float(previous.endswith(":")), end - start > 400]
            found.append((text[start:end], [float(x) for x in layout], int(label), (start, end)))
            previous = text[start:end]
        out.append({"stem": meta_path.stem, "own": own, "gold": gold, "units": found})
    return out


def rows(folder: Path) -> list[tuple[str, list[float], int]]:
    """(text, layout features, label) of every unit in the annotated set `folder`."""
    return [unit[:3] for doc in documents(folder) for unit in doc["units"]]


def main() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    folders = annotated_sets()
    data = {folder.name: rows(folder) for folder in folders}
    texts = [t for name in data for t, _, _ in data[name]]
    layout = np.array([f for name in data for _, f, _ in data[name]])
    labels = np.array([y for name in data for _, _, y in data[name]])
    sets = np.array([name for name in data for _ in data[name]])
    print(f"{len(data)} sets, {len(labels)} units, {labels.sum()} of them the authors' asks")
    for weight in (None, "balanced"):
        probability = np.zeros(len(labels))
        for name in data:
            train = sets != name
            words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            chars = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True
            )
            seen = [t for t, keep in zip(texts, train, strict=True) if keep]
            unseen = [t for t, keep in zip(texts, train, strict=True) if not keep]
            x_train = hstack(
                [words.fit_transform(seen), chars.fit_transform(seen), csr_matrix(layout[train])]
            ).tocsr()
            x_test = hstack(
                [words.transform(unseen), chars.transform(unseen), csr_matrix(layout[~train])]
            ).tocsr()
            model = LogisticRegression(C=4, max_iter=3000, class_weight=weight)
            probability[~train] = model.fit(x_train, labels[train]).predict_proba(x_test)[:, 1]
        for threshold in (0.3, 0.5, 0.7):
            chosen = probability > threshold
            hits = (chosen & (labels == 1)).sum()
            print(
                f"class weight {weight or 'none':8} threshold {threshold}: "
                f"precision {hits / max(chosen.sum(), 1):.2f}, recall {hits / labels.sum():.2f}"
            )


if __name__ == "__main__":
    main()
