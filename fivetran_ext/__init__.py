"""fivetran_ext: the ergonomic Python client for the Fivetran REST API.

The low-level client generated from Fivetran's OpenAPI spec lives in the `fivetran_api` package;
this package is the hand-written layer on top of it.

Example:
    from fivetran_ext import Fivetran

    with Fivetran.from_env() as client:
        for group in client.groups.stream():
            print(group.id, group.name)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncFivetran, Fivetran
    from ._errors import (
        APIError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        FivetranError,
        NotFoundError,
        OperationUnavailableError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseTooLargeError,
        ResponseValidationError,
        ServerError,
        TimeoutError,
        TransportError,
        UnprocessableEntityError,
    )
    from ._fanout import Failed, Outcome, Succeeded, async_fan_out, fan_out
    from ._governor import RateLimitGovernor
    from ._models import (
        AccountInfo,
        Certificate,
        ConnectCard,
        Connection,
        ConnectionState,
        ConnectorSdkPackage,
        ConnectorType,
        ConnectorTypeDetails,
        Destination,
        ExternalSecretsManager,
        ExternalSecretsManagerEntity,
        Fingerprint,
        Group,
        GroupPublicKey,
        GroupServiceAccount,
        HybridDeploymentAgent,
        HybridDeploymentAgentCredentials,
        LogService,
        LogServiceDetails,
        LogServiceSetupTests,
        Membership,
        PrivateLink,
        ProxyAgent,
        ProxyAgentConnection,
        ProxyAgentDetails,
        ProxyAgentSecrets,
        Role,
        SystemKey,
        Team,
        TeamMembership,
        Transformation,
        TransformationPackage,
        TransformationProject,
        TransformationProjectDetails,
        User,
        Webhook,
        WebhookTestResult,
    )
    from ._pagination import Page
    from ._rate_store import AsyncRateStore, LocalRateStore, RateStore
    from ._rate_store_redis import RedisRateStore
    from ._resources.connections import ConnectionOptions, NewConnectionOptions
    from ._resources.destinations import DestinationOptions
    from ._retry import RetryPolicy
    from ._schema_config import ColumnEntry, SchemaConfig, SchemaEntry, TableEntry
    from ._sync_run import NotSyncableError, OnReschedule, SyncCheck, SyncRun, SyncRunFormatError, SyncState
    from ._sync_status import SyncProblem, SyncStatus
    from ._sync_wait import SyncOutcome, SyncOutcomeKind
    from ._validation import SYNC_FREQUENCIES, ResyncNotConfirmedError

# Names load on first use: `import fivetran_ext` (and every CLI start) stays as cheap as importing
# httpx, instead of importing every resource and its generated models up front.
_MODULE_OF: dict[str, str] = {
    "APIError": "._errors",
    "AccountInfo": "._models",
    "AsyncFivetran": "._client",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "Certificate": "._models",
    "ClientClosedError": "._errors",
    "ColumnEntry": "._schema_config",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "ConnectCard": "._models",
    "Connection": "._models",
    "ConnectionOptions": "._resources.connections",
    "ConnectionState": "._models",
    "ConnectorSdkPackage": "._models",
    "ConnectorType": "._models",
    "ConnectorTypeDetails": "._models",
    "Destination": "._models",
    "DestinationOptions": "._resources.destinations",
    "ExternalSecretsManager": "._models",
    "ExternalSecretsManagerEntity": "._models",
    "Fingerprint": "._models",
    "Fivetran": "._client",
    "FivetranError": "._errors",
    "Group": "._models",
    "GroupPublicKey": "._models",
    "GroupServiceAccount": "._models",
    "HybridDeploymentAgent": "._models",
    "HybridDeploymentAgentCredentials": "._models",
    "LogService": "._models",
    "LogServiceDetails": "._models",
    "LogServiceSetupTests": "._models",
    "Membership": "._models",
    "NewConnectionOptions": "._resources.connections",
    "NotFoundError": "._errors",
    "OperationUnavailableError": "._errors",
    "Failed": "._fanout",
    "Outcome": "._fanout",
    "Succeeded": "._fanout",
    "Page": "._pagination",
    "PaginationError": "._errors",
    "PermissionDeniedError": "._errors",
    "PrivateLink": "._models",
    "ProxyAgent": "._models",
    "ProxyAgentConnection": "._models",
    "ProxyAgentDetails": "._models",
    "ProxyAgentSecrets": "._models",
    "RateLimitError": "._errors",
    "RateLimitGovernor": "._governor",
    "AsyncRateStore": "._rate_store",
    "LocalRateStore": "._rate_store",
    "RateStore": "._rate_store",
    "RedisRateStore": "._rate_store_redis",
    "ResponseTooLargeError": "._errors",
    "ResponseValidationError": "._errors",
    "ResyncNotConfirmedError": "._validation",
    "RetryPolicy": "._retry",
    "Role": "._models",
    "SYNC_FREQUENCIES": "._validation",
    "SchemaConfig": "._schema_config",
    "SchemaEntry": "._schema_config",
    "ServerError": "._errors",
    "NotSyncableError": "._sync_run",
    "OnReschedule": "._sync_run",
    "SyncCheck": "._sync_run",
    "SyncOutcome": "._sync_wait",
    "SyncOutcomeKind": "._sync_wait",
    "SyncProblem": "._sync_status",
    "SyncRun": "._sync_run",
    "SyncRunFormatError": "._sync_run",
    "SyncState": "._sync_run",
    "SyncStatus": "._sync_status",
    "SystemKey": "._models",
    "TableEntry": "._schema_config",
    "Team": "._models",
    "TeamMembership": "._models",
    "TimeoutError": "._errors",
    "Transformation": "._models",
    "TransformationPackage": "._models",
    "TransformationProject": "._models",
    "TransformationProjectDetails": "._models",
    "TransportError": "._errors",
    "UnprocessableEntityError": "._errors",
    "User": "._models",
    "Webhook": "._models",
    "WebhookTestResult": "._models",
    "async_fan_out": "._fanout",
    "fan_out": "._fanout",
}

__all__ = [
    "SYNC_FREQUENCIES",
    "APIError",
    "AccountInfo",
    "AsyncFivetran",
    "AsyncRateStore",
    "AuthenticationError",
    "BadRequestError",
    "Certificate",
    "ClientClosedError",
    "ColumnEntry",
    "ConfigurationError",
    "ConflictError",
    "ConnectCard",
    "Connection",
    "ConnectionOptions",
    "ConnectionState",
    "ConnectorSdkPackage",
    "ConnectorType",
    "ConnectorTypeDetails",
    "Destination",
    "DestinationOptions",
    "ExternalSecretsManager",
    "ExternalSecretsManagerEntity",
    "Failed",
    "Fingerprint",
    "Fivetran",
    "FivetranError",
    "Group",
    "GroupPublicKey",
    "GroupServiceAccount",
    "HybridDeploymentAgent",
    "HybridDeploymentAgentCredentials",
    "LocalRateStore",
    "LogService",
    "LogServiceDetails",
    "LogServiceSetupTests",
    "Membership",
    "NewConnectionOptions",
    "NotFoundError",
    "NotSyncableError",
    "OnReschedule",
    "OperationUnavailableError",
    "Outcome",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PrivateLink",
    "ProxyAgent",
    "ProxyAgentConnection",
    "ProxyAgentDetails",
    "ProxyAgentSecrets",
    "RateLimitError",
    "RateLimitGovernor",
    "RateStore",
    "RedisRateStore",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ResyncNotConfirmedError",
    "RetryPolicy",
    "Role",
    "SchemaConfig",
    "SchemaEntry",
    "ServerError",
    "Succeeded",
    "SyncCheck",
    "SyncOutcome",
    "SyncOutcomeKind",
    "SyncProblem",
    "SyncRun",
    "SyncRunFormatError",
    "SyncState",
    "SyncStatus",
    "SystemKey",
    "TableEntry",
    "Team",
    "TeamMembership",
    "TimeoutError",
    "Transformation",
    "TransformationPackage",
    "TransformationProject",
    "TransformationProjectDetails",
    "TransportError",
    "UnprocessableEntityError",
    "User",
    "Webhook",
    "WebhookTestResult",
    "__version__",
    "async_fan_out",
    "fan_out",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
