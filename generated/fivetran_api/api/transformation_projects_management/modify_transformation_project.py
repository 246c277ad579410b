from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_transformation_project_response import ModifyTransformationProjectResponse
from ...models.update_transformation_project_request import UpdateTransformationProjectRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: UpdateTransformationProjectRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/transformation-projects/{project_id}".format(
            project_id=quote(str(project_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModifyTransformationProjectResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyTransformationProjectResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyTransformationProjectResponse]:
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
    body: UpdateTransformationProjectRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyTransformationProjectResponse]:
    """Update Transformation Project

     Updates transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateTransformationProjectRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyTransformationProjectResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
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
    body: UpdateTransformationProjectRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyTransformationProjectResponse | None:
    """Update Transformation Project

     Updates transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateTransformationProjectRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyTransformationProjectResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTransformationProjectRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyTransformationProjectResponse]:
    """Update Transformation Project

     Updates transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateTransformationProjectRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyTransformationProjectResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTransformationProjectRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyTransformationProjectResponse | None:
    """Update Transformation Project

     Updates transformation project if a valid identifier was provided.

    Args:
        project_id (str):  Example: projectId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateTransformationProjectRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyTransformationProjectResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
