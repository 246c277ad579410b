"""Output rendering: aligned tables, indented records, trees, JSON; Unicode or plain ASCII glyphs.

Renderers work on plain data (``model.to_dict()``), never on the generated models' attributes, so one
set of functions serves every resource and never meets the generator's ``UNSET``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

__all__ = [
    "ASCII",
    "UNICODE",
    "Column",
    "Glyphs",
    "Node",
    "dump_json",
    "format_value",
    "glyphs_for",
    "lookup",
    "record",
    "table",
    "tree",
]


@dataclass(frozen=True)
class Glyphs:
    """The symbols output uses; ASCII ones for terminals and logs that cannot encode Unicode."""

    ok: str
    fail: str
    warn: str
    arrow: str
    branch: str
    last: str
    pipe: str
    spinner: tuple[str, ...]


UNICODE = Glyphs(
    ok="✓", fail="✗", warn="!", arrow="→", branch="├── ", last="└── ", pipe="│   ", spinner=tuple("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
)
ASCII = Glyphs(ok="+", fail="x", warn="!", arrow="->", branch="|-- ", last="`-- ", pipe="|   ", spinner=tuple("|/-\\"))


def glyphs_for(stream: TextIO) -> Glyphs:
    """Unicode glyphs if ``stream`` can encode them (a UTF-8 terminal or log), ASCII otherwise.

    Example:
        >>> import io
        >>> glyphs_for(io.TextIOWrapper(io.BytesIO(), encoding="ascii")).ok
        '+'
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    sample = UNICODE.ok + UNICODE.fail + UNICODE.arrow + UNICODE.branch + UNICODE.pipe + "".join(UNICODE.spinner)
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return ASCII
    return UNICODE


def format_value(value: Any) -> str:
    """One cell: ``-`` for nothing, ``yes``/``no`` for booleans, lists comma-separated, objects as JSON.

    Example:
        >>> [format_value(v) for v in (None, True, ["sync_start", "sync_end"], 360)]
        ['-', 'yes', 'sync_start, sync_end', '360']
    """
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(format_value(item) for item in value) if value else "-"
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"), sort_keys=True)
    return str(value)


def lookup(data: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted ``path`` (``status.sync_state``), None where a key is missing.

    Example:
        >>> lookup({"status": {"sync_state": "syncing"}}, "status.sync_state")
        'syncing'
    """
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


@dataclass(frozen=True)
class Column:
    """A table column: its header and the dotted path of its value in each row."""

    header: str
    path: str


def table(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> list[str]:
    """Rows as lines of left-aligned columns under a header, two spaces apart.

    Example:
        >>> table([{"id": "a", "name": "analytics"}], [Column("ID", "id"), Column("NAME", "name")])
        ['ID  NAME', 'a   analytics']
    """
    cells = [[column.header for column in columns]]
    cells += [[format_value(lookup(row, column.path)) for column in columns] for row in rows]
    widths = [max(len(line[index]) for line in cells) for index in range(len(columns))]
    # The last column is not padded: trailing spaces only make copy-paste and diffs worse.
    return ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in cells]


def record(data: Mapping[str, Any], indent: int = 0) -> list[str]:
    """A mapping as ``key: value`` lines with aligned values; nested objects and lists are indented.

    Example:
        >>> record({"id": "a", "status": {"sync_state": "syncing"}})
        ['id:     a', 'status:', '  sync_state: syncing']
    """
    pad = " " * indent
    width = max((len(str(key)) for key in data), default=0) + 1
    lines: list[str] = []
    for key, value in data.items():
        label = f"{key}:"
        if isinstance(value, Mapping) and value:
            lines.append(f"{pad}{label}")
            lines += record(value, indent + 2)
        elif isinstance(value, list) and any(isinstance(item, Mapping) for item in value):
            lines.append(f"{pad}{label}")
            for item in value:
                lines += _list_item(item, indent + 2)
        else:
            lines.append(f"{pad}{label.ljust(width)} {format_value(value)}".rstrip())
    return lines


def _list_item(item: Any, indent: int) -> list[str]:
    if not isinstance(item, Mapping) or not item:
        return [f"{' ' * indent}- {format_value(item)}"]
    # "- " then the item's first line; its other lines line up under the first key.
    body = record(item, indent + 2)
    return [f"{' ' * indent}- {body[0].lstrip()}", *body[1:]]


@dataclass
class Node:
    """A tree node: its one-line label and its children."""

    label: str
    children: list[Node] = field(default_factory=list)


def tree(root: Node, glyphs: Glyphs) -> list[str]:
    """The tree as lines, the root unindented and each level drawn with branch glyphs.

    Example:
        >>> print("\\n".join(tree(Node("root", [Node("a", [Node("a1")]), Node("b")]), ASCII)))
        root
        |-- a
        |   `-- a1
        `-- b
    """
    lines = [root.label]
    _subtree(root.children, "", glyphs, lines)
    return lines


def _subtree(children: Sequence[Node], prefix: str, glyphs: Glyphs, lines: list[str]) -> None:
    for index, child in enumerate(children):
        last = index == len(children) - 1
        lines.append(f"{prefix}{glyphs.last if last else glyphs.branch}{child.label}")
        _subtree(child.children, prefix + (" " * len(glyphs.pipe) if last else glyphs.pipe), glyphs, lines)


def dump_json(value: Any) -> str:
    """``value`` as indented JSON; anything JSON does not know (datetimes) as its ``str``."""
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)
