"""Small helpers for building WordprocessingML elements python-docx has no API for."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def el(tag: str, attrs: dict[str, str] | None = None, *children: Any) -> Any:
    """An element `w:tag` with `w:` attributes and children."""
    element = OxmlElement(tag)
    for name, value in (attrs or {}).items():
        element.set(qn(name), value)
    for child in children:
        element.append(child)
    return element


def text_run(text: str, rstyle: str | None = None) -> Any:
    run = el("w:r")
    if rstyle:
        run.append(el("w:rPr", None, el("w:rStyle", {"w:val": rstyle})))
    t = el("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    return run


def field_runs(instruction: str, placeholder: str = "1") -> list[Any]:
    """A complex field (PAGE, NUMPAGES...) as the runs Word itself writes."""
    instr = el("w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return [
        el("w:r", None, el("w:fldChar", {"w:fldCharType": "begin"})),
        el("w:r", None, instr),
        el("w:r", None, el("w:fldChar", {"w:fldCharType": "separate"})),
        text_run(placeholder),
        el("w:r", None, el("w:fldChar", {"w:fldCharType": "end"})),
    ]


def insert_in_order(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    """Insert `child` before the first existing element named in `successors` (schema order)."""
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)
