"""In-memory tables of the stateful resources, in creation order.

Each row gets an increasing position when added; list endpoints paginate on it, so the order is
stable and cursors survive deletions. Ids share one namespace across tables (as the live API's do),
except a destination, whose id is its group's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ._errors import not_found
from ._ids import IdFactory
from ._records import Connection, Destination, Group, User, Webhook

__all__ = ["Store", "Table"]

T = TypeVar("T")


class Table(Generic[T]):
    """Rows keyed by id; ``entity`` names them in 404 answers (``NotFound_<entity>``)."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self._rows: dict[str, tuple[int, T]] = {}
        self._next_position = 0

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[T]:
        return iter([item for _, item in self._rows.values()])

    def add(self, item_id: str, item: T) -> T:
        self._rows[item_id] = (self._next_position, item)
        self._next_position += 1
        return item

    def find(self, item_id: str) -> T | None:
        row = self._rows.get(item_id)
        return None if row is None else row[1]

    def get(self, item_id: str) -> T:
        """The row, or a 404 `FakeAPIError`."""
        row = self._rows.get(item_id)
        if row is None:
            raise not_found(self.entity, item_id)
        return row[1]

    def remove(self, item_id: str) -> T:
        item = self.get(item_id)
        del self._rows[item_id]
        return item

    def rows(self, where: Callable[[T], bool] | None = None) -> list[tuple[int, T]]:
        """``(position, item)`` pairs in creation order, optionally filtered."""
        return [row for row in self._rows.values() if where is None or where(row[1])]


@dataclass
class Store:
    """Every stateful table, plus group memberships."""

    ids: IdFactory = field(default_factory=IdFactory)
    groups: Table[Group] = field(default_factory=lambda: Table("Group"))
    destinations: Table[Destination] = field(default_factory=lambda: Table("Destination"))
    # "Integration" is the live API's internal name for connections in its 404 codes.
    connections: Table[Connection] = field(default_factory=lambda: Table("Integration"))
    webhooks: Table[Webhook] = field(default_factory=lambda: Table("Webhook"))
    users: Table[User] = field(default_factory=lambda: Table("User"))
    # group id -> user id -> group role
    members: dict[str, dict[str, str]] = field(default_factory=dict)

    def new_id(self, wanted: str | None = None) -> str:
        """A fresh id, unique across all tables; ``wanted`` asks for a specific one (seeding)."""
        taken = _Union((self.groups, self.connections, self.webhooks, self.users))
        if wanted is None:
            return self.ids.new(taken=taken)
        if not wanted or "/" in wanted:
            raise ValueError(f"invalid id {wanted!r}")
        if wanted in taken:
            raise ValueError(f"id {wanted!r} is already taken")
        return wanted


class _Union:
    def __init__(self, tables: tuple[Table[Group], Table[Connection], Table[Webhook], Table[User]]) -> None:
        self._tables = tables

    def __contains__(self, item: object) -> bool:
        return any(item in table for table in self._tables)
