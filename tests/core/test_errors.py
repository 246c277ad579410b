"""Typed errors: every non-2xx status, whatever the body, becomes one readable, secret-free exception."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytest_httpserver import HTTPServer

from fivetran_ext import (
    APIError,
    AsyncFivetran,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    Fivetran,
    FivetranError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)

from .conftest import API_KEY, API_SECRET, BASIC, envelope


@pytest.mark.parametrize(
    ("status", "error_class", "kind"),
    [
        (400, BadRequestError, "bad_request"),
        (401, AuthenticationError, "unauthorized"),
        (403, PermissionDeniedError, "forbidden"),
        (404, NotFoundError, "not_found"),
        (409, ConflictError, "conflict"),
        (422, UnprocessableEntityError, "unprocessable"),
        (429, RateLimitError, "rate_limited"),
        (500, ServerError, "server_error"),
        (503, ServerError, "server_error"),
        (520, ServerError, "server_error"),
        (405, APIError, "unknown"),
        (406, APIError, "unknown"),
        (415, APIError, "unknown"),
        (499, APIError, "unknown"),
    ],
)
def test_each_status_maps_to_its_error_class_and_kind(
    server: HTTPServer, make_client: Callable[..., Fivetran], status: int, error_class: type[APIError], kind: str
) -> None:
    server.expect_request("/v1/groups/g").respond_with_json(
        {"code": "SomeCode", "message": "Something happened"}, status=status
    )
    client = make_client(max_retries=0)

    with pytest.raises(error_class) as raised:
        client.groups.get("g")

    error = raised.value
    assert type(error) is error_class
    assert isinstance(error, FivetranError)
    assert error.type == kind
    assert error.status_code == status
    assert error.code == "SomeCode"
    assert error.message == "Something happened"
    assert error.method == "GET"
    assert error.request.url.path == "/v1/groups/g"
    assert error.response.status_code == status


def test_the_message_is_one_readable_line(server: HTTPServer, client: Fivetran, base_url: str) -> None:
    server.expect_request("/v1/connections/x").respond_with_json(
        {"code": "NotFound_Connector", "message": "Connector with id 'x' not found"},
        status=404,
        headers={"X-Rate-Limit-Remaining": "41"},
    )

    with pytest.raises(NotFoundError) as raised:
        client.connections.get("x")

    assert str(raised.value) == (
        f"404 NotFound_Connector: Connector with id 'x' not found (GET {base_url}/v1/connections/x)"
    )
    assert raised.value.rate_limit_remaining == 41
    assert raised.value.body == server.log[0][1].get_data(as_text=True)


def test_an_empty_404_keeps_the_status(server: HTTPServer, client: Fivetran, base_url: str) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("", status=404)

    with pytest.raises(NotFoundError) as raised:
        client.groups.get("g")

    assert raised.value.code is None
    assert raised.value.body == ""
    assert str(raised.value) == f"404 Not Found (GET {base_url}/v1/groups/g)"


def test_an_html_502_from_a_proxy_is_a_server_error_with_the_body_kept(
    server: HTTPServer, make_client: Callable[..., Fivetran], base_url: str
) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>"
    server.expect_request("/v1/groups/g").respond_with_data(html, status=502, content_type="text/html")

    with pytest.raises(ServerError) as raised:
        make_client(max_retries=0).groups.get("g")

    assert raised.value.status_code == 502
    assert raised.value.body == html
    assert raised.value.code is None
    assert str(raised.value) == f"502 Bad Gateway (GET {base_url}/v1/groups/g)"


@pytest.mark.parametrize(("status", "error_class"), [(520, ServerError), (499, APIError)])
def test_statuses_unknown_to_httpstatus_are_kept(
    server: HTTPServer, make_client: Callable[..., Fivetran], status: int, error_class: type[APIError]
) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("origin error", status=status)

    with pytest.raises(error_class) as raised:
        make_client(max_retries=0).groups.get("g")

    assert raised.value.status_code == status
    assert str(raised.value).startswith(f"{status} ")
    assert raised.value.body == "origin error"


def test_a_truncated_json_error_body_keeps_status_and_raw_body(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups/g").respond_with_data('{"code": "BadRequest", "mess', status=400)

    with pytest.raises(BadRequestError) as raised:
        client.groups.get("g")

    assert raised.value.code is None
    assert raised.value.body == '{"code": "BadRequest", "mess'


def test_truncated_json_on_200_is_a_validation_error_with_the_raw_body(
    server: HTTPServer, client: Fivetran, base_url: str
) -> None:
    server.expect_request("/v1/groups/g").respond_with_data(
        '{"code": "Success", "data": {"id": "g", "na', content_type="application/json"
    )

    with pytest.raises(ResponseValidationError) as raised:
        client.groups.get("g")

    error = raised.value
    assert error.type == "invalid_response"
    assert error.status_code == 200
    assert error.body == '{"code": "Success", "data": {"id": "g", "na'
    assert str(error).startswith("200 response could not be understood: body is not valid JSON")
    assert str(error).endswith(f"(GET {base_url}/v1/groups/g)")
    assert len(server.log) == 1, "a 200 is never retried"


@pytest.mark.parametrize("body", ["[1, 2]", '"text"', "<html>login</html>"])
def test_a_2xx_that_is_not_a_json_object_is_a_validation_error(server: HTTPServer, client: Fivetran, body: str) -> None:
    server.expect_request("/v1/groups/g").respond_with_data(body)

    with pytest.raises(ResponseValidationError) as raised:
        client.groups.get("g")

    assert raised.value.body == body


def test_an_empty_2xx_is_an_envelope_without_data(server: HTTPServer, client: Fivetran) -> None:
    from fivetran_api.api.group_management import group_details

    server.expect_request("/v1/groups/g").respond_with_data("", status=200)

    response = group_details.sync_detailed("g", client=client.generated)
    assert response.parsed is not None
    assert response.parsed.to_dict() == {}
    with pytest.raises(ResponseValidationError, match="has no 'data'"):
        client.groups.get("g")


def test_the_generated_parser_sees_validation_errors_too(server: HTTPServer, client: Fivetran) -> None:
    from fivetran_api.api.group_management import group_details

    server.expect_request("/v1/groups/g").respond_with_data("{not json", content_type="application/json")

    with pytest.raises(ResponseValidationError) as raised:
        group_details.sync_detailed("g", client=client.generated)
    assert raised.value.body == "{not json"


def test_rate_limit_error_carries_retry_after(server: HTTPServer, make_client: Callable[..., Fivetran]) -> None:
    server.expect_request("/v1/groups/g").respond_with_json(
        {"code": "TooManyRequests", "message": "Rate limit exceeded"}, status=429, headers={"Retry-After": "30"}
    )

    with pytest.raises(RateLimitError) as raised:
        make_client(max_retries=0).groups.get("g")

    assert raised.value.retry_after == 30.0
    assert "(retry after 30 s)" in str(raised.value)


def test_errors_never_contain_credentials(server: HTTPServer, make_client: Callable[..., Fivetran]) -> None:
    server.expect_request("/v1/groups/g").respond_with_json({"code": "AuthFailed"}, status=401)
    client = make_client(max_retries=0)

    with pytest.raises(AuthenticationError) as raised:
        client.groups.get("g")

    rendered = [str(raised.value), repr(raised.value), raised.value.message, str(raised.value.args)]
    for text in rendered:
        assert API_SECRET not in text
        assert BASIC.split()[1] not in text
        assert API_KEY not in text


@pytest.mark.anyio
async def test_async_errors_are_the_same(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran], base_url: str
) -> None:
    server.expect_request("/v1/connections/x").respond_with_json(
        {"code": "NotFound_Connector", "message": "Connector with id 'x' not found"}, status=404
    )
    server.expect_request("/v1/groups/g").respond_with_data("{truncated", content_type="application/json")
    server.expect_request("/v1/groups/e").respond_with_json(envelope(message="no data"))

    async with make_async_client() as client:
        with pytest.raises(NotFoundError) as raised:
            await client.connections.get("x")
        with pytest.raises(ResponseValidationError) as invalid:
            await client.groups.get("g")
        with pytest.raises(ResponseValidationError, match="has no 'data'"):
            await client.groups.get("e")

    assert str(raised.value) == (
        f"404 NotFound_Connector: Connector with id 'x' not found (GET {base_url}/v1/connections/x)"
    )
    assert invalid.value.body == "{truncated"


def test_the_timeout_error_is_the_builtin_timeout_error_too() -> None:
    import builtins

    import httpx

    from fivetran_ext import TimeoutError as FivetranTimeoutError
    from fivetran_ext import TransportError

    request = httpx.Request("GET", "https://api.fivetran.com/v1/groups")
    error = FivetranTimeoutError("ReadTimeout: timed out", request=request)
    assert isinstance(error, builtins.TimeoutError)
    assert isinstance(error, TransportError)
    assert str(error) == "ReadTimeout: timed out (GET https://api.fivetran.com/v1/groups)"
    with pytest.raises(builtins.TimeoutError):
        raise error
