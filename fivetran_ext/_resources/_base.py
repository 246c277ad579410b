"""The machinery every resource method uses: describe a generated call once, run it sync or async.

A resource method is two pieces:

1. A *call builder*, a plain function shared by both twins, that validates arguments and returns a
   `Call`: the generated operation (by module path, imported when it runs), its keyword arguments, and how
   to turn the generated ``Response`` into the method's result (`DataOf`, `PageOf`, `NoData`).
2. One-line methods on the sync and async resource classes: ``return self._run(build(...))`` and
   ``return await self._run(build(...))``.

Errors need no handling here: the transport has already raised for any non-2xx status and for bodies
that are not a JSON envelope. What is left to check is the shape of ``data``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import ModuleType
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx
from fivetran_api._model import ModelFieldError
from fivetran_api.client import Client as GeneratedClient
from fivetran_api.types import Response, Unset, status_code_of

from .._call import Call
from .._errors import ResponseValidationError
from .._headers import parse_rate_limit_remaining
from .._operations import operation_for_module
from .._pagination import Page, PageWalker, check_cursor, check_limit, iterate_pages, iterate_pages_async
from .._plans import Batch, Effect, Plan, Sleep, drive, drive_async, stream, stream_async
from .._transport import BufferedResponse
from .._url_cache import ResolvedURLs

__all__ = [
    "AsyncResource",
    "Call",
    "Content",
    "DataOf",
    "DataOrBodyOf",
    "DataOrNoneOf",
    "GeneratedModel",
    "ItemsOf",
    "ModelReader",
    "NoData",
    "PageOf",
    "SyncResource",
    "page_query",
]

R = TypeVar("R")
T = TypeVar("T")


PageCall = Callable[[int | None, str | None], Call[Page[T]]]
"""A call builder for one page: ``(limit, cursor) -> Call[Page[T]]``."""


class ModelReader(Generic[T]):
    """What the result readers of a model share: the model, named by a function and resolved on first use.

    Readers are built when a resource module loads (``DataOf(lambda: models.Transformation)``) and the
    generated model is imported only when the first response is read, so a model a regeneration removed
    fails only the methods that read it, with `OperationUnavailableError` (see `fivetran_ext._generated`).
    The function runs once; later reads of `model` return the class it gave.
    """

    __slots__ = ("_load", "_model")

    def __init__(self, model: Callable[[], type[T]]) -> None:
        self._load = model
        self._model: type[T] | None = None

    @property
    def model(self) -> type[T]:
        """The generated model class (imported on the first read)."""
        model = self._model
        if model is None:
            model = self._model = self._load()
        return model


class DataOf(ModelReader[T]):
    """Result reader: the envelope's ``data``, which must be a ``model`` instance."""

    __slots__ = ()

    def __call__(self, operation: ModuleType, response: Response[Any]) -> T:
        data = _data(operation, response)
        if not isinstance(data, self.model):
            raise _invalid(operation, response, f"'data' is not a {self.model.__name__} object")
        return data


class DataOrNoneOf(ModelReader[T]):
    """Result reader: the envelope's ``data`` as a ``model`` when the API sent one, else None.

    For updates that answer with the updated object (the spec and the live API) where the Go SDK's
    fixtures show a bare ``{"code", "message"}``: the object is never dropped, and its absence is no error.
    """

    __slots__ = ()

    def __call__(self, operation: ModuleType, response: Response[Any]) -> T | None:
        try:
            data = getattr(response.parsed, "data", None)
        except ModelFieldError as error:
            raise _invalid(operation, response, str(error)) from None
        if data is None or isinstance(data, Unset):
            return None
        if not isinstance(data, self.model):
            raise _invalid(operation, response, f"'data' is not a {self.model.__name__} object")
        return data


class ListItem(Protocol):
    """What `PageOf` needs of an item type: the items of a page built at once, from their JSON objects."""

    @classmethod
    def from_dicts(cls, values: list[Any]) -> list[Self]: ...


class GeneratedModel(ListItem, Protocol):
    """What every generated model offers: ``from_dict``/``from_dicts`` and the unknown keys it kept."""

    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=GeneratedModel)
ItemT = TypeVar("ItemT", bound=ListItem)


