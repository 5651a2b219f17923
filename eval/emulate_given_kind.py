"""How an older commit would have scored a set had it been told each letter's kind.

Before stop 16, find_asks had no `own` argument: it guessed the voice from the text alone.
This script scores SET with the code and scorer of an older checkout, forcing the letter
voice (is_letter -> True) for the documents annotated as a letter, petition or statement,
which is what `own=True` does today. Used for the "kind given" blind estimates in
eval/README.md.

    git worktree add --detach /tmp/wt/ab86123 ab86123
    .venv/bin/python eval/emulate_given_kind.py /tmp/wt/ab86123 eval/blind4

Set NOPATCH=1 to score the checkout unchanged (it must reproduce the first blind score).
"""

import importlib.util
import os
import sys
from pathlib import Path

import yaml

worktree, folder = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(worktree / "src"))
import letterkit.mining.asks as asks  # noqa: E402  (the checkout's, not this one's)

spec = importlib.util.spec_from_file_location("score_asks", worktree / "eval" / "score_asks.py")
assert spec is not None and spec.loader is not None
scorer = importlib.util.module_from_spec(spec)
sys.modules["score_asks"] = scorer
spec.loader.exec_module(scorer)
kinds = {p.stem: yaml.safe_load(p.read_text())["source"]["kind"] for p in folder.glob("*.yaml")}
original_find, original_is_letter = scorer.find_asks, asks.is_letter


def find_asks(text, source="", authors=()):  # type: ignore[no-untyped-def]
    own = kinds.get(source) in ("letter", "petition", "statement")
    if own and not os.environ.get("NOPATCH"):
        asks.is_letter = lambda _text: True
    try:
        return original_find(text, source, authors)
    finally:
        asks.is_letter = original_is_letter


scorer.find_asks = find_asks
r = scorer.score(folder)
print(folder.name, worktree.name, f"precision {r.tp}/{r.tp + r.fp} recall {r.tp}/{r.tp + r.fn}")
