"""Construction: credentials, from_env, base URL policy, timeouts, repr."""

from __future__ import annotations

import base64

import httpx
import pytest

from fivetran_ext import AsyncFivetran, ConfigurationError, Fivetran, FivetranError, RetryPolicy

from .conftest import API_KEY, API_SECRET

ENV_VARS = ("FIVETRAN_API_KEY", "FIVETRAN_APIKEY", "FIVETRAN_API_SECRET", "FIVETRAN_APISECRET", "FIVETRAN_BASE_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


SETUP = (
    "pass api_key and api_secret, or set FIVETRAN_API_KEY and FIVETRAN_API_SECRET "
    "(FIVETRAN_APIKEY/FIVETRAN_APISECRET also work); FIVETRAN_API_KEY alone may hold the base64 key "
    "of Fivetran's CLI (base64 of key:secret)"
)


@pytest.mark.parametrize(
    ("key", "secret", "missing"),
    [
        (None, API_SECRET, "api_key"),
        ("", API_SECRET, "api_key"),
        ("  ", API_SECRET, "api_key"),
        (None, None, "api_key and api_secret"),
        ("", "", "api_key and api_secret"),
    ],
)
def test_missing_or_empty_credentials_raise_a_configuration_error_naming_the_env_vars(
    key: str | None, secret: str | None, missing: str
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Fivetran(key, secret)
    assert str(raised.value) == f"Fivetran credentials are missing ({missing}): {SETUP}"
    assert isinstance(raised.value, FivetranError)
    assert isinstance(raised.value, ValueError)  # what these errors were before ConfigurationError existed
    assert raised.value.type == "configuration"


def test_a_key_without_a_secret_is_read_as_the_fivetran_cli_base64_key() -> None:
    token = base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
    with Fivetran(token) as client:
        assert (client._config.api_key, client._config.api_secret) == (API_KEY, API_SECRET)
        assert client._config.headers()["Authorization"] == f"Basic {token}"
        assert token not in repr(client)


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("not base64 at all!", "it is not valid base64 text"),
        (base64.b64encode(b"no-colon-in-here").decode(), "it does not decode to key:secret"),
        (base64.b64encode(b":secret-without-key").decode(), "it does not decode to key:secret"),
        (base64.b64encode(b"key-without-secret:").decode(), "it does not decode to key:secret"),
        (base64.b64encode(b"\xff\xfe:\xff").decode(), "it is not valid base64 text"),
    ],
)
def test_a_malformed_base64_key_is_refused_without_echoing_it(token: str, problem: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Fivetran(token)
    message = str(raised.value)
    assert problem in message
    assert message.endswith(SETUP)
    assert token not in message
    assert "secret-without-key" not in message


def test_from_env_reads_the_fivetran_cli_base64_key_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", base64.b64encode(b"cli_key_1234:cli_secret").decode())
    with Fivetran.from_env() as client:
        assert (client._config.api_key, client._config.api_secret) == ("cli_key_1234", "cli_secret")


def test_a_key_and_a_secret_are_never_base64_decoded() -> None:
    # A real key may look like base64; with a secret next to it, it is taken as it is.
    token = base64.b64encode(b"a:b").decode()
    with Fivetran(token, API_SECRET) as client:
        assert (client._config.api_key, client._config.api_secret) == (token, API_SECRET)


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


def test_from_env_without_variables_raises_a_configuration_error_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "")  # empty counts as unset
    with pytest.raises(ConfigurationError) as raised:
        Fivetran.from_env()
    assert str(raised.value) == f"Fivetran credentials are missing (api_key and api_secret): {SETUP}"
    assert "from_env" not in str(raised.value)  # the old text told from_env's caller to call from_env


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
