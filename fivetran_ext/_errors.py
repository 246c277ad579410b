"""The exceptions fivetran_ext raises, and the one function that turns an HTTP error response into one.

Errors are raised, never returned. Every exception carries a `type` string using the Fivetrex kind names
(`not_found`, `rate_limited`, ...) so code ported from Fivetrex can keep switching on it.

Messages are one readable line built only from the status, Fivetran's `code`/`message`, the method and the
URL. Request headers (the Authorization header holds the credentials) never take part in a message or
``repr``; they stay reachable on ``error.request`` for whoever really needs them.
"""

from __future__ import annotations

import builtins
import json
from http import HTTPStatus
from typing import Any, ClassVar

import httpx

from ._headers import parse_rate_limit_remaining, parse_retry_after
from ._redact import credentials_of, portable_request, portable_response, redact

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "FivetranError",
    "NotFoundError",
    "OperationUnavailableError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnprocessableEntityError",
    "api_error_from_response",
    "response_text",
]

# Server-provided text is cut so one error line stays readable in logs even if a proxy sends a page.
_MAX_MESSAGE_CHARS = 300


class FivetranError(Exception):
    """Base class of every error raised by fivetran_ext.

    Attributes:
        message: Human-readable description (for API errors: Fivetran's own ``message``).
        type: Fivetrex-compatible kind, e.g. ``"not_found"``; ``"unknown"`` when nothing more specific fits.

    Example:
        try:
            client.connections.get("missing")
        except FivetranError as error:
            print(error.type)  # "not_found"
    """

    type: ClassVar[str] = "unknown"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Celery, multiprocessing and Airflow pickle errors to move them between processes. The default
        # (``cls(*args)``) cannot call keyword-only constructors, and the request would carry the
        # Authorization header along: the copy is rebuilt from its attributes, credentials left behind.
        return (_restore, (type(self), self.args, _portable_state(self.__dict__)))


class ConfigurationError(FivetranError, ValueError):
    """The client cannot be built as configured: missing or malformed credentials, an unusable base URL.

    Raised at construction, before anything is sent. It is also a `ValueError`, which is what these
    problems raised before this class existed.

    Example:
        try:
            client = Fivetran.from_env()
        except ConfigurationError as error:
            sys.exit(str(error))  # names the environment variables to set
    """

    type: ClassVar[str] = "configuration"


