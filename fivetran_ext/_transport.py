"""httpx transports that add retries, typed errors, limits and 2xx validation to any inner transport.

They sit below `httpx.Client`, so everything sent through the client gets the same behaviour: the
ergonomic resources, `client.generated` (the generated `fivetran_api` functions) and raw
``client.generated.get_httpx_client().get(...)`` calls. Errors are raised here, before the generated
parser runs (it would otherwise return ``parsed=None`` for errors and crash in ``HTTPStatus(520)``).

Every response body is read inside the transport: a retried response is therefore always fully read and
closed (its connection goes back to the pool), and a connection reset mid-body counts as a failed attempt.
Reading is bounded twice: by ``max_response_bytes`` of decoded body (`_body.py`), and by the attempt's
wall-clock budget, which covers waiting for headers as well as a body that trickles in.
"""

from __future__ import annotations

import builtins
import json
import math
from http import HTTPStatus
from typing import Any

import httpx

from ._attempt_bound import bound_attempt, seconds_left
from ._body import BodyReader, BodyTooLarge
from ._errors import ClientClosedError, ResponseTooLargeError, ResponseValidationError, _safe_url, response_text
from ._redact import credentials_of, redact
from ._retry import Retrier, RetryState

__all__ = ["AsyncRetryTransport", "BufferedResponse", "Lifetime", "RetryTransport", "parse_json"]

_KNOWN_STATUSES = frozenset(int(status) for status in HTTPStatus)


class Lifetime:
    """Whether a client, or the pool it shares with the clients derived from it, has been closed.

    httpx refuses requests on a closed ``httpx.Client``, but a `with_options` variant has its own httpx
    client over the same pool: without this check it would keep opening connections nobody will close.
    """

    __slots__ = ("closed", "parent")

    def __init__(self, parent: Lifetime | None = None) -> None:
        self.closed = False
        self.parent = parent

    def check(self, request: httpx.Request) -> None:
        """Raise `ClientClosedError` if this client or its pool was closed."""
        if self.closed or (self.parent is not None and self.parent.closed):
            raise ClientClosedError(
                f"the client is closed: {request.method} {_safe_url(request.url)} was not sent "
                "(a client derived with with_options() closes with the client it came from)"
            )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259 has no NaN or Infinity)")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        # 1e999 overflows to infinity: a number no field can hold.
        raise ValueError(f"number {text[:40]} is out of range")
    return value


# One decoder for every response (json.loads with hooks would build a new one, scanner included, per call).
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


def parse_json(content: bytes | str) -> Any:
    """Parse strict JSON: no NaN/Infinity, no out-of-range floats.

    Raises:
        ValueError: not JSON by RFC 8259 (including integers longer than Python's digit limit).
        RecursionError: nested deeper than the parser's stack.
    """
    if not isinstance(content, str):
        # What json.loads does with bytes: UTF-8/16/32 by the first bytes; invalid input is a ValueError.
        content = content.decode(json.detect_encoding(content), "surrogatepass")
    elif content.startswith("\ufeff"):
        raise ValueError("Unexpected UTF-8 BOM (decode using utf-8-sig)")
    return _DECODER.decode(content)


class BufferedResponse(httpx.Response):
    """A response read in full by the transport, whose JSON body has been parsed and checked once.

    The first ``json()`` call without arguments returns that already parsed value (the generated parser
    makes exactly that call), so validating in the transport costs no second parse; later calls parse
    again, as plain httpx does.
    """

    _parsed: Any = None
    _has_parsed = False
    _released: str | None = None

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: ``_content`` after `release_content`, which every httpx
        # path (``content``, ``read()``, ``iter_bytes()``, ``text``, ``json()``) reads or tests for.
        if name == "_content" and self._released is not None:
            text, self._released = self._released, None
            content = text.encode("utf-8", "surrogatepass")
            self._content = content
            return content
        raise AttributeError(name)

    def release_content(self, text: str) -> None:
        """Drop the body's bytes, keeping ``text`` (their exact UTF-8 decoding) to re-encode on demand.

        A large body then is never held twice (bytes and text) while the parser builds its objects;
        ``content`` gives the same bytes back on first access.
        """
        self._released = text
        del self._content

    def keep_parsed(self, parsed: Any) -> None:
        """Remember the validated JSON for the next ``json()`` call."""
        self._parsed, self._has_parsed = parsed, True

    def json(self, **kwargs: Any) -> Any:
        if self._has_parsed and not kwargs:
            self._has_parsed = False
            parsed, self._parsed = self._parsed, None
            return parsed
        return super().json(**kwargs)


