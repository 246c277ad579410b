"""What every command gets: the console, the output mode and a lazily built client.

The client comes from a factory so tests can wire the CLI to an in-process `FakeFivetran`
(``main(argv, client_factory=lambda options: fake.client(...))``) while the real CLI reads credentials
from the environment only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._console import Console
from ._render import Glyphs, dump_json, glyphs_for

if TYPE_CHECKING:
    from .._client import Fivetran

__all__ = ["ClientFactory", "ClientOptions", "Context", "Selection", "UsageError", "client_from_env"]


class UsageError(Exception):
    """A problem with what the user asked for, found before anything was sent (exit code 2)."""


@dataclass(frozen=True)
class ClientOptions:
    """The client settings the command line controls; None leaves the library's default."""

    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    allow_insecure_http: bool = False
    # Fivetran CLI's base64 key given as ``--api-key``; never shown in any repr or message.
    api_key: str | None = field(default=None, repr=False)


ClientFactory = Callable[[ClientOptions], "Fivetran"]
"""Builds the client a command uses; called at most once per invocation."""


def client_from_env(options: ClientOptions) -> Fivetran:
    """The CLI's default factory: `Fivetran.from_env` with the command-line overrides.

    Credentials: ``FIVETRAN_API_KEY`` and ``FIVETRAN_API_SECRET``, or Fivetran CLI's base64 key, in
    ``FIVETRAN_API_KEY`` alone or as ``--api-key``. A secret is never an option of its own.

    Raises:
        UsageError: credentials are missing or malformed, or an option is invalid (a plain-http base URL
            without ``--allow-insecure-http``).
    """
    # The client and the generated models it loads cost most of the CLI's start-up: only now.
    from .._client import Fivetran
    from .._config import settings_from_env
    from .._validation import is_loopback_host

    settings: dict[str, Any] = dict(settings_from_env())
    if options.api_key is not None:
        # The base64 key carries its secret: the environment's pair must not be mixed with it.
        settings.pop("api_secret", None)
        settings["api_key"] = options.api_key
    if "api_key" not in settings:
        raise UsageError(
            "no credentials: set FIVETRAN_API_KEY and FIVETRAN_API_SECRET, or FIVETRAN_API_KEY alone (or --api-key) "
            "holding Fivetran CLI's base64 key"
        )
    base_url = options.base_url or settings.get("base_url")
    if base_url and not options.allow_insecure_http:
        import httpx

        url = httpx.URL(base_url.strip())
        if url.scheme == "http" and url.host and not is_loopback_host(url.host):
            raise UsageError(
                f"base URL {base_url!r} uses plain http: the credentials would cross the network unencrypted; "
                "use https, or pass --allow-insecure-http if this is really intended"
            )
    overrides: dict[str, Any] = {
        name: value
        for name, value in (
            ("base_url", options.base_url),
            ("timeout", options.timeout),
            ("max_retries", options.max_retries),
        )
        if value is not None
    }
    settings.update(overrides)
    try:
        return Fivetran(**settings, allow_insecure_http=options.allow_insecure_http)
    except ValueError as error:  # ConfigurationError is one; so are the client's argument checks
        raise UsageError(str(error)) from None


