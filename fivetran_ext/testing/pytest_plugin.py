"""pytest fixtures for the fake Fivetran API (registered as a ``pytest11`` plugin).

* ``fake_fivetran``: a fresh `FakeFivetran` per test, on a `FakeClock` (advance it with
  ``fake_fivetran.clock.advance(seconds)``), closed after the test.
* ``fake_fivetran_url``: the same fake served over real HTTP on 127.0.0.1; the value is the base URL.

The fake is imported when a fixture is first used, so merely having the plugin installed costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .fake import FakeFivetran

__all__ = ["fake_fivetran", "fake_fivetran_url"]


@pytest.fixture
def fake_fivetran() -> Iterator[FakeFivetran]:
    """A fresh in-memory Fivetran API for one test.

    Example:
        def test_sync(fake_fivetran):
            group = fake_fivetran.groups.create("analytics")
            ...
    """
    from .fake import FakeFivetran

    with FakeFivetran() as fake:
        yield fake


@pytest.fixture
def fake_fivetran_url(fake_fivetran: FakeFivetran) -> Iterator[str]:
    """``fake_fivetran`` over HTTP: the base URL (``http://127.0.0.1:PORT``), shut down after the test."""
    with fake_fivetran.serve() as base_url:
        yield base_url
