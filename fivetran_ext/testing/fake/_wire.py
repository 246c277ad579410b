"""Transport-neutral request and response values: what the in-process transports and the HTTP server
hand to the fake, and what they get back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["JSON_CONTENT_TYPE", "ConnectionDropped", "FakeRequest", "FakeResponse", "json_response"]

# The live API labels its JSON this way; clients must not care about the charset parameter.
JSON_CONTENT_TYPE = "application/json;charset=UTF-8"


class ConnectionDropped(Exception):
    """Raised by the fake when fault injection decides to drop the connection without answering.

    The HTTP server closes the socket; the in-process transports raise `httpx.RemoteProtocolError`.
    """


def _lower_keys(headers: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


@dataclass(frozen=True)
class FakeRequest:
    """One HTTP request as the fake sees it.

    Attributes:
        method: Upper-case HTTP method.
        target: The raw request target: percent-encoded path plus optional ``?query``.
        headers: Header names lower-cased (HTTP header names are case-insensitive).
        body: The raw body bytes.
    """

    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", self.method.upper())
        object.__setattr__(self, "headers", _lower_keys(self.headers))

    @property
    def raw_path(self) -> str:
        """The percent-encoded path, without the query."""
        return urlsplit(self.target).path or "/"

    @property
    def query(self) -> dict[str, str]:
        """Query parameters; the last value wins when a name repeats."""
        parsed = parse_qs(urlsplit(self.target).query, keep_blank_values=True)
        return {name: values[-1] for name, values in parsed.items()}

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


@dataclass
class FakeResponse:
    """One HTTP response produced by the fake."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> FakeResponse:
    """A JSON response with the live API's content type."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return FakeResponse(status, {"Content-Type": JSON_CONTENT_TYPE, **(headers or {})}, body)
