"""Fivetran-style error envelopes: ``{"code": ..., "message": ...}`` without ``data``.

Handlers raise `FakeAPIError`; the fake turns it into a response. The codes follow what the live API and
the official Go SDK's fixtures show (``NotFound_Integration`` for a missing connection, ``InvalidInput``,
``BadRequest``, ``AuthFailed``, ``TooManyRequests``); where the live code is unknown the fake uses a
descriptive one (see docs/fake-fivetran.md, "Decisions").
"""

from __future__ import annotations

from collections.abc import Iterable

from ._wire import FakeResponse, json_response

__all__ = [
    "FakeAPIError",
    "already_exists",
    "auth_failed",
    "bad_request",
    "conflict",
    "invalid_input",
    "method_not_allowed",
    "not_acceptable",
    "not_found",
    "too_many_requests",
    "unknown_path",
    "unsupported_media_type",
]


class FakeAPIError(Exception):
    """An error answer: HTTP status, Fivetran ``code`` and ``message``, optional extra headers."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def response(self) -> FakeResponse:
        return json_response(self.status, {"code": self.code, "message": self.message}, self.headers)


def not_found(entity: str, entity_id: str) -> FakeAPIError:
    """404 for an id that does not exist, worded like the live API."""
    return FakeAPIError(404, f"NotFound_{entity}", f"Cannot find entity '{entity}' with id '{entity_id}'.")


def unknown_path(path: str) -> FakeAPIError:
    return FakeAPIError(404, "NotFound", f"No API endpoint matches '{path}'.")


def method_not_allowed(method: str, allowed: Iterable[str]) -> FakeAPIError:
    allow = ", ".join(sorted(allowed))
    return FakeAPIError(
        405, "MethodNotAllowed", f"HTTP method {method} is not supported here (allowed: {allow}).", {"Allow": allow}
    )


def invalid_input(message: str) -> FakeAPIError:
    """400 for a well-formed request with a wrong or missing field."""
    return FakeAPIError(400, "InvalidInput", message)


def bad_request(message: str) -> FakeAPIError:
    """400 for a request the API cannot act on (malformed body, wrong state)."""
    return FakeAPIError(400, "BadRequest", message)


def conflict(message: str) -> FakeAPIError:
    return FakeAPIError(409, "Conflict", message)


def already_exists(message: str) -> FakeAPIError:
    return FakeAPIError(409, "AlreadyExists", message)


def auth_failed() -> FakeAPIError:
    return FakeAPIError(401, "AuthFailed", "Missing or invalid API key or API secret.")


def unsupported_media_type(content_type: str) -> FakeAPIError:
    return FakeAPIError(
        415, "UnsupportedMediaType", f"Content-Type '{content_type}' is not supported: send application/json."
    )


def not_acceptable(accept: str) -> FakeAPIError:
    return FakeAPIError(406, "NotAcceptable", f"Cannot produce a response matching Accept '{accept}'.")


def too_many_requests(retry_after: int, headers: dict[str, str]) -> FakeAPIError:
    return FakeAPIError(
        429,
        "TooManyRequests",
        f"Too many requests: the account's rate limit is exhausted, retry in {retry_after} seconds.",
        {**headers, "Retry-After": str(retry_after)},
    )
