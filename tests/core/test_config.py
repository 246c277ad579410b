"""Construction: credentials, from_env, base URL policy, timeouts, repr."""

from __future__ import annotations

import httpx
import pytest

from fivetran_ext import AsyncFivetran, Fivetran, RetryPolicy

from .conftest import API_KEY, API_SECRET

ENV_VARS = ("FIVETRAN_API_KEY", "FIVETRAN_APIKEY", "FIVETRAN_API_SECRET", "FIVETRAN_APISECRET", "FIVETRAN_BASE_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("key", "secret", "missing"),
    [
        (None, API_SECRET, "api_key"),
        ("", API_SECRET, "api_key"),
        ("  ", API_SECRET, "api_key"),
        (API_KEY, None, "api_secret"),
    ],
)
def test_missing_or_empty_credentials_fail_at_construction_naming_the_env_vars(
    key: str | None, secret: str | None, missing: str
) -> None:
    with pytest.raises(ValueError, match=missing) as raised:
        Fivetran(key, secret)
    message = str(raised.value)
    variable = "FIVETRAN_API_KEY" if missing == "api_key" else "FIVETRAN_API_SECRET"
    assert variable in message
    assert variable.replace("_API_", "_API") in message  # FIVETRAN_APIKEY / FIVETRAN_APISECRET
    assert "from_env" in message


def test_from_env_reads_the_conventional_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", API_KEY)
    monkeypatch.setenv("FIVETRAN_API_SECRET", API_SECRET)
    with Fivetran.from_env() as client:
        assert client.base_url == "https://api.fivetran.com"
        assert client._config.api_key == API_KEY
        assert client._config.api_secret == API_SECRET


def test_from_env_accepts_the_go_sdk_spelling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_APIKEY", "go_key_123456")
    monkeypatch.setenv("FIVETRAN_APISECRET", "go_secret")
    with Fivetran.from_env() as client:
        assert client._config.api_key == "go_key_123456"
        assert client._config.api_secret == "go_secret"


def test_from_env_prefers_the_underscore_spelling_and_reads_the_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "primary_key_1")
    monkeypatch.setenv("FIVETRAN_APIKEY", "secondary_key")
    monkeypatch.setenv("FIVETRAN_API_SECRET", API_SECRET)
    monkeypatch.setenv("FIVETRAN_BASE_URL", "https://eu.example.com/")
    with Fivetran.from_env() as client:
        assert client._config.api_key == "primary_key_1"
        assert client.base_url == "https://eu.example.com"


def test_from_env_keyword_arguments_override_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", API_KEY)
    monkeypatch.setenv("FIVETRAN_API_SECRET", API_SECRET)
    monkeypatch.setenv("FIVETRAN_BASE_URL", "https://env.example.com")
    with Fivetran.from_env(api_key="override_key", base_url="http://127.0.0.1:9", max_retries=7) as client:
        assert client._config.api_key == "override_key"
        assert client.base_url == "http://127.0.0.1:9"
        assert client.max_retries == 7


def test_from_env_without_variables_explains_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "")  # empty counts as unset
    with pytest.raises(ValueError, match=r"FIVETRAN_API_KEY \(or FIVETRAN_APIKEY\)"):
        Fivetran.from_env()


def test_async_client_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_APIKEY", API_KEY)
    monkeypatch.setenv("FIVETRAN_APISECRET", API_SECRET)
    client = AsyncFivetran.from_env()
    assert isinstance(client, AsyncFivetran)
    assert client._config.api_secret == API_SECRET


@pytest.mark.parametrize(
    "url",
    ["http://api.fivetran.com", "http://10.0.0.5:8080", "http://example.localhost.evil.com"],
)
def test_plain_http_is_refused_for_non_loopback_hosts(url: str) -> None:
    with pytest.raises(ValueError, match="plain http"):
        Fivetran(API_KEY, API_SECRET, base_url=url)


@pytest.mark.parametrize("url", ["http://localhost:8080", "http://127.0.0.1:1", "http://127.8.9.10", "http://[::1]:80"])
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    with Fivetran(API_KEY, API_SECRET, base_url=url) as client:
        assert client.base_url.startswith("http://")


def test_plain_http_can_be_allowed_explicitly() -> None:
    with Fivetran(API_KEY, API_SECRET, base_url="http://proxy.internal", allow_insecure_http=True) as client:
        assert client.base_url == "http://proxy.internal"


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("https://user:pass@api.fivetran.com", "credentials"),
        ("https://api.fivetran.com/v1", "/v1"),
        ("ftp://api.fivetran.com", "http"),
        ("api.fivetran.com", "http"),
        ("https://api.fivetran.com?x=1", "query"),
    ],
)
def test_unusable_base_urls_are_refused(url: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        Fivetran(API_KEY, API_SECRET, base_url=url)


def test_base_url_keeps_a_path_prefix_for_gateways() -> None:
    with Fivetran(API_KEY, API_SECRET, base_url="https://gateway.example.com/fivetran/") as client:
        assert client.base_url == "https://gateway.example.com/fivetran"


def test_timeout_defaults_to_10s_connect_and_60s_otherwise() -> None:
    with Fivetran(API_KEY, API_SECRET) as client:
        assert client.timeout == httpx.Timeout(60.0, connect=10.0)


def test_timeout_accepts_seconds_or_httpx_timeout_but_never_none() -> None:
    with Fivetran(API_KEY, API_SECRET, timeout=5) as client:
        assert client.timeout == httpx.Timeout(5.0)
    custom = httpx.Timeout(30.0, connect=2.0)
    with Fivetran(API_KEY, API_SECRET, timeout=custom) as client:
        assert client.timeout is custom
    with pytest.raises(TypeError, match="timeout"):
        Fivetran(API_KEY, API_SECRET, timeout=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        Fivetran(API_KEY, API_SECRET, timeout=0)


def test_max_retries_overrides_the_policy_and_is_validated() -> None:
    with Fivetran(API_KEY, API_SECRET, retry=RetryPolicy(max_retries=9, deadline=30.0), max_retries=1) as client:
        assert client.max_retries == 1
        assert client.retry.deadline == 30.0
    with pytest.raises(ValueError, match="max_retries"):
        Fivetran(API_KEY, API_SECRET, max_retries=-1)


def test_repr_never_shows_the_secret_nor_the_whole_key() -> None:
    with Fivetran(API_KEY, API_SECRET) as client:
        text = repr(client)
    assert API_SECRET not in text
    assert API_KEY not in text
    assert API_KEY[:4] in text
    assert "Fivetran(base_url='https://api.fivetran.com'" in text
    assert API_SECRET not in repr(client._config)
    assert API_SECRET not in repr(client.generated)


def test_a_wrong_http_client_type_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        Fivetran(API_KEY, API_SECRET, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncFivetran(API_KEY, API_SECRET, http_client=httpx.Client())  # type: ignore[arg-type]
