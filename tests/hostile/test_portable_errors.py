"""Errors cross processes (pickle) and get copied, and never carry a credential, even when the server echoes it."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable

import pytest

from fivetran_ext import (
    APIError,
    AuthenticationError,
    ClientClosedError,
    Fivetran,
    FivetranError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    TransportError,
)

from ._servers import JSON_HEADERS, answer, complete, echo_authorization, serving
from .conftest import API_KEY, API_SECRET, TOKEN, assert_clean


def _caught(call: Callable[[], object]) -> FivetranError:
    with pytest.raises(FivetranError) as caught:
        call()
    return caught.value


def _round_trips(error: FivetranError) -> list[FivetranError]:
    # Our own bytes, just written: unpickling them is what a Celery worker does with a task's error.
    return [pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)]  # noqa: S301


def test_an_echoed_authorization_header_is_blanked_everywhere(make_client: Callable[..., Fivetran]) -> None:
    with serving(echo_authorization("401 Unauthorized")) as server:
        error = _caught(make_client(server.base_url).groups.list)
    assert isinstance(error, AuthenticationError)
    assert error.code == "AuthFailed"
    assert "***" in error.message
    # error.request and error.response stay the real objects (as documented); everything derived is clean.
    for text in (str(error), repr(error), error.message, error.body):
        assert_clean(text)
    dumped = pickle.dumps(error)
    for secret in (API_KEY, API_SECRET, TOKEN):
        assert secret.encode() not in dumped


def test_api_errors_pickle_and_copy_with_their_attributes(make_client: Callable[..., Fivetran]) -> None:
    raw = complete(
        "429 Too Many Requests", b'{"code": "TooMany", "message": "slow down"}', JSON_HEADERS + "Retry-After: 3600\r\n"
    )
    with serving(answer(raw)) as server:
        error = _caught(make_client(server.base_url).groups.list)
    assert isinstance(error, RateLimitError)
    for twin in _round_trips(error):
        assert type(twin) is RateLimitError
        assert str(twin) == str(error)
        assert repr(twin) == repr(error)
        assert isinstance(twin, RateLimitError)
        assert (twin.status_code, twin.code, twin.message, twin.retry_after) == (429, "TooMany", "slow down", 3600.0)
        assert (twin.method, twin.url, twin.body, twin.type) == ("GET", error.url, error.body, "rate_limited")
        # The request survives without its credentials; the response keeps its status and body.
        assert twin.request.method == "GET"
        assert str(twin.request.url) == error.url
        assert "authorization" not in twin.request.headers
        assert twin.response.status_code == 429
        assert twin.response.text == error.body
        assert_clean(pickle.dumps(twin).decode("latin-1"))


def test_transport_errors_pickle_without_the_token(make_client: Callable[..., Fivetran]) -> None:
    from tests.core._raw_server import closed_port

    error = _caught(make_client(f"http://127.0.0.1:{closed_port()}", max_retries=0).groups.list)
    assert isinstance(error, TransportError)
    assert "Authorization" in error.request.headers
    for twin in _round_trips(error):
        assert type(twin) is TransportError
        assert str(twin) == str(error)
        assert twin.url == error.url
        assert twin.method == "GET"
        assert "authorization" not in twin.request.headers
    assert TOKEN.encode() not in pickle.dumps(error)


@pytest.mark.parametrize(
    "error",
    [
        ResponseValidationError("bad", status_code=200, body="{", method="GET", url="/v1/groups"),
        ResponseTooLargeError(status_code=200, limit=10, method="GET", url="/v1/groups"),
        ClientClosedError("closed"),
        FivetranError("plain"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_every_error_class_pickles_and_copies(error: FivetranError) -> None:
    for twin in _round_trips(error):
        assert type(twin) is type(error)
        assert str(twin) == str(error)
        assert twin.__dict__.keys() == error.__dict__.keys()


def test_a_message_that_quotes_the_secret_in_a_proxy_page_is_blanked(make_client: Callable[..., Fivetran]) -> None:
    page = f"<html>denied for {API_KEY}:{API_SECRET}</html>".encode()
    with serving(answer(complete("502 Bad Gateway", page, "Content-Type: text/html\r\nConnection: close\r\n"))) as s:
        error = _caught(make_client(s.base_url, max_retries=0).groups.list)
    assert isinstance(error, APIError)
    assert error.body == "<html>denied for ***:***</html>"
    assert_clean(str(error) + repr(error) + error.body)