class APIError(FivetranError):
    """The API answered with an error status (any non-2xx, including codes Python's HTTPStatus lacks).

    The HTTP status is always kept, whatever the body looks like: Fivetran's JSON envelope, an HTML page
    from a proxy, truncated JSON or nothing at all.

    Attributes:
        status_code: The HTTP status, e.g. 404 or 520.
        code: Fivetran's error code from the body (e.g. ``"NotFound_Connector"``), None if the body had none.
        message: Fivetran's ``message`` from the body, else the HTTP reason phrase.
        method: The request method, e.g. ``"GET"``.
        url: The request URL.
        body: The raw response body, decoded as text (empty string for an empty body).
        request: The `httpx.Request` that was sent.
        response: The `httpx.Response` received (already read).
        rate_limit_remaining: Fivetran's ``X-Rate-Limit-Remaining`` header, if present.
        retry_after: The ``Retry-After`` header in seconds, if present (HTTP-dates are converted).

    Example:
        try:
            client.groups.get("nope")
        except APIError as error:
            print(error.status_code, error.code)  # 404 NotFound_Group
    """

    def __init__(
        self,
        *,
        status_code: int,
        code: str | None,
        message: str,
        method: str,
        url: str,
        body: str,
        request: httpx.Request,
        response: httpx.Response,
        rate_limit_remaining: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.method = method
        self.url = url
        self.body = body
        self.request = request
        self.response = response
        self.rate_limit_remaining = rate_limit_remaining
        self.retry_after = retry_after
        label = f"{status_code} {code}: {message}" if code else f"{status_code} {message}"
        super().__init__(message)
        # Exception.args carries only the formatted line, so repr() and tracebacks show nothing else.
        self.args = (f"{label}{self._details()} ({method} {url})",)

    def _details(self) -> str:
        return ""

    def __str__(self) -> str:
        return str(self.args[0])


class BadRequestError(APIError):
    """400: the request was malformed or failed Fivetran's validation."""

    type: ClassVar[str] = "bad_request"


class AuthenticationError(APIError):
    """401: the API key or secret is wrong, revoked or missing."""

    type: ClassVar[str] = "unauthorized"


class PermissionDeniedError(APIError):
    """403: the credentials are valid but lack permission for this resource."""

    type: ClassVar[str] = "forbidden"


class NotFoundError(APIError):
    """404: the resource (or, for some connector types, the endpoint) does not exist."""

    type: ClassVar[str] = "not_found"


class ConflictError(APIError):
    """409: a real conflict, e.g. a resync already running. Never retried."""

    type: ClassVar[str] = "conflict"


class UnprocessableEntityError(APIError):
    """422: the request was well-formed but semantically invalid."""

    type: ClassVar[str] = "unprocessable"


class RateLimitError(APIError):
    """429: the account's rate limit is exhausted.

    Raised after the retry policy gave up, or at once when ``Retry-After`` exceeds the policy's
    ``max_retry_after`` (Fivetran's own example is 3600 s: the client will not sleep for an hour).

    Attributes:
        retry_after: Seconds the server asked to wait, or None when it did not say.
    """

    type: ClassVar[str] = "rate_limited"

    def _details(self) -> str:
        return "" if self.retry_after is None else f" (retry after {self.retry_after:g} s)"


class ServerError(APIError):
    """Any 5xx, including non-standard ones such as Cloudflare's 520."""

    type: ClassVar[str] = "server_error"


class TransportError(FivetranError):
    """No HTTP response was obtained: connection refused or reset, DNS failure, TLS failure, ...

    The underlying httpx exception is chained as ``__cause__``.

    Attributes:
        method: The request method.
        url: The request URL.
        request: The `httpx.Request` that could not be completed.
    """

    type: ClassVar[str] = "transport"

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        self.request = request
        self.method = request.method
        self.url = _safe_url(request.url)
        message = redact(message, credentials_of(request))
        super().__init__(message)
        self.args = (f"{message} ({self.method} {self.url})",)

    def __str__(self) -> str:
        return str(self.args[0])


class TimeoutError(TransportError, builtins.TimeoutError):
    """A connect, read, write or pool timeout, or the retry policy's overall deadline, was exceeded.

    It keeps the builtin's name because it *is* one: ``except TimeoutError`` catches it whether the name
    in scope is this class or the builtin, so ``from fivetran_ext import TimeoutError`` changes nothing
    for code that already handled timeouts. (Being a builtin ``TimeoutError`` also makes it an `OSError`.)
    """

    type: ClassVar[str] = "timeout"


class ResponseValidationError(FivetranError):
    """A 2xx response could not be understood: not JSON, truncated JSON, or missing a required ``data``.

    Attributes:
        status_code: The HTTP status of the response.
        body: The raw response body as text, kept so the problem can be diagnosed.
        method: The request method (may be None when the request is not known).
        url: The request URL or path template (may be None).
    """

    type: ClassVar[str] = "invalid_response"

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        super().__init__(message)
        where = f" ({method} {url})" if method and url else ""
        self.args = (f"{status_code} response could not be understood: {message}{where}",)

    def __str__(self) -> str:
        return str(self.args[0])


class ResponseTooLargeError(ResponseValidationError):
    """A response body (counted after decompression) grew past the client's ``max_response_bytes``.

    Reading stops at the limit, so a compression bomb or an endless body costs at most that much memory.
    It is never retried: the same body would come back.

    Attributes:
        limit: The ``max_response_bytes`` in force.
    """

    type: ClassVar[str] = "response_too_large"

    def __init__(self, *, status_code: int, limit: int, method: str | None = None, url: str | None = None) -> None:
        self.limit = limit
        super().__init__(
            f"the body exceeds max_response_bytes={limit:,} (counted after decompression); reading stopped there",
            status_code=status_code,
            body="",
            method=method,
            url=url,
        )


class ClientClosedError(FivetranError, RuntimeError):
    """The client (or the client it was derived from with ``with_options``) was closed; nothing was sent."""

    type: ClassVar[str] = "client_closed"


class PaginationError(FivetranError):
    """The server's cursors would make pagination loop forever (a ``next_cursor`` seen before).

    Attributes:
        cursor: The repeated cursor.
    """

    type: ClassVar[str] = "invalid_response"

    def __init__(self, message: str, *, cursor: str) -> None:
        self.cursor = cursor
        super().__init__(message)


class OperationUnavailableError(FivetranError, ImportError):
    """The generated client lacks what a method needs: Fivetran removed it from the API, and the client
    was regenerated from a spec without it. Nothing was sent.

    Raised by the one method that needs the missing operation or model (every other method works, and
    ``import fivetran_ext`` never fails because of it). It is also an `ImportError`, which is what a
    missing generated module raised before this class existed.

    Attributes:
        module: The generated module that is gone, e.g.
            ``"fivetran_api.api.transformation_management.cancel_transformation"`` (an operation) or
            ``"fivetran_api.models.new_transformation_request"`` (a model).
        model: The generated class that was looked up in ``module``, or None for an operation.
        method: The method that needs it, e.g. ``"client.transformations.cancel"``, when it is known.

    Example:
        try:
            client.transformations.cancel("t_1")
        except OperationUnavailableError as error:
            print(error.method, error.module)  # upgrade fivetran-ext, or regenerate the client
    """

    type: ClassVar[str] = "operation_unavailable"

    def __init__(self, module: str, model: str | None = None, method: str | None = None) -> None:
        self.module = module
        self.model = model
        self.method = method
        what = f"model {model} ({module})" if model else f"operation {module}"
        who = f"{method} is unavailable: " if method else ""
        super().__init__(
            f"{who}the generated client has no {what}; Fivetran removed it from the API and the client was "
            "regenerated without it. Upgrade fivetran-ext, or regenerate from a spec that has it "
            "(make generate SPEC=...); if it is gone for good, tests/test_coverage.py names the method to remove"
        )
        self.name = module  # ImportError's own attribute: the module that could not be imported

    @property
    def operation(self) -> str:
        """The missing module's path (the name this error's attributes had before models were covered)."""
        return self.module

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt by its constructor: ImportError keeps ``name`` outside ``__dict__``, so the generic
        # restore would lose it. Nothing here can hold a credential.
        return (type(self), (self.module, self.model, self.method))


_ERRORS_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def api_error_from_response(request: httpx.Request, response: httpx.Response, *, now: float) -> APIError:
    """Build the typed error for a read, non-2xx response (the single place statuses become exceptions).

    Args:
        request: The request that was sent.
        response: The response received; its body must already be read.
        now: Current epoch seconds, used to turn an HTTP-date ``Retry-After`` into seconds.
    """
    status = response.status_code
    error_class = _ERRORS_BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
    # A server may echo the Authorization header: nothing it sent reaches the error unredacted.
    secrets = credentials_of(request)
    body = redact(response_text(response), secrets)
    code, message = _envelope_code_and_message(body)
    if message is None:
        message = redact(_reason(response), secrets)
    return error_class(
        status_code=status,
        code=code,
        message=message,
        method=request.method,
        url=_safe_url(request.url),
        body=body,
        request=request,
        response=response,
        rate_limit_remaining=parse_rate_limit_remaining(response.headers),
        retry_after=parse_retry_after(response.headers, now),
    )


def response_text(response: httpx.Response) -> str:
    """The body as text, whatever ``charset`` the server claims.

    ``response.text`` trusts the charset: ``rot13`` raises `TypeError`, ``undefined`` `UnicodeError`, and
    ``zlib_codec`` would not even be a text encoding. ``bytes.decode`` refuses every non-text codec, and
    anything it cannot use falls back to UTF-8 with replacement characters.
    """
    content = response.content
    try:
        return content.decode(response.charset_encoding or "utf-8", "replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return content.decode("utf-8", "replace")


def _envelope_code_and_message(body: str) -> tuple[str | None, str | None]:
    # Proxies answer with HTML or nothing; only a JSON object can be Fivetran's envelope.
    if not body.lstrip().startswith("{"):
        return None, None
    try:
        envelope = json.loads(body)
    except (ValueError, RecursionError):
        # RecursionError: JSON nested deeper than the parser's stack; the status still makes the error.
        return None, None
    if not isinstance(envelope, dict):
        return None, None
    code = envelope.get("code")
    message = envelope.get("message")
    return (
        _one_line(code) if isinstance(code, str) and code.strip() else None,
        _one_line(message) if isinstance(message, str) and message.strip() else None,
    )


def _reason(response: httpx.Response) -> str:
    try:
        return HTTPStatus(response.status_code).phrase
    except ValueError:
        # 499, 520 and friends: unknown to HTTPStatus, and the server's phrase is often empty.
        return _one_line(response.reason_phrase) if response.reason_phrase.strip() else "Unknown status"


def _one_line(text: str) -> str:
    # JSON may carry lone surrogates ("\\ud800"), which no terminal or log file can encode.
    flat = " ".join(text.encode("utf-8", "replace").decode("utf-8").split())
    return flat if len(flat) <= _MAX_MESSAGE_CHARS else flat[: _MAX_MESSAGE_CHARS - 1] + "…"


def _safe_url(url: httpx.URL) -> str:
    # A URL written as https://user:pass@host would otherwise put credentials into messages and logs.
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    return str(url)


def _portable_state(state: dict[str, Any]) -> dict[str, Any]:
    """An error's attributes with its request and response replaced by credential-free copies."""
    portable = dict(state)
    request = portable.get("request")
    if isinstance(request, httpx.Request):
        portable["request"] = request = portable_request(request)
        response = portable.get("response")
        if isinstance(response, httpx.Response):
            body = portable.get("body")
            portable["response"] = portable_response(response, body if isinstance(body, str) else "", request)
    return portable


def _restore(error_class: type[FivetranError], args: tuple[Any, ...], state: dict[str, Any]) -> FivetranError:
    """Rebuild an error in another process (or a copy) without running its constructor."""
    error = error_class.__new__(error_class)
    error.args = args
    error.__dict__.update(state)
    return error