class PageOf(ModelReader[ItemT]):
    """Result reader: a `Page` from ``data.items`` (each read as ``model``) and ``data.next_cursor``.

    Items are built straight from the JSON the transport already parsed (the generated parser is skipped):
    one model per item, which is what the generated parser would build, minus its page objects. For
    connections and destinations, whose list items the spec declares as a twin of the detail model,
    passing the detail model (`Connection`) means ``stream()`` and ``get()`` hand out one type.
    """

    __slots__ = ()
    skips_generated_parser = True

    def __call__(self, operation: ModuleType, response: Response[Any]) -> Page[ItemT]:
        data = envelope_data(operation, response)
        items = data.get("items")
        if not isinstance(items, list):
            raise _invalid(operation, response, "'data.items' is not a list of objects")
        try:
            models = self.model.from_dicts(items)
        except TypeError:
            raise _invalid(operation, response, "'data.items' is not a list of objects") from None
        except ModelFieldError as error:
            raise _invalid(operation, response, f"an item of 'data.items' is malformed ({error!r})") from None
        next_cursor = data.get("next_cursor")
        return Page(
            items=models,
            # Missing, null and "" all mean "last page" (the most common pagination bug elsewhere).
            next_cursor=next_cursor if isinstance(next_cursor, str) and next_cursor else None,
            rate_limit_remaining=parse_rate_limit_remaining(response.headers),
        )


def envelope_data(operation: ModuleType, response: Response[Any]) -> dict[str, Any]:
    """The ``data`` object of an unparsed envelope, or the `ResponseValidationError` for its absence."""
    data = response.parsed.get("data") if isinstance(response.parsed, dict) else None
    if not isinstance(data, dict):
        raise _invalid(operation, response, "the success response has no 'data' object")
    return data


class NoData:
    """Result reader for operations whose success carries no ``data`` (sync, delete, ...): returns None."""

    __slots__ = ()

    def __call__(self, operation: ModuleType, response: Response[Any]) -> None:
        return None


class DataOrBodyOf(ModelReader[M]):
    """Result reader for the operations the spec once declared without the envelope.

    Approving a fingerprint and a proxy agent's details were declared as a bare object while Fivetran (and
    the Go SDK's fixtures) answer with the usual ``{"code": ..., "data": {...}}``; normalization now declares
    the envelope. Either shape reads as a ``model``, straight from the JSON the transport parsed.
    """

    __slots__ = ()

    skips_generated_parser = True

    def __call__(self, operation: ModuleType, response: Response[Any]) -> M:
        body = response.parsed
        if not isinstance(body, dict):
            raise _invalid(operation, response, f"the body is not a {self.model.__name__} object")
        if "data" in body:
            data = body["data"]
            if not isinstance(data, dict):
                raise _invalid(operation, response, f"'data' is not a {self.model.__name__} object")
            return _build(self.model, data, operation, response)
        if "code" in body:
            raise _invalid(operation, response, "the success response has no 'data'")
        return _build(self.model, body, operation, response)


class ItemsOf(ModelReader[M]):
    """Result reader: a list of ``model`` from ``data`` given as a list, as ``{"items": [...]}`` or as one object.

    For ``GET /public/connector-types``, which "returns all available source types" while the spec declares
    ``data`` as a single object: whichever shape arrives, the caller gets a list.
    """

    __slots__ = ()

    skips_generated_parser = True

    def __call__(self, operation: ModuleType, response: Response[Any]) -> list[M]:
        # The generated parser cannot represent a list here: read the envelope the transport parsed.
        data = response.parsed.get("data") if isinstance(response.parsed, dict) else None
        if isinstance(data, dict):
            data = data["items"] if isinstance(data.get("items"), list) else [data]
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise _invalid(operation, response, f"'data' is not a list of {self.model.__name__} objects")
        return [_build(self.model, item, operation, response) for item in data]


class Content:
    """Result reader for a binary download: the body's bytes exactly as received."""

    __slots__ = ()

    def __call__(self, operation: ModuleType, response: Response[Any]) -> bytes:
        return response.content


def page_query(*, limit: int | None, cursor: str | None) -> dict[str, Any]:
    """Validated ``limit``/``cursor`` arguments for a list operation; unset ones are left out."""
    arguments: dict[str, Any] = {}
    if check_limit(limit) is not None:
        arguments["limit"] = limit
    if check_cursor(cursor) is not None:
        arguments["cursor"] = cursor
    return arguments


