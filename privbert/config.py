"""TOML -> frozen dataclasses, with `section.key=value` overrides from the command line.

Each component (scrub, split, tokenizer, shards, model, optim, ...) owns a frozen dataclass that
validates itself in `__post_init__`; a root dataclass groups them. This module only knows how to
fill such a tree from TOML and CLI overrides, reject unknown keys with the list of valid ones, and
turn a resolved config back into plain JSON-able data for manifests and checkpoints.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def load_config(cls: type[T], path: str | Path | None = None, overrides: Sequence[str] = ()) -> T:
    """Build `cls` from a TOML file (optional) and `key.sub=value` overrides (TOML literals or bare strings)."""
    data: dict[str, Any] = {}
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ValueError(f"config file {path} does not exist; pass an existing TOML file to --config")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"config file {path} is not valid TOML: {exc}") from None
    for item in overrides:
        _apply_override(data, item)
    return from_dict(cls, data, where=str(path) if path else "config")


def from_dict(cls: type[T], data: Mapping[str, Any], where: str = "config") -> T:
    """Recursively build dataclass `cls` from a mapping; unknown keys raise ValueError naming the valid ones."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected a table, found {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValueError(
            f"{where}: unknown key(s) {', '.join(unknown)}; valid keys are: {', '.join(sorted(fields))}"
        )
    kwargs = {}
    for name, value in data.items():
        kwargs[name] = _coerce(hints[name], value, f"{where}.{name}" if where != "config" else name)
    try:
        return cls(**kwargs)
    except TypeError as exc:  # a required field is missing
        raise ValueError(f"{where}: {exc}") from None


def to_dict(cfg: Any) -> dict[str, Any]:
    """The resolved config as plain JSON-able data (tuples become lists, paths strings)."""
    return json.loads(json.dumps(dataclasses.asdict(cfg), default=str))


def _coerce(hint: Any, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value, where)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        non_none = [a for a in args if a is not type(None)]
        return _coerce(non_none[0], value, where) if len(non_none) == 1 else value
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{where}: expected a list, found {value!r}")
        item_type = args[0] if args else Any
        return tuple(_coerce(item_type, v, where) for v in value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (int, float, str, bool):
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise ValueError(f"{where}: expected {hint.__name__}, found {value!r}")
    return value


def _apply_override(data: dict[str, Any], item: str) -> None:
    if "=" not in item:
        raise ValueError(f"override {item!r} must look like section.key=value")
    dotted, raw = item.split("=", 1)
    keys = dotted.strip().split(".")
    node = data
    for key in keys[:-1]:
        node = node.setdefault(key, {})
        if not isinstance(node, dict):
            raise ValueError(f"override {item!r}: {key} is not a table")
    node[keys[-1]] = _parse_value(raw.strip())


def _parse_value(raw: str) -> Any:
    """A TOML literal (`3`, `0.5`, `true`, `["a", "b"]`, `"x"`), else the bare string."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw
