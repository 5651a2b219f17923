"""Make a synthetic workspace of N past letters by recombining real sentences.

Run: `.venv/bin/python bench/gen_corpus.py N DIR [--seed S]` (bench_mine.py calls it).

The sentences come from the real texts in this repository: the seed letters in corpus/ and
the public letters of eval/asks/. Each is classified once with letterkit's own extractor into
asks (sentences and list items, with their lead-ins) and context sentences. A generated
letter is a date, a salutation, context paragraphs, sentence asks, a lead-in with list items,
more context and a signature of catalog organisations. Asks are perturbed (a word swapped for
another real word, or a trailing clause dropped) so that, as in a real corpus, the same ask
comes back reworded instead of verbatim: the miner must group near-duplicates, not only merge
identical text. The workspace's catalog/, clauses/ and real corpus are copies of the
starter library's; the generated letters are added to the corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


@dataclass
class Pools:
    sentence_asks: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    lead_ins: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    salutations: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


def real_texts() -> list[str]:
    from letterkit.mining.clean import clean_text

    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "eval" / "asks").glob("*.txt"))
    return [clean_text(p.read_text(encoding="utf-8")) for p in paths]


def build_pools() -> Pools:
    from letterkit.mining.asks import find_asks

    pools = Pools()
    for text in real_texts():
        asks = find_asks(text, "real", [])
        spans = [(a.start, a.end) for a in asks]
        for ask in asks:
            if ask.asker != "authors":
                continue
            if ask.form == "item":
                pools.items.append(ask.text)
                before = text[: text.rfind("\n", 0, ask.start)].rstrip()
                line = before[before.rfind("\n") + 1 :]
                if line.endswith(":") and not line.startswith("- "):
                    pools.lead_ins.append(line)
            else:
                pools.sentence_asks.append(ask.text)
        for match in re.finditer(r"[^\n]+", text):
            line = match.group()
            if line.startswith("Dear ") and len(line) < 80:
                pools.salutations.append(line)
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue
            for sentence in _SENTENCE.split(line):
                if len(sentence.split()) >= 8 and sentence[-1:] in ".!?":
                    pools.context.append(sentence)
        pools.words += re.findall(r"\b[a-z]{5,}\b", text)
    titles = yaml.safe_load((ROOT / "corpus" / "letters.yaml").read_text(encoding="utf-8"))
    pools.titles = [entry["title"] for entry in titles["letters"]]
    pools.lead_ins = list(dict.fromkeys(pools.lead_ins)) or ["We urge you to:"]
    pools.salutations = list(dict.fromkeys(pools.salutations)) or ["Dear Sir or Madam,"]
    return pools


_JOINTS = {"to", "the", "of", "and", "for", "in", "on", "that", "with", "all"}


def recombine(pool: list[str], count: int, rng: random.Random) -> list[str]:
    """`count` distinct asks: the real ones, then new ones made by joining the start of one
    real ask to the end of another at a word both have ("... the release of" + "of journalists
    detained on frivolous charges")."""
    out = dict.fromkeys(pool)
    tokens = [text.split(" ") for text in pool]
    for _ in range(count * 20):
        if len(out) >= count:
            break
        a, b = rng.sample(tokens, 2)
        cuts = [i for i in range(2, len(a) - 1) if a[i] in _JOINTS]
        if not cuts:
            continue
        cut = rng.choice(cuts)
        joins = [j for j in range(1, len(b) - 1) if b[j] == a[cut]]
        if joins:
            out.setdefault(" ".join(a[:cut] + b[rng.choice(joins) :]))
    return list(out)


def perturb(text: str, rng: random.Random, words: list[str]) -> str:
    """The same ask, reworded the way letters reword it: a word changed, a clause dropped."""
    tokens = text.split(" ")
    roll = rng.random()
    if roll < 0.45 and len(tokens) > 6:
        tokens[rng.randrange(3, len(tokens) - 1)] = rng.choice(words)
    elif roll < 0.7 and "," in text[20:]:
        head = text[: text.index(",", 20)]
        return head + text[-1] if text[-1] in ".;:" else head
    return " ".join(tokens)


class Zipf:
    """Draws from a list where the k-th entry is drawn 1/k as often as the first: a few asks
    recur in many letters, most in a few, as in a real corpus."""

    def __init__(self, items: list[str], rng: random.Random) -> None:
        self.items = items
        self.rng = rng
        self.cumulative = list(itertools.accumulate(1 / (k + 1) for k in range(len(items))))

    def draw(self, count: int) -> list[str]:
        return self.rng.choices(self.items, cum_weights=self.cumulative, k=count)


def letter_text(
    rng: random.Random, pools: Pools, asks: Zipf, items: Zipf, orgs: list[str], date: str
) -> str:
    def reworded(draw: Zipf, low: int, high: int) -> list[str]:
        return [perturb(text, rng, pools.words) for text in draw.draw(rng.randint(low, high))]

    parts = [
        date,
        rng.choice(pools.salutations),
        " ".join(rng.sample(pools.context, rng.randint(2, 4))),
        " ".join(rng.sample(pools.context, rng.randint(1, 3))),
        *reworded(asks, 1, 3),
        rng.choice(pools.lead_ins),
        "\n".join(f"- {item}" for item in reworded(items, 2, 6)),
        " ".join(rng.sample(pools.context, rng.randint(1, 3))),
        "Sincerely,",
        "\n".join(orgs),
    ]
    return "\n\n".join(parts) + "\n"


def generate(root: Path, count: int, seed: int = 1) -> None:
    """Write a workspace with `count` generated letters at `root` (which must not exist)."""
    from letterkit.compose import longdate

    rng = random.Random(seed)
    pools = build_pools()
    # distinct asks grow with the corpus: about one new sentence ask per 4 letters and one
    # new list item per 2
    asks = Zipf(recombine(pools.sentence_asks, count // 4, rng), rng)
    items = Zipf(recombine(pools.items, count // 2, rng), rng)
    root.mkdir(parents=True)
    shutil.copy(ROOT / "letterkit.toml", root / "letterkit.toml")
    shutil.copytree(ROOT / "catalog", root / "catalog")
    shutil.copytree(ROOT / "clauses", root / "clauses")
    corpus = root / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)  # the clauses cite the real letters
    catalog = yaml.safe_load((ROOT / "catalog" / "organisations.yaml").read_text(encoding="utf-8"))
    orgs = {o["id"]: o["name"] for o in catalog["organisations"]}
    entries = yaml.safe_load((corpus / "letters.yaml").read_text(encoding="utf-8"))["letters"]
    for number in range(count):
        year, month, day = rng.randint(2005, 2026), rng.randint(1, 12), rng.randint(1, 28)
        authors = rng.sample(sorted(orgs), rng.randint(2, 5))
        name = f"{number:06d}.txt"
        printed = longdate(dt.date(year, month, day))
        (corpus / name).write_text(
            letter_text(rng, pools, asks, items, [orgs[a] for a in authors], printed),
            encoding="utf-8",
        )
        entries.append(
            {
                "id": f"{year}-{month:02d}-{day:02d}-synthetic-{number:06d}",
                "title": rng.choice(pools.titles),
                "date": f"{year}-{month:02d}-{day:02d}",
                "kind": "letter",
                "authors": authors,
                "file": name,
            }
        )
    (corpus / "letters.yaml").write_text(
        yaml.safe_dump({"letters": entries}, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("root", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.root.exists():
        parser.error(f"{args.root} exists; give a new folder")
    generate(args.root, args.count, args.seed)
    print(f"{args.count} letters in {args.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