def _build(model: type[M], data: dict[str, Any], operation: ModuleType, response: Response[Any]) -> M:
    """``model.from_dict(data)``, with a missing always-present field as a `ResponseValidationError`."""
    try:
        return model.from_dict(data)
    except ModelFieldError as error:
        raise _invalid(operation, response, str(error)) from None


def _data(operation: ModuleType, response: Response[Any]) -> Any:
    try:
        data = getattr(response.parsed, "data", None)
    except ModelFieldError as error:
        raise _invalid(operation, response, str(error)) from None
    # API_FACTS: some successes have no data at all; for the methods using this reader it is required.
    if data is None or isinstance(data, Unset):
        raise _invalid(operation, response, "the success response has no 'data'")
    return data


def _invalid(operation: ModuleType, response: Response[Any], reason: str) -> ResponseValidationError:
    spec = operation_for_module(operation.__name__)
    return ResponseValidationError(
        reason,
        status_code=int(response.status_code),
        body=response.content.decode("utf-8", errors="replace"),
        method=spec.method,
        url=spec.path,
    )


def _skips_parser(call: Call[Any]) -> bool:
    return getattr(call.result, "skips_generated_parser", False) is True


def _unparsed(http: httpx.Response) -> Response[Any]:
    """A generated-style ``Response`` whose ``parsed`` is the JSON body itself.

    For readers that build their result straight from the JSON (pages of thousands of items, schema
    configs of hundreds of thousands of columns), running the generated parser first would build every
    object twice. The request still comes from the operation's own ``_get_kwargs`` (same method, path,
    headers and body), errors were already raised by the transport, and ``http.json()`` returns the body
    the transport parsed while validating it, so nothing is parsed twice.
    """
    return _UnparsedResponse(http, http.json())


class _UnparsedResponse(Response[Any]):
    """A generated ``Response`` whose ``content`` is read from the httpx response only when asked for.

    The transport may have released a large body's bytes while parsing it (`BufferedResponse`); copying
    ``content`` here would bring them back next to the parsed objects, for error messages alone.
    """

    __slots__ = ("_http",)

    def __init__(self, http: httpx.Response, parsed: Any) -> None:
        self._http = http
        super().__init__(status_code=status_code_of(http.status_code), content=b"", headers=http.headers, parsed=parsed)

    @property
    def content(self) -> bytes:
        return self._http.content

    @content.setter
    def content(self, value: bytes) -> None:
        # Set only by the dataclass __init__ (with a placeholder): the body is the httpx response's.
        pass


def _response(call: Call[Any], operation: ModuleType, client: GeneratedClient, http: httpx.Response) -> Response[Any]:
    """The generated ``Response`` for ``http``: unparsed for readers that build from the JSON, else parsed
    by the operation's own parser (a missing always-present field becomes a `ResponseValidationError`)."""
    if _skips_parser(call):
        return _unparsed(http)
    try:
        response: Response[Any] = operation._build_response(client=client, response=http)
    except ModelFieldError as error:
        spec = operation_for_module(operation.__name__)
        raise ResponseValidationError(
            f"{error}",
            status_code=http.status_code,
            body=http.content.decode("utf-8", errors="replace"),
            method=spec.method,
            url=spec.path,
        ) from None
    return response


class _Resource:
    """What the sync and async resources share: the generated client, and the paths resolved so far."""

    __slots__ = ("_generated", "_urls")

    def __init__(self, generated: GeneratedClient) -> None:
        self._generated = generated
        self._urls = ResolvedURLs()

    def _request_kwargs(self, operation: ModuleType, call: Call[Any], base_url: httpx.URL) -> dict[str, Any]:
        """The operation's request, its path resolved against ``base_url`` once per path (`_url_cache`)."""
        kwargs: dict[str, Any] = operation._get_kwargs(**call.arguments)
        kwargs["url"] = self._urls.resolve(base_url, kwargs["url"])
        return kwargs


