"""The renderers' docstring examples are tests too, and a few edges they do not show."""

from __future__ import annotations

import doctest
import importlib

import pytest

from fivetran_ext.cli._render import ASCII, Column, Node, format_value, record, table, tree


@pytest.mark.parametrize(
    "module", ["_render", "_exit", "_cmd_resync", "_serialize", "_parser", "_progress", "_cmd_schema"]
)
def test_docstring_examples(module: str) -> None:
    failures, _ = doctest.testmod(importlib.import_module(f"fivetran_ext.cli.{module}"), raise_on_error=False)
    assert failures == 0


def test_table_pads_every_column_but_the_last() -> None:
    rows: list[dict[str, object]] = [{"id": "a", "state": {"sync": "syncing"}}, {"id": "longer", "state": None}]

    assert table(rows, [Column("ID", "id"), Column("SYNC", "state.sync")]) == [
        "ID      SYNC",
        "a       syncing",
        "longer  -",
    ]


def test_record_of_lists_and_empty_values() -> None:
    assert record({"events": [], "tasks": [{"code": "x", "message": "y"}], "config": {}}) == [
        "events: -",
        "tasks:",
        "  - code:    x",
        "    message: y",
        "config: {}",
    ]


def test_format_value_keeps_zero_and_false() -> None:
    values: tuple[object, ...] = (0, False, "", {})
    assert [format_value(value) for value in values] == ["0", "no", "-", "{}"]


def test_an_empty_tree_is_its_root() -> None:
    assert tree(Node("root"), ASCII) == ["root"]