def _unread(inner: httpx.Response, request: httpx.Request) -> httpx.Response | None:
    """Wrap a response whose body is still to be read; None if its transport already read it."""
    if inner.is_stream_consumed:
        # Some transports (httpx.MockTransport, user middleware) hand back a response already read:
        # its stream may not be readable twice, so it is used as it is.
        return None
    # Re-wrapping the raw stream (not the decoded content) keeps Content-Encoding handling correct.
    return BufferedResponse(
        status_code=inner.status_code,
        headers=inner.headers,
        stream=inner.stream,
        extensions=inner.extensions,
        request=request,
    )


def _complete(state: RetryState, response: httpx.Response) -> httpx.Response:
    state.finish(response)
    status = response.status_code
    if status < 200 or status not in _KNOWN_STATUSES:
        # A 299 or a final 1xx is no answer the API gives; the generated layer could not represent it.
        raise _invalid(state, response, f"HTTP status {status} is not one the Fivetran API sends")
    if response.is_success and state.operation.json_response:
        parsed = _envelope(state, response)
        if isinstance(response, BufferedResponse):
            response.keep_parsed(parsed)
    return response


def _envelope(state: RetryState, response: httpx.Response) -> Any:
    """Parse a 2xx body as Fivetran's JSON envelope, or raise `ResponseValidationError` with the raw body."""
    content = response.content
    if not content.strip():
        # Sync, resync and delete may answer without a body; all envelope fields are optional.
        return {}
    try:
        text = _releasing(response, content)
        if text is not None:
            del content  # the response keeps only the text while the parser runs
            parsed = parse_json(text)
            del text
        else:
            parsed = parse_json(content)
    except ValueError as error:
        raise _invalid(state, response, f"body is not valid JSON ({error})") from None
    except RecursionError:
        raise _invalid(state, response, "body is JSON nested too deeply to parse") from None
    if not isinstance(parsed, dict):
        raise _invalid(state, response, f"expected a JSON object envelope, got {type(parsed).__name__}")
    return parsed


_RELEASE_AT = 1 << 20


def _releasing(response: httpx.Response, content: bytes) -> str | None:
    """For a large UTF-8 body: its text (decoded as ``json.loads`` would) with the response's bytes released.

    Parsing bytes decodes them to a str first, so parsing a body the response keeps would hold the body
    twice (bytes and str) next to the growing objects: the peak memory of a big schema config.
    """
    if len(content) < _RELEASE_AT or not isinstance(response, BufferedResponse):
        return None
    if json.detect_encoding(content) != "utf-8":
        return None
    # json.loads(bytes) decodes with "surrogatepass" too; invalid UTF-8 raises UnicodeDecodeError (a ValueError).
    text = content.decode("utf-8", "surrogatepass")
    response.release_content(text)
    return text


def _invalid(state: RetryState, response: httpx.Response, reason: str) -> ResponseValidationError:
    request = state.request
    return ResponseValidationError(
        reason,
        status_code=response.status_code,
        body=redact(response_text(response), credentials_of(request)),
        method=request.method,
        url=_safe_url(request.url),
    )


def _too_large(state: RetryState, response: httpx.Response) -> ResponseTooLargeError:
    request = state.request
    return ResponseTooLargeError(
        status_code=response.status_code,
        limit=state.max_response_bytes,
        method=request.method,
        url=_safe_url(request.url),
    )


def _out_of_time(state: RetryState) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"the attempt took longer than {state.attempt_seconds:g} s", request=state.request)


