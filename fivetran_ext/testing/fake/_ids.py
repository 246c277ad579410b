"""Fivetran-looking ids (``decent_dropsy``, ``projected_sickle``) from a seeded generator."""

from __future__ import annotations

import random
import uuid
from collections.abc import Container

__all__ = ["IdFactory"]

_ADJECTIVES = (
    "amber", "brisk", "candid", "decent", "eager", "fluent", "gentle", "hollow", "ivory", "jolly",
    "keen", "lucid", "mellow", "nimble", "opaque", "placid", "quiet", "rustic", "steady", "tidy",
    "upbeat", "vivid", "wistful", "young", "zesty", "projected", "speak", "brave", "crisp", "dusky",
)  # fmt: skip
_NOUNS = (
    "anchor", "badger", "canyon", "dropsy", "ember", "falcon", "glacier", "harbor", "island", "juniper",
    "kettle", "lantern", "meadow", "nozzle", "orchard", "pebble", "quarry", "ribbon", "sickle", "tundra",
    "umbra", "valley", "willow", "yonder", "zephyr", "inexpensive", "firewood", "compass", "delta", "ferry",
)  # fmt: skip


class IdFactory:
    """Ids that look like the live API's and repeat for the same seed.

    Example:
        >>> IdFactory(seed=1).new(taken=())
        'eager_sickle'
    """

    def __init__(self, seed: int | None = 0) -> None:
        self._random = random.Random(seed)  # noqa: S311 - ids for a test double, not secrets

    def new(self, taken: Container[str]) -> str:
        """A fresh id not in ``taken`` (a suffix is added once the word pairs run out)."""
        for attempt in range(1000):
            candidate = f"{self._random.choice(_ADJECTIVES)}_{self._random.choice(_NOUNS)}"
            if attempt > 20:
                candidate = f"{candidate}_{self._random.randrange(10_000)}"
            if candidate not in taken:
                return candidate
        raise RuntimeError("could not find a free id")  # pragma: no cover - 900 pairs, 10,000 suffixes each

    def uuid(self) -> str:
        """A random-looking, reproducible UUID (webhook ``sync_id``)."""
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))
