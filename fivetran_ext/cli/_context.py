"""What every command gets: the console, the output mode and a lazily built client.

The client comes from a factory so tests can wire the CLI to an in-process `FakeFivetran`
(``main(argv, client_factory=lambda options: fake.client(...))``) while the real CLI reads credentials
from the environment only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._console import Console
from ._render import Glyphs, dump_json, glyphs_for

if TYPE_CHECKING:
    from .._client import Fivetran

__all__ = ["ClientFactory", "ClientOptions", "Context", "UsageError", "client_from_env"]


class UsageError(Exception):
    """A problem with what the user asked for, found before anything was sent (exit code 2)."""


@dataclass(frozen=True)
class ClientOptions:
    """The client settings the command line controls; None leaves the library's default."""

    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None


ClientFactory = Callable[[ClientOptions], "Fivetran"]
"""Builds the client a command uses; called at most once per invocation."""


def client_from_env(options: ClientOptions) -> Fivetran:
    """The CLI's default factory: `Fivetran.from_env` with the command-line overrides.

    Credentials come from ``FIVETRAN_API_KEY``/``FIVETRAN_API_SECRET`` only: a secret given as an argument
    would be visible to every user of the machine in the process list.

    Raises:
        UsageError: the key or secret is not set, or an option is invalid (e.g. a plain-http base URL).
    """
    from .._config import settings_from_env

    settings = settings_from_env()
    missing = [variable for name, variable in _CREDENTIALS if name not in settings]
    if missing:
        raise UsageError(f"{' and '.join(missing)} must be set in the environment (credentials are never flags)")
    # The client and the generated models it loads cost most of the CLI's start-up: only now.
    from .._client import Fivetran

    overrides: dict[str, Any] = {
        name: value
        for name, value in (
            ("base_url", options.base_url),
            ("timeout", options.timeout),
            ("max_retries", options.max_retries),
        )
        if value is not None
    }
    try:
        return Fivetran.from_env(**overrides)
    except ValueError as error:
        raise UsageError(str(error)) from None


_CREDENTIALS = (("api_key", "FIVETRAN_API_KEY"), ("api_secret", "FIVETRAN_API_SECRET"))


@dataclass
class Context:
    """One invocation's state, handed to every command.

    Attributes:
        console: Streams and terminal facts.
        json: ``--json``: print machine-readable JSON on stdout instead of human output.
        options: Client settings from the command line.
        factory: Builds the client on first use.
    """

    console: Console
    json: bool
    options: ClientOptions
    factory: ClientFactory
    _client: Fivetran | None = field(default=None, repr=False)

    @property
    def glyphs(self) -> Glyphs:
        """Symbols stdout can show."""
        return glyphs_for(self.console.stdout)

    def client(self) -> Fivetran:
        """The API client, built on first use (commands that fail validation never build one)."""
        if self._client is None:
            self._client = self.factory(self.options)
        return self._client

    def emit(self, data: Any, human: Callable[[], Iterable[str]]) -> None:
        """Print a result: ``data`` as JSON with ``--json``, else the lines ``human()`` renders."""
        if self.json:
            self.console.out(dump_json(data))
            return
        for line in human():
            self.console.out(line)

    def close(self) -> None:
        """Close the client if one was built."""
        if self._client is not None:
            self._client.close()
