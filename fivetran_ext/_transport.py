"""httpx transports that add retries, typed errors and 2xx validation to any inner transport.

They sit below `httpx.Client`, so everything sent through the client gets the same behaviour: the
ergonomic resources, `client.generated` (the generated `fivetran_api` functions) and raw
``client.generated.get_httpx_client().get(...)`` calls. Errors are raised here, before the generated
parser runs (it would otherwise return ``parsed=None`` for errors and crash in ``HTTPStatus(520)``).

Every response body is read inside the transport: a retried response is therefore always fully read and
closed (its connection goes back to the pool), and a connection reset mid-body counts as a failed attempt.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._errors import ResponseValidationError
from ._retry import Retrier, RetryState

__all__ = ["AsyncRetryTransport", "BufferedResponse", "RetryTransport"]


class BufferedResponse(httpx.Response):
    """A response read in full by the transport, whose JSON body has been parsed and checked once.

    The first ``json()`` call without arguments returns that already parsed value (the generated parser
    makes exactly that call), so validating in the transport costs no second parse; later calls parse
    again, as plain httpx does.
    """

    _parsed: Any = None
    _has_parsed = False

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
        parsed = json.loads(content)
    except ValueError as error:
        raise _invalid(state, response, f"body is not valid JSON ({error})") from None
    if not isinstance(parsed, dict):
        raise _invalid(state, response, f"expected a JSON object envelope, got {type(parsed).__name__}")
    return parsed


def _invalid(state: RetryState, response: httpx.Response, reason: str) -> ResponseValidationError:
    request = state.request
    return ResponseValidationError(
        reason, status_code=response.status_code, body=response.text, method=request.method, url=str(request.url)
    )


class RetryTransport(httpx.BaseTransport):
    """Sync transport wrapper: retries per the `RetryPolicy`, raises typed errors, validates 2xx JSON.

    Closing it does not close the inner transport: the connection pool belongs to the client that built
    it, so derived clients (`Fivetran.with_options`) can be closed independently.
    """

    def __init__(self, inner: httpx.BaseTransport, retrier: Retrier) -> None:
        self._inner = inner
        self._retrier = retrier

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = self._retrier.begin(request)
        delay: float | None
        while True:
            state.before_attempt()
            hold = state.admission_delay()
            if hold > 0:
                self._retrier.sleep(hold)
            try:
                inner = self._inner.handle_request(request)
                response = _unread(inner, request) or inner
                try:
                    response.read()
                finally:
                    response.close()
            except (httpx.TransportError, httpx.DecodingError) as error:
                delay = state.after_error(error)
            else:
                delay = state.after_response(response)
                if delay is None:
                    return _complete(state, response)
            self._retrier.sleep(delay)

    def close(self) -> None:
        """Nothing to release: the inner transport's owner closes it."""


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of `RetryTransport`; all decisions come from the same `RetryState`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, retrier: Retrier) -> None:
        self._inner = inner
        self._retrier = retrier

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        state = self._retrier.begin(request)
        delay: float | None
        while True:
            state.before_attempt()
            hold = state.admission_delay()
            if hold > 0:
                await self._retrier.async_sleep(hold)
            try:
                inner = await self._inner.handle_async_request(request)
                response = _unread(inner, request) or inner
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except (httpx.TransportError, httpx.DecodingError) as error:
                delay = state.after_error(error)
            else:
                delay = state.after_response(response)
                if delay is None:
                    return _complete(state, response)
            await self._retrier.async_sleep(delay)

    async def aclose(self) -> None:
        """Nothing to release: the inner transport's owner closes it."""
