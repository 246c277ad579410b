from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_transformation_request import RunTransformationRequest
from ...models.run_transformation_response import RunTransformationResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    transformation_id: str,
    *,
    body: RunTransformationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/transformations/{transformation_id}/run".format(
            transformation_id=quote(str(transformation_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunTransformationResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = RunTransformationResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunTransformationResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunTransformationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[RunTransformationResponse]:
    """Run Transformation

     Runs the transformation if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RunTransformationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunTransformationResponse]
    """

    kwargs = _get_kwargs(
        transformation_id=transformation_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunTransformationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> RunTransformationResponse | None:
    """Run Transformation

     Runs the transformation if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RunTransformationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunTransformationResponse
    """

    return sync_detailed(
        transformation_id=transformation_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunTransformationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[RunTransformationResponse]:
    """Run Transformation

     Runs the transformation if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RunTransformationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunTransformationResponse]
    """

    kwargs = _get_kwargs(
        transformation_id=transformation_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunTransformationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> RunTransformationResponse | None:
    """Run Transformation

     Runs the transformation if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RunTransformationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunTransformationResponse
    """

    return (
        await asyncio_detailed(
            transformation_id=transformation_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
