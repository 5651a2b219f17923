"""Benchmark: `letterkit build` of the example letter, whole process, against its peers.

Run with `make bench` (or `.venv/bin/python bench/bench_build.py [--runs N] [SPEC]`).

Peers, measured in the same run on the same machine:
- pandoc: converting the letter's own Markdown export (`letterkit build -f md`) to DOCX;
- docxtpl: rendering an equivalent Word template (same paragraphs, bullets and signatories;
  docxtpl has no footnotes, so its letter carries the note texts inline) from a JSON context,
  in a fresh Python process like letterkit's.
- import floor: a Python process that only imports the libraries letterkit must use (typer,
  jinja2, python-docx, markdown-it-py with its plugins, PyYAML, msgspec) and exits. No build
  can start faster than this; what letterkit adds on top of it is its own cost.
Each command runs --runs times, interleaved so machine load hits all alike; medians reported.
Budget (DESIGN.md): letterkit no slower than docxtpl, and within 2x pandoc.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = ROOT / "letters" / "meps-delegation-visit" / "letter.yaml"
BIN = Path(sys.executable).parent

DOCXTPL_SCRIPT = """\
import json, sys
from docxtpl import DocxTemplate
template = DocxTemplate(sys.argv[1])
template.render(json.load(open(sys.argv[2], encoding="utf-8")))
template.save(sys.argv[3])
"""


def make_docxtpl_template(path: Path) -> None:
    """A Word template with the letter's structure as Jinja tags (docxtpl's own syntax)."""
    import docx

    document = docx.Document()
    document.add_paragraph("To the attention of:")
    document.add_paragraph("{{ addressee }}")
    document.add_paragraph("{{ date }}")
    document.add_paragraph("{{ salutation }}")
    document.add_paragraph("{%p for para in opening %}")
    document.add_paragraph("{{ para }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{{ asks_lead_in }}")
    document.add_paragraph("{%p for ask in asks %}")
    document.add_paragraph("{{ ask }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{{ follow_lead_in }}")
    document.add_paragraph("{%p for ask in follow %}")
    document.add_paragraph("{{ ask }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for para in closing %}")
    document.add_paragraph("{{ para }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for org in signatories %}")
    document.add_paragraph("{{ org }}")
    document.add_paragraph("{%p endfor %}")
    document.save(str(path))


def docxtpl_context(spec: Path) -> dict[str, object]:
    """The same letter's content, taken from letterkit's composition."""
    sys.path.insert(0, str(ROOT / "src"))
    from letterkit.compose import compose_letter, longdate
    from letterkit.workspace import find_workspace, load_spec, load_workspace

    ws = load_workspace(find_workspace(spec.parent))
    letter_spec = load_spec(spec, ws)
    letter = compose_letter(ws, letter_spec, spec)
    notes = dict(letter.footnotes)

    def texts(kind: str) -> list[str]:
        return [
            c.text + (f" [{notes[c.id]}]" if c.id in notes else "")
            for c in letter.clauses
            if c.kind == kind
        ]

    audience = ws.audiences[letter_spec.audience]
    return {
        "addressee": "; ".join(audience.addressee),
        "date": longdate(letter_spec.date),
        "salutation": audience.salutation,
        "opening": texts("opening") + texts("context"),
        "asks_lead_in": "During your visit, we strongly urge you to:",
        "asks": texts("ask"),
        "follow_lead_in": "Follow up on this visit with sustained efforts to:",
        "follow": texts("follow-up"),
        "closing": texts("closing"),
        "signatories": [ws.organisations[o].name for o in letter_spec.signatories],
    }


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    letterkit = str(BIN / "letterkit")
    # An installed wheel has its bytecode compiled by pip; an editable checkout on a machine
    # with PYTHONDONTWRITEBYTECODE set would recompile letterkit on every run. Measure the
    # installed state.
    import compileall

    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="letterkit-bench-") as tmp_name:
        tmp = Path(tmp_name)
        markdown = tmp / "letter.md"
        subprocess.run(
            [letterkit, "build", str(args.spec), "-f", "md", "-o", str(markdown)],
            check=True,
            capture_output=True,
        )
        commands: dict[str, list[str]] = {
            "letterkit build": [
                letterkit,
                "build",
                str(args.spec),
                "-o",
                str(tmp / "lk.docx"),
                "--force",
            ],
        }
        pandoc = shutil.which("pandoc")
        if pandoc:
            commands["pandoc md->docx"] = [pandoc, str(markdown), "-o", str(tmp / "pandoc.docx")]
        try:
            import docxtpl  # noqa: F401

            template, context, script = tmp / "tpl.docx", tmp / "context.json", tmp / "render.py"
            make_docxtpl_template(template)
            context.write_text(json.dumps(docxtpl_context(args.spec)), encoding="utf-8")
            script.write_text(DOCXTPL_SCRIPT, encoding="utf-8")
            commands["docxtpl render"] = [
                sys.executable,
                str(script),
                str(template),
                str(context),
                str(tmp / "tpl-out.docx"),
            ]
        except ImportError:
            print("docxtpl is not installed: pip install docxtpl to compare against it")
        commands["import floor"] = [
            sys.executable,
            "-c",
            "import typer, jinja2.sandbox, docx, markdown_it, yaml, msgspec, "
            "mdit_py_plugins.footnote, mdit_py_plugins.container",
        ]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            timed(command)  # warm the disk cache once
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command))

    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{'command':<18} {'median ms':>10} {'min ms':>8}   ({args.runs} runs each)")
    for name, values in times.items():
        print(f"{name:<18} {medians[name] * 1000:>10.1f} {min(values) * 1000:>8.1f}")
    ours = medians["letterkit build"]
    floor = medians["import floor"]
    print(f"letterkit's own cost above the import floor: {(ours - floor) * 1000:.1f} ms")
    ok = True
    if "docxtpl render" in medians:
        ratio = ours / medians["docxtpl render"]
        verdict = "ok" if ratio <= 1.0 else "OVER BUDGET"
        ok &= ratio <= 1.0
        print(f"letterkit / docxtpl = {ratio:.2f}  (budget <= 1.00: {verdict})")
    if "pandoc md->docx" in medians:
        ratio = ours / medians["pandoc md->docx"]
        verdict = "ok" if ratio <= 2.0 else "OVER BUDGET"
        ok &= ratio <= 2.0
        print(f"letterkit / pandoc  = {ratio:.2f}  (budget <= 2.00: {verdict})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
