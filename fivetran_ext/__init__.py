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
from ._fanout import Outcome, async_fan_out, fan_out
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
from ._resources.connections import ConnectionOptions, NewConnectionOptions
from ._resources.destinations import DestinationOptions
from ._retry import RetryPolicy
from ._schema_config import ColumnEntry, SchemaConfig, SchemaEntry, TableEntry
from ._sync_status import SyncStatus
from ._sync_wait import SyncOutcome, SyncOutcomeKind
from ._validation import SYNC_FREQUENCIES, ResyncNotConfirmedError
from ._version import __version__

__all__ = [
    "SYNC_FREQUENCIES",
    "APIError",
    "AccountInfo",
    "AsyncFivetran",
    "AuthenticationError",
    "BadRequestError",
    "Certificate",
    "ColumnEntry",
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
    "Fingerprint",
    "Fivetran",
    "FivetranError",
    "Group",
    "GroupPublicKey",
    "GroupServiceAccount",
    "HybridDeploymentAgent",
    "HybridDeploymentAgentCredentials",
    "LogService",
    "LogServiceDetails",
    "LogServiceSetupTests",
    "Membership",
    "NewConnectionOptions",
    "NotFoundError",
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
    "ResponseValidationError",
    "ResyncNotConfirmedError",
    "RetryPolicy",
    "Role",
    "SchemaConfig",
    "SchemaEntry",
    "ServerError",
    "SyncOutcome",
    "SyncOutcomeKind",
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
