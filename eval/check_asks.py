#!/usr/bin/env python3
"""Validate the asks test sets: `python3 eval/check_asks.py [FOLDER ...]` (default: eval/asks,
eval/heldout and eval/blind2).

For every NN-slug.yaml in a folder:
  * the matching NN-slug.txt exists and is valid UTF-8;
  * the YAML has the required source fields and a valid `kind`;
  * every asks[].text is an exact substring of the .txt and occurs exactly once
    (occurrences > 1 are reported as errors unless listed in ALLOWED_DUPLICATES);
  * every asks[].asker is a non-empty string;
  * asks do not overlap one another in the .txt.
Exit status 0 when clean, 1 otherwise.
"""

import glob
import itertools
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SETS = [os.path.join(HERE, d) for d in ("asks", "heldout", "blind2")]
KINDS = {"letter", "petition", "statement", "news-report"}
SOURCE_FIELDS = ["url", "title", "date", "publisher", "kind", "addressees", "partial"]
# (file stem, ask text) pairs that are knowingly non-unique; none at present.
ALLOWED_DUPLICATES = set()


def count_occurrences(hay, needle):
    n, start = 0, 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return n
        n += 1
        start = i + 1


def check(folder):
    errors, warnings = [], []
    ymls = sorted(glob.glob(os.path.join(folder, "[0-9][0-9]-*.yaml")))
    txts = sorted(glob.glob(os.path.join(folder, "[0-9][0-9]-*.txt")))
    stems_y = {os.path.basename(p)[:-5] for p in ymls}
    stems_t = {os.path.basename(p)[:-4] for p in txts}
    for s in sorted(stems_t - stems_y):
        errors.append(f"{s}.txt has no YAML")
    total = third = 0
    for yp in ymls:
        stem = os.path.basename(yp)[:-5]
        tp = os.path.join(folder, stem + ".txt")
        if not os.path.exists(tp):
            errors.append(f"{stem}: missing .txt")
            continue
        try:
            text = open(tp, encoding="utf-8").read()
        except UnicodeDecodeError as e:
            errors.append(f"{stem}: .txt not UTF-8 ({e})")
            continue
        with open(yp, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        src = data.get("source") or {}
        for k in SOURCE_FIELDS:
            if k not in src:
                errors.append(f"{stem}: source.{k} missing")
        if src.get("kind") not in KINDS:
            errors.append(f"{stem}: bad kind {src.get('kind')!r}")
        if not isinstance(src.get("partial"), bool):
            errors.append(f"{stem}: source.partial must be true/false")
        asks = data.get("asks") or []
        if not asks:
            warnings.append(f"{stem}: no asks")
        spans = []
        for i, a in enumerate(asks):
            t, who = a.get("text"), a.get("asker")
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{stem}: ask {i} has empty text")
                continue
            if not isinstance(who, str) or not who.strip():
                errors.append(f"{stem}: ask {i} has empty asker")
            n = count_occurrences(text, t)
            if n == 0:
                errors.append(f"{stem}: ask {i} not found in .txt: {t[:70]!r}")
                continue
            if n > 1 and (stem, t) not in ALLOWED_DUPLICATES:
                errors.append(f"{stem}: ask {i} occurs {n} times: {t[:70]!r}")
            if t != t.strip():
                warnings.append(f"{stem}: ask {i} has leading/trailing whitespace")
            start = text.find(t)
            spans.append((start, start + len(t), i))
            total += 1
            if who != "authors":
                third += 1
        spans.sort()
        for (_s1, e1, i1), (s2, _e2, i2) in itertools.pairwise(spans):
            if s2 < e1:
                errors.append(f"{stem}: asks {i1} and {i2} overlap")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(
        f"{os.path.basename(folder)}: {len(ymls)} documents, {total} asks ({third} by third "
        f"parties); {len(errors)} errors, {len(warnings)} warnings"
    )
    return 1 if errors else 0


def main():
    return max(check(folder) for folder in (sys.argv[1:] or DEFAULT_SETS))


if __name__ == "__main__":
    sys.exit(main())
