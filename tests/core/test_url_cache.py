"""`ResolvedURLs`: a path resolves to exactly the URL httpx's ``build_request`` would use, once per path."""

from __future__ import annotations

import httpx
import pytest

from fivetran_ext._url_cache import MAX_PATHS, ResolvedURLs


@pytest.mark.parametrize(
    ("base_url", "path"),
    [
        ("https://api.fivetran.com", "/v1/connections/decent_dropsy"),
        ("https://api.fivetran.com/", "/v1/connections/decent_dropsy"),
        ("http://127.0.0.1:8123/proxy/base", "/v1/groups/g%2E1/connections"),
        ("http://127.0.0.1:8123/proxy/base/", "v1/groups"),
        ("https://api.fivetran.com", "/v1/connections/a b%20c/schemas"),
    ],
)
def test_a_path_resolves_where_httpx_would_send_it(base_url: str, path: str) -> None:
    client = httpx.Client(base_url=base_url)
    urls = ResolvedURLs()

    resolved = urls.resolve(client.base_url, path)

    assert isinstance(resolved, httpx.URL)
    assert resolved == client.build_request("GET", path).url
    assert client.build_request("GET", resolved).url == client.build_request("GET", path).url
    assert urls.resolve(client.base_url, path) is resolved  # parsed once


def test_query_parameters_are_still_merged_by_httpx() -> None:
    client = httpx.Client(base_url="https://api.fivetran.com")
    url = ResolvedURLs().resolve(client.base_url, "/v1/connections")

    request = client.build_request("GET", url, params={"limit": 10, "cursor": "a/b"})

    assert str(request.url) == "https://api.fivetran.com/v1/connections?limit=10&cursor=a%2Fb"


def test_a_new_base_url_starts_a_new_table() -> None:
    client = httpx.Client(base_url="https://api.fivetran.com")
    urls = ResolvedURLs()
    first = urls.resolve(client.base_url, "/v1/groups")

    client.base_url = httpx.URL("https://eu.example.test/api")

    assert str(first) == "https://api.fivetran.com/v1/groups"
    assert str(urls.resolve(client.base_url, "/v1/groups")) == "https://eu.example.test/api/v1/groups"


def test_absolute_urls_and_clients_without_a_base_are_left_to_httpx() -> None:
    urls = ResolvedURLs()

    assert (
        urls.resolve(httpx.URL("https://api.fivetran.com/"), "https://elsewhere.test/x") == "https://elsewhere.test/x"
    )
    assert urls.resolve(httpx.Client().base_url, "/v1/groups") == "/v1/groups"


def test_the_table_is_bounded() -> None:
    base = httpx.Client(base_url="https://api.fivetran.com").base_url
    urls = ResolvedURLs()
    for number in range(MAX_PATHS + 5):
        urls.resolve(base, f"/v1/connections/c{number}")

    assert len(urls._table[1]) <= MAX_PATHS
    assert str(urls.resolve(base, "/v1/connections/c0")) == "https://api.fivetran.com/v1/connections/c0"