def _reader(state: RetryState, response: httpx.Response) -> BodyReader | None:
    """A `BodyReader` for an unread response (None if already read, its size checked here).

    A plain function rather than a context manager: it runs on every request. The callers turn the
    reader's `BodyTooLarge` into `ResponseTooLargeError`.
    """
    if not isinstance(response, BufferedResponse):
        # Read by its transport already (httpx.MockTransport): only the size can still be checked.
        if len(response.content) > state.max_response_bytes:
            raise _too_large(state, response)
        return None
    return BodyReader(response.headers, limit=state.max_response_bytes)


class RetryTransport(httpx.BaseTransport):
    """Sync transport wrapper: retries per the `RetryPolicy`, raises typed errors, validates 2xx JSON.

    Closing it does not close the inner transport: the connection pool belongs to the client that built
    it, so derived clients (`Fivetran.with_options`) can be closed independently.
    """

    def __init__(self, inner: httpx.BaseTransport, retrier: Retrier, lifetime: Lifetime | None = None) -> None:
        self._inner = inner
        self._retrier = retrier
        self._lifetime = lifetime or Lifetime()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = self._retrier.begin(request)
        delay: float | None
        while True:
            self._lifetime.check(request)
            state.before_attempt()
            hold = state.admission_delay()
            if hold > 0:
                self._retrier.sleep(hold)
            try:
                # The bound reaches the sockets of httpx's own transports (`_attempt_bound.py`); the clock
                # check between chunks covers any other transport, late by at most one read timeout.
                with bound_attempt(state.attempt_seconds):
                    response = self._attempt(state, request)
            except (httpx.TransportError, httpx.DecodingError) as error:
                delay = state.after_error(error)
            else:
                state.observe(response)
                delay = state.after_response(response)
                if delay is None:
                    return _complete(state, response)
            self._retrier.sleep(delay)

    def _attempt(self, state: RetryState, request: httpx.Request) -> httpx.Response:
        inner = self._inner.handle_request(request)
        response = _unread(inner, request) or inner
        try:
            reader = _reader(state, response)
            if reader is not None:
                for chunk in response.iter_raw():
                    reader.feed(chunk)
                    left = seconds_left()
                    if left is not None and left <= 0:
                        raise _out_of_time(state)
                response._content = reader.finish()
        except BodyTooLarge:
            raise _too_large(state, response) from None
        finally:
            response.close()
        return response

    def close(self) -> None:
        """Nothing to release: the inner transport's owner closes it."""


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of `RetryTransport`; all decisions come from the same `RetryState`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, retrier: Retrier, lifetime: Lifetime | None = None) -> None:
        self._inner = inner
        self._retrier = retrier
        self._lifetime = lifetime or Lifetime()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # anyio (an httpx dependency) keeps the attempt bound working under trio as well as asyncio.
        import anyio

        state = self._retrier.begin(request)
        delay: float | None
        while True:
            self._lifetime.check(request)
            state.before_attempt()
            if state.governed:
                # Awaited: with a Redis store, the event loop runs other tasks while Redis decides.
                hold = await state.admission_delay_async()
                if hold > 0:
                    await self._retrier.async_sleep(hold)
            try:
                try:
                    # A cancel scope ends the attempt wherever it waits: connecting, headers or body.
                    with anyio.fail_after(state.attempt_seconds):
                        response = await self._attempt(state, request)
                except builtins.TimeoutError:
                    raise _out_of_time(state) from None
            except (httpx.TransportError, httpx.DecodingError) as error:
                delay = state.after_error(error)
            else:
                if state.governed:
                    await state.observe_async(response)
                delay = state.after_response(response)
                if delay is None:
                    return _complete(state, response)
            await self._retrier.async_sleep(delay)

    async def _attempt(self, state: RetryState, request: httpx.Request) -> httpx.Response:
        inner = await self._inner.handle_async_request(request)
        response = _unread(inner, request) or inner
        try:
            reader = _reader(state, response)
            if reader is not None:
                async for chunk in response.aiter_raw():
                    reader.feed(chunk)
                response._content = reader.finish()
        except BodyTooLarge:
            raise _too_large(state, response) from None
        finally:
            await response.aclose()
        return response

    async def aclose(self) -> None:
        """Nothing to release: the inner transport's owner closes it."""