@dataclass(frozen=True)
class Selection:
    """``--fields`` and ``--filter``: which items and which of their fields to print.

    Attributes:
        fields: Dotted paths to keep (``id,status.sync_state``); empty keeps everything.
        filters: ``(path, wanted, equal)`` triples; an item is kept when every one holds.
    """

    fields: tuple[str, ...] = ()
    filters: tuple[tuple[str, str, bool], ...] = ()

    @classmethod
    def parse(cls, fields: Sequence[str] | None, filters: Sequence[str] | None) -> Selection:
        """From the options' texts: ``--fields a,b.c`` and ``--filter KEY=VALUE[,KEY!=VALUE]`` (repeatable).

        Example:
            >>> Selection.parse(["id,name"], ["paused=false,service!=postgres"]).filters
            (('paused', 'false', True), ('service', 'postgres', False))
        """
        paths = tuple(path.strip() for text in fields or () for path in text.split(",") if path.strip())
        conditions: list[tuple[str, str, bool]] = []
        for text in filters or ():
            for condition in text.split(","):
                key, equal, wanted = condition.partition("!=") if "!=" in condition else condition.partition("=")
                if not equal or not key.strip():
                    raise UsageError(f"--filter: expected KEY=VALUE or KEY!=VALUE, got {condition!r}")
                conditions.append((key.strip(), wanted.strip(), equal == "="))
        return cls(paths, tuple(conditions))

    def __bool__(self) -> bool:
        return bool(self.fields or self.filters)

    def apply(self, data: Any) -> Any:
        """Keep the matching items of a list (an object must match too), then only the chosen fields."""
        from ._render import lookup

        def matches(item: Any) -> bool:
            return isinstance(item, Mapping) and all(
                (_as_text(lookup(item, key)) == wanted) is equal for key, wanted, equal in self.filters
            )

        def pick(item: Any) -> Any:
            if not self.fields or not isinstance(item, Mapping):
                return item
            picked: dict[str, Any] = {}
            for path in self.fields:
                *parents, leaf = path.split(".")
                target = picked
                for parent in parents:
                    target = target.setdefault(parent, {})
                target[leaf] = lookup(item, path)
            return picked

        if isinstance(data, list):
            return [pick(item) for item in data if matches(item)]
        return pick(data) if matches(data) or not self.filters else None


def _as_text(value: Any) -> str:
    # Filters compare text: booleans as JSON spells them, nothing as an empty string.
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


@dataclass
class Context:
    """One invocation's state, handed to every command.

    Attributes:
        console: Streams and terminal facts.
        json: ``--json``/``--output json``: print machine-readable JSON instead of human output.
        options: Client settings from the command line.
        factory: Builds the client on first use.
        selection: ``--fields``/``--filter``.
        output_file: ``--output-file``: results go to this file instead of stdout.
    """

    console: Console
    json: bool
    options: ClientOptions
    factory: ClientFactory
    selection: Selection = field(default_factory=Selection)
    output_file: str | None = None
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
        """Print a result: ``data`` as JSON with ``--json``, else the lines ``human()`` renders.

        With ``--fields``/``--filter`` the selection applies to both, the human form being a generic table
        or record of what was selected.
        """
        if self.selection:
            from ._methods import human_lines
            from ._render import Column

            data = self.selection.apply(data)
            columns = [Column(path.upper(), path) for path in self.selection.fields] or None
            human = lambda: human_lines(data, columns) if data is not None else ["No match."]  # noqa: E731
        lines = [dump_json(data)] if self.json else list(human())
        if self.output_file is None:
            for line in lines:
                self.console.out(line)
            return
        try:
            with open(self.output_file, "w", encoding="utf-8") as file:
                file.writelines(line + "\n" for line in lines)
        except OSError as error:
            raise UsageError(f"--output-file: cannot write {self.output_file!r}: {error.strerror}") from None

    def set_output(self, namespace: object) -> None:
        """Apply the output options found in ``namespace`` (``--json``, ``--output``, ``--fields``, ...)."""
        if getattr(namespace, "json", False) or getattr(namespace, "output", None) == "json":
            self.json = True
        fields = getattr(namespace, "fields", None)
        filters = getattr(namespace, "filters", None)
        if fields or filters:
            parsed = Selection.parse(fields, filters)
            self.selection = Selection(self.selection.fields + parsed.fields, self.selection.filters + parsed.filters)
        if getattr(namespace, "output_file", None):
            self.output_file = getattr(namespace, "output_file", None)

    def close(self) -> None:
        """Close the client if one was built."""
        if self._client is not None:
            self._client.close()
