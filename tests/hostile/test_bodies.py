"""A typed error, with the status kept, for every body or status the client cannot understand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from fivetran_ext import (
    APIError,
    AsyncFivetran,
    Fivetran,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    TransportError,
)

from ._servers import JSON_HEADERS, answer, complete, head, reset_after, serving
from .conftest import Sleeps

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"code": "Success", "data": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"}"


@pytest.mark.parametrize(
    ("name", "body", "reason"),
    [
        ("nested 100,000 deep", DEEP, "nested too deeply"),
        ("object nested 100,000 deep", DEEP_OBJECT, "nested too deeply"),
        ("NaN", b'{"code": "Success", "data": {"id": NaN}}', "NaN"),
        ("Infinity", b'{"code": "Success", "data": {"id": "g", "x": -Infinity}}', "Infinity"),
        ("a float past the double range", b'{"code": "Success", "data": {"id": "g", "x": 1e999}}', "out of range"),
        ("an integer of 5,000 digits", b'{"code": "Success", "data": {"id": "g", "x": ' + b"9" * 5000 + b"}}", "digit"),
        ("invalid UTF-8", b'{"code": "Success", "data": {"id": "\xff\xfe"}}', "not valid JSON"),
        ("truncated", b'{"code": "Success", "data": {"id"', "not valid JSON"),
        ("a JSON array", b"[1, 2]", "expected a JSON object"),
    ],
)
def test_an_unreadable_2xx_body_is_a_response_validation_error(
    make_client: Callable[..., Fivetran], name: str, body: bytes, reason: str
) -> None:
    with serving(answer(complete("200 OK", body))) as server, pytest.raises(ResponseValidationError) as caught:
        make_client(server.base_url, max_response_bytes=1 << 24).groups.get("g")
    assert caught.value.status_code == 200
    assert reason in str(caught.value)
    assert caught.value.type == "invalid_response"


# Past 1 MiB the transport parses a body's text and releases its bytes (`_transport._releasing`).
PAD = b'{"code": "Success", "pad": "' + b"a" * (1 << 20) + b'", "data": '


@pytest.mark.parametrize(
    ("name", "body", "reason"),
    [
        ("nested 100,000 deep", PAD + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
        ("NaN", PAD + b'{"id": NaN}}', "NaN"),
        ("invalid UTF-8", PAD + b'{"id": "\xff\xfe"}}', "not valid JSON"),
        ("truncated", PAD + b'{"id"', "not valid JSON"),
    ],
)
def test_a_large_unreadable_2xx_body_is_a_response_validation_error_with_the_body(
    make_client: Callable[..., Fivetran], name: str, body: bytes, reason: str
) -> None:
    with serving(answer(complete("200 OK", body))) as server, pytest.raises(ResponseValidationError) as caught:
        make_client(server.base_url, max_response_bytes=1 << 24).groups.get("g")
    assert reason in str(caught.value)
    assert caught.value.body.startswith('{"code": "Success", "pad": "aaa')


def test_a_large_body_parsed_from_its_text_keeps_its_exact_bytes(make_client: Callable[..., Fivetran]) -> None:
    # JSON escapes, UTF-8 and an encoded lone surrogate (which json.loads of bytes also accepts).
    body = PAD + rb'{"id": "g", "name": "gr\u00fcn \ud800", "x": "' + "grün".encode() + b'\xed\xa0\x80"}}'
    with serving(answer(complete("200 OK", body)), answer(complete("200 OK", body))) as server:
        client = make_client(server.base_url, max_response_bytes=1 << 24)
        assert client.groups.get("g").name == "gr\u00fcn \ud800"
        raw = client.generated.get_httpx_client().get("/v1/groups/g")
        assert raw.content == body
        assert raw.json()["data"]["x"] == "grün\ud800"


def test_deep_json_while_streaming_is_a_response_validation_error(make_client: Callable[..., Fivetran]) -> None:
    with serving(answer(complete("200 OK", DEEP))) as server, pytest.raises(ResponseValidationError):
        list(make_client(server.base_url).groups.stream())


@pytest.mark.anyio
async def test_deep_json_async_is_a_response_validation_error(make_async_client: Callable[..., AsyncFivetran]) -> None:
    with serving(answer(complete("200 OK", DEEP))) as server:
        async with make_async_client(server.base_url) as client:
            with pytest.raises(ResponseValidationError):
                await client.groups.get("g")


def test_deep_json_in_an_error_body_keeps_the_status(make_client: Callable[..., Fivetran]) -> None:
    with serving(answer(complete("404 Not Found", DEEP))) as server, pytest.raises(NotFoundError) as caught:
        make_client(server.base_url).groups.get("g")
    assert caught.value.status_code == 404
    assert caught.value.code is None
    assert str(caught.value).startswith("404 Not Found (GET ")


@pytest.mark.parametrize("status", ["299 Odd", "218 This Is Fine", "250 Low on Storage"])
def test_a_2xx_status_outside_http_is_a_typed_error_with_the_status(
    make_client: Callable[..., Fivetran], status: str
) -> None:
    body = b'{"code": "Success", "data": {"id": "g", "name": "n"}}'
    with serving(answer(complete(status, body))) as server, pytest.raises(ResponseValidationError) as caught:
        make_client(server.base_url).groups.get("g")
    assert caught.value.status_code == int(status.split()[0])
    assert f"HTTP status {status.split()[0]} is not one the Fivetran API sends" in str(caught.value)


@pytest.mark.parametrize(("status", "error"), [("599 Odd", ServerError), ("499 Client Closed", APIError)])
def test_an_error_status_outside_http_keeps_its_status(
    make_client: Callable[..., Fivetran], sleeps: Sleeps, status: str, error: type[APIError]
) -> None:
    with serving(answer(complete(status, b"<html>proxy</html>"))) as server, pytest.raises(error) as caught:
        make_client(server.base_url, max_retries=0).groups.get("g")
    assert caught.value.status_code == int(status.split()[0])
    assert caught.value.body == "<html>proxy</html>"


def test_a_lone_surrogate_in_the_message_prints(make_client: Callable[..., Fivetran]) -> None:
    body = b'{"code": "NotFound", "message": "bad \\ud800 here"}'
    with serving(answer(complete("404 Not Found", body))) as server, pytest.raises(NotFoundError) as caught:
        make_client(server.base_url).groups.get("g")
    str(caught.value).encode("utf-8")  # would raise UnicodeEncodeError with the surrogate kept
    assert caught.value.message == "bad ? here"


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("100,000 headers", head() + b"".join(b"X-%d: a\r\n" % i for i in range(100_000)) + b"\r\n"),
        ("one header line of 1 MiB", head() + b"X-Big: " + b"a" * (1 << 20) + b"\r\n\r\n"),
        ("garbage instead of a status line", b"SSH-2.0-OpenSSH_9.6\r\n\r\n"),
        ("no status code", b"HTTP/1.1 OK\r\n\r\n"),
        ("bad Content-Length", head() + b"Content-Length: lots\r\n\r\n{}"),
        ("bad chunk size", head() + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
        ("a body shorter than its Content-Length", head() + b"Content-Length: 100\r\n\r\n{}"),
    ],
)
def test_a_broken_http_answer_is_a_transport_error(
    make_client: Callable[..., Fivetran], sleeps: Sleeps, name: str, raw: bytes
) -> None:
    with serving(answer(raw)) as server, pytest.raises(TransportError) as caught:
        make_client(server.base_url, max_retries=0).groups.get("g")
    assert caught.value.type in ("transport", "timeout")


def test_a_reset_mid_body_is_retried_then_a_transport_error(
    make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    raw = head() + b"Content-Length: 1000\r\n\r\n" + b'{"code": "Succ'
    with serving(reset_after(raw)) as server, pytest.raises(TransportError):
        make_client(server.base_url).groups.get("g")
    assert server.connections == 3
    assert len(sleeps) == 2


def test_an_endless_redirect_is_not_followed(make_client: Callable[..., Fivetran]) -> None:
    raw = complete("302 Found", b"", JSON_HEADERS + "Location: /v1/groups/g\r\n")
    with serving(answer(raw)) as server, pytest.raises(APIError) as caught:
        make_client(server.base_url).groups.get("g")
    assert caught.value.status_code == 302
    assert server.connections == 1


@pytest.mark.parametrize(
    "retry_after", ["1e308", "99999999999999999999999", "inf", "nan", "-5", "Fri, 31 Dec 9999 23:59:59 GMT"]
)
def test_retry_after_abuse_never_sleeps_long(
    make_client: Callable[..., Fivetran], sleeps: Sleeps, retry_after: str
) -> None:
    raw = complete("429 Too Many Requests", b"{}", JSON_HEADERS + f"Retry-After: {retry_after}\r\n")
    with serving(answer(raw)) as server:
        policy = RetryPolicy(max_retries=2, sleep=sleeps, max_retry_after=60.0)
        with pytest.raises(RateLimitError):
            make_client(server.base_url, retry=policy).groups.get("g")
    assert all(delay <= 60.0 for delay in sleeps)


@pytest.mark.parametrize("charset", ["rot13", "undefined", "idna", "zlib_codec", "base64_codec", "no-such-charset"])
def test_a_hostile_charset_still_gives_a_typed_error_with_the_body(
    make_client: Callable[..., Fivetran], charset: str
) -> None:
    headers = f"Content-Type: application/json; charset={charset}\r\nConnection: close\r\n"
    raw = complete("404 Not Found", b'{"code": "NotFound_Group", "message": "gone"}', headers)
    with serving(answer(raw)) as server, pytest.raises(NotFoundError) as caught:
        make_client(server.base_url).groups.get("g")
    assert (caught.value.code, caught.value.message) == ("NotFound_Group", "gone")


def test_a_hostile_charset_on_an_unreadable_2xx_is_a_response_validation_error(
    make_client: Callable[..., Fivetran],
) -> None:
    raw = complete("200 OK", b"{not json", "Content-Type: application/json; charset=rot13\r\nConnection: close\r\n")
    with serving(answer(raw)) as server, pytest.raises(ResponseValidationError) as caught:
        make_client(server.base_url).groups.get("g")
    assert caught.value.body == "{not json"


def test_cookies_a_server_sets_are_never_kept_or_sent_back(make_client: Callable[..., Fivetran]) -> None:
    from tests.core._raw_server import KeepAliveServer

    body = b'{"code": "Success", "data": {"id": "g", "name": "n"}}'
    seen: list[str | None] = []

    with KeepAliveServer([(200, body)]) as server:
        handler = server._server.RequestHandlerClass
        original = handler.do_GET

        def do_get(self: object) -> None:
            seen.append(self.headers.get("Cookie"))  # type: ignore[attr-defined]
            original(self)  # type: ignore[arg-type]

        handler.send_header_original = handler.send_header  # type: ignore[attr-defined]

        def send_header(self: object, name: str, value: str) -> None:
            handler.send_header_original(self, name, value)  # type: ignore[attr-defined]
            if name == "Content-Length":
                handler.send_header_original(self, "Set-Cookie", "session=planted; Path=/")  # type: ignore[attr-defined]

        handler.do_GET = do_get  # type: ignore[method-assign]
        handler.send_header = send_header  # type: ignore[method-assign]
        client = make_client(server.base_url)
        client.groups.get("g")
        client.groups.get("g")
        client.close()  # before the server, which waits for its keep-alive connections to end
    assert seen == [None, None]


def test_the_generated_layer_gets_the_same_typed_error_for_an_odd_status(make_client: Callable[..., Fivetran]) -> None:
    from fivetran_api.api.group_management import group_details

    body = b'{"code": "Success", "data": {"id": "g", "name": "n"}}'
    with serving(answer(complete("299 Odd", body))) as server, pytest.raises(ResponseValidationError) as caught:
        group_details.sync_detailed("g", client=make_client(server.base_url).generated)
    assert caught.value.status_code == 299