class SyncResource(_Resource):
    """Base of the sync resources: runs `Call`s through ``client.generated``."""

    __slots__ = ()

    def _run(self, call: Call[R]) -> R:
        # What the operation's sync_detailed does (its request, then its parser), with a parse error
        # reported as a ResponseValidationError that carries the body. Sent with stream=True: the
        # transport has read the body already (`BufferedResponse`), and httpx's own read() would bring
        # back the bytes of a large body it released while parsing (see `_transport._releasing`).
        operation = call.module()
        client = self._generated.get_httpx_client()
        http = client.send(client.build_request(**self._request_kwargs(operation, call, client.base_url)), stream=True)
        if not isinstance(http, BufferedResponse):
            try:
                http.read()
            finally:
                http.close()
        return call.result(operation, _response(call, operation, self._generated, http))

    def _stream(
        self, page_call: PageCall[T], *, limit: int | None, cursor: str | None, max_items: int | None
    ) -> Iterator[T]:
        walker = PageWalker(limit=limit, cursor=cursor, max_items=max_items)

        def fetch(next_cursor: str | None) -> Page[T]:
            return self._run(page_call(walker.limit, next_cursor))

        return iterate_pages(fetch, walker)

    def _drive(self, plan: Plan[R], sleep: Callable[[float], object] | None = None) -> R:
        """Run a sans-I/O plan: its `Call` steps through this client, its `Sleep` steps with ``sleep``."""
        return drive(plan, self._performer(sleep or time.sleep))

    def _stream_plan(self, plan: Plan[Any], sleep: Callable[[float], object] | None = None) -> Iterator[Any]:
        """Run a streaming plan: what it emits is yielded as soon as it is emitted."""
        return stream(plan, self._performer(sleep or time.sleep))

    def _performer(self, sleep: Callable[[float], object]) -> Callable[[object], object]:
        def perform(step: object) -> object:
            if isinstance(step, Sleep):
                return sleep(step.seconds)
            if isinstance(step, Batch):
                from .._fanout import fan_out  # on first use: it imports anyio

                return fan_out(self._run, step.calls, concurrency=step.concurrency)
            if isinstance(step, Effect):
                return step.function()
            return self._run(step)  # type: ignore[arg-type]

        return perform


class AsyncResource(_Resource):
    """Base of the async resources: awaits `Call`s through ``client.generated``."""

    __slots__ = ()

    async def _run(self, call: Call[R]) -> R:
        operation = call.module()
        client = self._generated.get_async_httpx_client()
        request = client.build_request(**self._request_kwargs(operation, call, client.base_url))
        http = await client.send(request, stream=True)
        if not isinstance(http, BufferedResponse):
            try:
                await http.aread()
            finally:
                await http.aclose()
        return call.result(operation, _response(call, operation, self._generated, http))

    def _stream(
        self, page_call: PageCall[T], *, limit: int | None, cursor: str | None, max_items: int | None
    ) -> AsyncIterator[T]:
        walker = PageWalker(limit=limit, cursor=cursor, max_items=max_items)

        def fetch(next_cursor: str | None) -> Awaitable[Page[T]]:
            return self._run(page_call(walker.limit, next_cursor))

        return iterate_pages_async(fetch, walker)

    async def _drive(self, plan: Plan[R], sleep: Callable[[float], Awaitable[object]] | None = None) -> R:
        """Run a sans-I/O plan: its `Call` steps through this client, its `Sleep` steps awaited with ``sleep``."""
        return await drive_async(plan, self._performer(sleep or _anyio_sleep()))

    def _stream_plan(
        self, plan: Plan[Any], sleep: Callable[[float], Awaitable[object]] | None = None
    ) -> AsyncIterator[Any]:
        """Run a streaming plan: what it emits is yielded as soon as it is emitted."""
        return stream_async(plan, self._performer(sleep or _anyio_sleep()))

    def _performer(self, sleep: Callable[[float], Awaitable[object]]) -> Callable[[object], Awaitable[object]]:
        async def perform(step: object) -> object:
            if isinstance(step, Sleep):
                return await sleep(step.seconds)
            if isinstance(step, Batch):
                from .._fanout import async_fan_out

                return await async_fan_out(self._run, step.calls, concurrency=step.concurrency)
            if isinstance(step, Effect):
                if step.awaitable is not None:
                    return await step.awaitable()
                import anyio.to_thread

                return await anyio.to_thread.run_sync(step.function)
            return await self._run(step)  # type: ignore[arg-type]

        return perform


def _anyio_sleep() -> Callable[[float], Awaitable[object]]:
    # Imported on first use: anyio keeps AsyncFivetran working under trio as well as asyncio.
    import anyio

    return anyio.sleep
