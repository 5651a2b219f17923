"""The blind first scores of the authors' asks, split into English documents and documents in
other languages.

For every set in eval/README.md's first-score table from FIRST on (default blind23, the first
set scored with the kind given), this checks out the commit that first scored it in a
temporary git worktree, scores the set with that commit's scorer and code (kind given), and
counts each document's asks from the notes. A document is in another language when its
publisher carries an "(in ...)" note. The counts use today's annotations, so a set whose
annotations were corrected after its first score (blind46, blind69) counts one ask more.

    .venv/bin/python eval/first_scores_by_language.py [FIRST [LAST]]

About two minutes on 2 cores (one worktree per commit).
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
_ROW = re.compile(r"^\| blind(\d+) \| ([0-9a-f]{7}) ")
_NOTE = re.compile(r"(FN|FP) (\S+?)(?::| \()")
# run inside the worktree's own interpreter path, so that its code and scorer are the ones used
_SCORE = """
import importlib.util, json, sys
from pathlib import Path
checkout = Path(sys.argv[1])
sys.path.insert(0, str(checkout / "src"))
spec = importlib.util.spec_from_file_location("score_asks", checkout / "eval" / "score_asks.py")
scorer = importlib.util.module_from_spec(spec)
sys.modules["score_asks"] = scorer
spec.loader.exec_module(scorer)
for folder in sys.argv[2:]:
    print(json.dumps(scorer.score(Path(folder), False).notes))
"""


def first_commits(first: int, last: int) -> dict[int, str]:
    """Each set's first-score commit: its first row in eval/README.md."""
    commits: dict[int, str] = {}
    for line in (EVAL / "README.md").read_text(encoding="utf-8").splitlines():
        if (row := _ROW.match(line)) and first <= int(row.group(1)) <= last:
            commits.setdefault(int(row.group(1)), row.group(2))
    return commits


def in_english(meta: dict) -> bool:
    return not re.search(r"\(in [A-Z]", meta["source"].get("publisher") or "")


def main(first: int = 23, last: int = 10_000) -> None:
    counts = {True: [0, 0, 0], False: [0, 0, 0]}  # found right, found wrong, annotated
    commits = first_commits(first, last)
    by_commit: dict[str, list[int]] = {}
    for number, commit in commits.items():
        by_commit.setdefault(commit, []).append(number)
    git = ["git", "-C", str(ROOT)]
    with tempfile.TemporaryDirectory() as scratch:
        for commit, numbers in by_commit.items():
            tree = Path(scratch) / commit
            subprocess.run(
                [*git, "worktree", "add", "-q", "--detach", str(tree), commit], check=True
            )
            try:
                folders = [str(EVAL / f"blind{n}") for n in numbers]
                out = subprocess.run(
                    [sys.executable, "-c", _SCORE, str(tree), *folders],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            finally:
                subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)
            for folder, line in zip(folders, out.splitlines(), strict=True):
                missed: dict[str, int] = {}
                wrong: dict[str, int] = {}
                for note in json.loads(line):
                    if match := _NOTE.match(note):
                        tally = missed if match.group(1) == "FN" else wrong
                        tally[match.group(2)] = tally.get(match.group(2), 0) + 1
                for path in sorted(Path(folder).glob("*.yaml")):
                    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
                    annotated = sum(
                        1
                        for ask in meta.get("asks") or []
                        if ask.get("asker", "authors") == "authors"
                    )
                    tally = counts[in_english(meta)]
                    tally[0] += annotated - missed.get(path.stem, 0)
                    tally[1] += wrong.get(path.stem, 0)
                    tally[2] += annotated
    sets = f"blind{min(commits)}-blind{max(commits)}"
    for english, (right, wrong_, annotated) in counts.items():
        label = "English" if english else "other languages"
        print(
            f"{sets}, {label}: recall {right / annotated:.2f} ({right}/{annotated}), "
            f"precision {right / (right + wrong_):.2f} ({right}/{right + wrong_})"
        )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
