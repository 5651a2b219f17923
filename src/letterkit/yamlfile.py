"""Safe YAML loading that remembers where each value came from, for file:line messages."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin, get_type_hints

import msgspec
import yaml

from letterkit.errors import Problem

S = TypeVar("S", bound=msgspec.Struct)


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
                continue  # a path that leaves the YAML (a default) stops at the nearest parent
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


# libyaml's C parser when PyYAML has it (every PyYAML wheel does): 10x faster than the Python one.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[misc]
    """The safe loader, with impossible dates (2026-19-05) reported as YAML errors with a line
    instead of a bare ValueError."""

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
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
    model: type[S], doc: YamlDoc, loc: tuple[str | int, ...] = ()
) -> tuple[S | None, list[Problem]]:
    """Validate the value at `loc` in `doc` against a record type; a located problem if not."""
    data: Any = doc.data
    for key in loc:
        data = data[key]
    try:
        return msgspec.convert(data, model), []
    except msgspec.ValidationError as exc:
        return None, [validation_problem(exc, doc, model, loc)]


_AT = re.compile(
    r"^(?P<msg>.*?)(?: - at `(?P<key>key)` in `\$(?P<keypath>[^`]*)`| - at `\$(?P<path>[^`]*)`)?$",
    re.S,
)
_PATH_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]|(\[\.\.\.\])")


def validation_problem(
    exc: msgspec.ValidationError, doc: YamlDoc, model: type, loc: tuple[str | int, ...] = ()
) -> Problem:
    """msgspec's first error as `file:line: message`, with a "did you mean" for unknown keys."""
    match = _AT.match(str(exc))
    assert match is not None
    message = match.group("msg")
    path = match.group("keypath") if match.group("key") else match.group("path") or ""
    # findall gives '' (not None) for the alternatives that did not match
    parts = [name or (int(index) if index else None) for name, index, _ in _PATH_PART.findall(path)]
    where, kind = _resolve(doc.data, model, loc, parts)
    if match.group("key"):  # a mapping key that breaks its rule: name the key
        mapping = _at(doc.data, where)
        keys = mapping if isinstance(mapping, dict) else {}
        bad = next((k for k in keys if not _fits(k, _args(kind, 0))), None)
        if bad is not None:
            label = _format_loc(where)
            text = message.replace("`", "'")
            return Problem(f"{label}: key '{bad}': {text}", doc.path, doc.line_of((*where, bad)))
    unknown = re.match(r"Object contains unknown field `(.+)`", message)
    if unknown:
        key = unknown.group(1)
        close = difflib.get_close_matches(key, sorted(field_names(model)), n=1)
        hint = f"did you mean '{close[0]}'?" if close else None
        return Problem(
            f"unknown key '{key}'" + _in(where), doc.path, doc.line_of((*where, key)), hint
        )
    missing = re.match(r"Object missing required field `(.+)`", message)
    if missing:
        return Problem(
            f"missing required key '{missing.group(1)}'" + _in(where), doc.path, doc.line_of(where)
        )
    text = message.replace("`", "'")
    label = _format_loc(where)
    return Problem(f"{label}: {text}" if label else text, doc.path, doc.line_of(where))


def _resolve(
    data: Any, model: type, loc: tuple[str | int, ...], parts: list[str | int | None]
) -> tuple[tuple[str | int, ...], Any]:
    """The data path of msgspec's error, and the declared type there. msgspec writes a dict
    value as `[...]` without its key: the key is the first whose value does not convert to
    the dict's value type, so "themes.sanctions" is named with its own line."""
    where, kind = list(loc), _type_at(model, loc)
    for part in parts:
        if part is None:
            mapping = _at(data, where)
            entries = mapping.items() if isinstance(mapping, dict) else ()
            bad = next((k for k, v in entries if not _fits(v, _args(kind, 1))), None)
            if bad is None:
                break
            part = bad
        where.append(part)
        kind = _type_at(kind, (part,))
    return tuple(where), kind


def _type_at(kind: Any, path: Iterable[str | int]) -> Any:
    """The declared type at a data path below `kind` (None where it cannot be told)."""
    for part in path:
        kind = _plain(kind)
        if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
            kind = get_type_hints(kind, include_extras=True).get(str(part))
        elif get_origin(kind) in (list, dict):
            kind = get_args(kind)[-1]
        else:
            return None
    return kind


def _plain(kind: Any) -> Any:
    """`kind` without Annotated[...] and without the None of an optional."""
    while get_origin(kind) is Annotated or get_origin(kind) in (Union, UnionType):
        args = [a for a in get_args(kind) if a is not type(None)]
        kind = args[0]
    return kind


def _args(kind: Any, index: int) -> Any:
    args = get_args(_plain(kind))
    return args[index] if len(args) > index else None


def _fits(value: Any, kind: Any) -> bool:
    if kind is None:
        return True
    try:
        msgspec.convert(value, kind)
    except msgspec.ValidationError:
        return False
    return True


def _at(data: Any, path: Iterable[str | int]) -> Any:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _in(loc: tuple[str | int, ...]) -> str:
    return f" in '{_format_loc(loc)}'" if loc else ""


def _format_loc(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else ("." if text else "") + part
    return text


def field_names(model: type, seen: set[type] | None = None) -> set[str]:
    """Every field name in a record type and those nested in it: "did you mean" candidates."""
    seen = seen if seen is not None else set()
    if model in seen or not (isinstance(model, type) and issubclass(model, msgspec.Struct)):
        return set()
    seen.add(model)
    names = set(model.__struct_fields__)
    for hint in get_type_hints(model).values():
        for sub in _types_in(hint):
            names |= field_names(sub, seen)
    return names


def _types_in(annotation: Any) -> Iterable[type]:
    if isinstance(annotation, type):
        yield annotation
    for arg in get_args(annotation):
        yield from _types_in(arg)
