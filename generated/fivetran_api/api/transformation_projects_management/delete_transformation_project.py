from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_transformation_project_response import DeleteTransformationProjectResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/transformation-projects/{project_id}".format(
            project_id=quote(str(project_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTransformationProjectResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteTransformationProjectResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteTransformationProjectResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteTransformationProjectResponse]:
    """Delete Transformation Project

     Deletes transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTransformationProjectResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteTransformationProjectResponse | None:
    """Delete Transformation Project

     Deletes transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTransformationProjectResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteTransformationProjectResponse]:
    """Delete Transformation Project

     Deletes transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTransformationProjectResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteTransformationProjectResponse | None:
    """Delete Transformation Project

     Deletes transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTransformationProjectResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            accept=accept,
        )
    ).parsed
