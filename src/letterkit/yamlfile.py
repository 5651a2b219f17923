"""Safe YAML loading that remembers where each value came from, for file:line messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from letterkit.errors import Problem

M = TypeVar("M", bound=BaseModel)


class YamlDoc:
    """Parsed YAML data plus the node tree, so a data path can be turned into a line."""

    def __init__(self, data: Any, node: yaml.Node | None, path: Path, line_offset: int = 0):
        self.data = data
        self.node = node
        self.path = path
        self.line_offset = line_offset

    def line_of(self, loc: Iterable[str | int]) -> int | None:
        """The 1-based line of the value at `loc`, or of the nearest parent that exists."""
        node = self.node
        if node is None:
            return None
        best = node
        for key in loc:
            child = _child(node, key)
            if child is None:
                continue  # pydantic adds union-member names to locs; skip what isn't a key
            node = best = child
        return best.start_mark.line + 1 + self.line_offset


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            if knode.value == key:
                found: yaml.Node = (
                    vnode if not isinstance(vnode, yaml.ScalarNode) or vnode.value else knode
                )
                return found
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    return None


class _Loader(yaml.SafeLoader):
    """The safe loader, with impossible dates (2026-19-05) reported as YAML errors with a line
    instead of a bare ValueError."""

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"impossible date '{node.value}': {exc}", node.start_mark
            ) from exc


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def parse_yaml(text: str, path: Path, line_offset: int = 0) -> YamlDoc:
    """Parse with the safe loader only; raise a Problem-carrying YAMLError on bad input."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return YamlDoc(data, node, path, line_offset)


def yaml_problem(exc: yaml.YAMLError, path: Path, line_offset: int = 0) -> Problem:
    """Turn a PyYAML error into `file:line: message`."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 + line_offset if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"invalid YAML: {problem}" + (f" ({context})" if context else "")
    hint = None
    if "python/" in str(exc):
        message = "invalid YAML: Python-specific tags (!!python/...) are not allowed"
        hint = "letterkit reads plain YAML only; remove the tag"
    return Problem(message, path, line, hint)


def load_yaml_file(path: Path) -> tuple[YamlDoc | None, list[Problem]]:
    """Read and parse a YAML file; problems instead of exceptions."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(f"not UTF-8 text ({exc.reason})", path, hint="save it as UTF-8")]
    except OSError as exc:
        return None, [Problem(f"cannot read: {exc.strerror}", path)]
    try:
        return parse_yaml(text, path), []
    except yaml.YAMLError as exc:
        return None, [yaml_problem(exc, path)]


def validate(
    model: type[M], doc: YamlDoc, loc_prefix: tuple[str | int, ...] = ()
) -> tuple[M | None, list[Problem]]:
    """Validate `doc.data` (or the part at loc_prefix) against a model; problems with lines."""
    data: Any = doc.data
    for key in loc_prefix:
        data = data[key]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, validation_problems(exc, doc, model, loc_prefix)


def validation_problems(
    exc: ValidationError,
    doc: YamlDoc,
    model: type[BaseModel],
    loc_prefix: tuple[str | int, ...] = (),
) -> list[Problem]:
    problems = []
    known = sorted(_field_names(model))
    for err in exc.errors():
        loc = loc_prefix + tuple(err["loc"])
        line = doc.line_of(loc)
        where = _format_loc(loc)
        if err["type"] == "extra_forbidden":
            key = str(err["loc"][-1])
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else None
            problems.append(Problem(f"unknown key '{key}'" + _in(loc[:-1]), doc.path, line, hint))
        elif err["type"] == "missing":
            problems.append(Problem(f"missing required key '{where}'", doc.path, line))
        else:
            problems.append(Problem(f"{where}: {err['msg']}", doc.path, line))
    return problems


def _in(loc: tuple[str | int, ...]) -> str:
    return f" in '{_format_loc(loc)}'" if loc else ""


def _format_loc(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif (part and part[0].isupper()) or part in {"str", "list[str]", "function-after"}:
            continue  # pydantic's union-member labels mean nothing to a user
        else:
            text += ("." if text else "") + part
    return text


def _field_names(model: type[BaseModel], seen: set[type] | None = None) -> set[str]:
    """Every field name in a model and the models nested in it: "did you mean" candidates."""
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names = set(model.model_fields)
    for field in model.model_fields.values():
        for sub in _models_in(field.annotation):
            names |= _field_names(sub, seen)
    return names


def _models_in(annotation: Any) -> Iterable[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _models_in(arg)
