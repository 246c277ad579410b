from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transformations_list_response import TransformationsListResponse
from ...models.transformations_list_type import TransformationsListType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    group_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: str | TransformationsListType | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["group_id"] = group_id

    params["project_id"] = project_id

    json_type_: str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, TransformationsListType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transformations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransformationsListResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = TransformationsListResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransformationsListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    group_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: str | TransformationsListType | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[TransformationsListResponse]:
    """List all Transformations

     Returns a list of all transformations within your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        group_id (str | Unset):  Example: group_id.
        project_id (str | Unset):  Example: project_id.
        type_ (str | TransformationsListType | Unset): Known values: `DBT_CORE`, `QUICKSTART`
            (others pass as given). Example: DBT_CORE.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransformationsListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        group_id=group_id,
        project_id=project_id,
        type_=type_,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    group_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: str | TransformationsListType | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> TransformationsListResponse | None:
    """List all Transformations

     Returns a list of all transformations within your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        group_id (str | Unset):  Example: group_id.
        project_id (str | Unset):  Example: project_id.
        type_ (str | TransformationsListType | Unset): Known values: `DBT_CORE`, `QUICKSTART`
            (others pass as given). Example: DBT_CORE.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransformationsListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        group_id=group_id,
        project_id=project_id,
        type_=type_,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    group_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: str | TransformationsListType | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[TransformationsListResponse]:
    """List all Transformations

     Returns a list of all transformations within your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        group_id (str | Unset):  Example: group_id.
        project_id (str | Unset):  Example: project_id.
        type_ (str | TransformationsListType | Unset): Known values: `DBT_CORE`, `QUICKSTART`
            (others pass as given). Example: DBT_CORE.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransformationsListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        group_id=group_id,
        project_id=project_id,
        type_=type_,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    group_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: str | TransformationsListType | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> TransformationsListResponse | None:
    """List all Transformations

     Returns a list of all transformations within your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        group_id (str | Unset):  Example: group_id.
        project_id (str | Unset):  Example: project_id.
        type_ (str | TransformationsListType | Unset): Known values: `DBT_CORE`, `QUICKSTART`
            (others pass as given). Example: DBT_CORE.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransformationsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            group_id=group_id,
            project_id=project_id,
            type_=type_,
            accept=accept,
        )
    ).parsed
