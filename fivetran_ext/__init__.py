"""fivetran_ext: the ergonomic Python client for the Fivetran REST API.

The low-level client generated from Fivetran's OpenAPI spec lives in the `fivetran_api` package;
this package is the hand-written layer on top of it.

Example:
    from fivetran_ext import Fivetran

    with Fivetran.from_env() as client:
        for group in client.groups.stream():
            print(group.id, group.name)
"""

from ._client import AsyncFivetran, Fivetran
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FivetranError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TimeoutError,
    TransportError,
    UnprocessableEntityError,
)
from ._models import Connection, Group
from ._pagination import Page
from ._retry import RetryPolicy
from ._version import __version__

__all__ = [
    "APIError",
    "AsyncFivetran",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Connection",
    "Fivetran",
    "FivetranError",
    "Group",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnprocessableEntityError",
    "__version__",
]
