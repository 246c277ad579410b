"""The clients the generated operations run through (project template, openapi/templates/client.py.jinja).

Plain classes with the generator's attrs API (keyword arguments, ``with_*`` copies, equality, repr): importing
attrs cost about as much as the rest of the client put together, on every import of this package.
"""

import ssl
from typing import Any, Self

import httpx

_INIT_ARGUMENTS = (
    ("raise_on_unexpected_status", "raise_on_unexpected_status"),
    ("base_url", "_base_url"),
    ("cookies", "_cookies"),
    ("headers", "_headers"),
    ("timeout", "_timeout"),
    ("verify_ssl", "_verify_ssl"),
    ("follow_redirects", "_follow_redirects"),
    ("httpx_args", "_httpx_args"),
)


class _BaseClient:
    __slots__ = (
        "__weakref__",
        "_async_client",
        "_base_url",
        "_client",
        "_cookies",
        "_follow_redirects",
        "_headers",
        "_httpx_args",
        "_timeout",
        "_verify_ssl",
        "raise_on_unexpected_status",
    )
    # (constructor keyword, attribute) of every argument, in order; `_client`/`_async_client` are not arguments.
    _ARGUMENTS: tuple[tuple[str, str], ...] = _INIT_ARGUMENTS
    # What repr and == compare, in order (the attrs classes' fields).
    _FIELDS: tuple[str, ...] = (*(attribute for _, attribute in _INIT_ARGUMENTS), "_client", "_async_client")

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies: dict[str, str] = {} if cookies is None else cookies
        self._headers: dict[str, str] = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args: dict[str, Any] = {} if httpx_args is None else httpx_args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._FIELDS)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as attrs made it

    def _evolve(self, **changes: Any) -> Self:
        """A new client with these constructor arguments changed; it builds its own httpx clients."""
        arguments = {keyword: getattr(self, attribute) for keyword, attribute in self._ARGUMENTS}
        return type(self)(**{**arguments, **changes})

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def _prepare_headers(self) -> None:
        """Hook run before the first httpx client is built (the authenticated client adds its header)."""

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._prepare_headers()
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._prepare_headers()
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class Client(_BaseClient):
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in
        production, but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and
        ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    __slots__ = ()


class AuthenticatedClient(_BaseClient):
    """A Client which has been authenticated for use on secured endpoints

    Takes `Client`'s arguments, plus ``token`` (also positional, after ``base_url``), ``prefix`` and
    ``auth_header_name``.

    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    __slots__ = ("auth_header_name", "prefix", "token")
    _ARGUMENTS = (*_INIT_ARGUMENTS, ("token", "token"), ("prefix", "prefix"), ("auth_header_name", "auth_header_name"))
    _FIELDS = (*_BaseClient._FIELDS, "token", "prefix", "auth_header_name")

    def __init__(
        self,
        base_url: str,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            base_url,
            raise_on_unexpected_status=raise_on_unexpected_status,
            cookies=cookies,
            headers=headers,
            timeout=timeout,
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=httpx_args,
        )
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _prepare_headers(self) -> None:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
