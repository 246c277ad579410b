"""Friendly names for the generated models the ergonomic layer returns.

They are the generated attrs classes themselves (no copying, no wrapping): every field is optional,
unknown keys are kept in ``additional_properties``, and ``to_dict()`` round-trips. Imported module by
module rather than through ``fivetran_api.models`` so only the models in use are loaded.
"""

from __future__ import annotations

from fivetran_api.models.account_info_response import AccountInfoResponse
from fivetran_api.models.certificate_details_response import CertificateDetailsResponse
from fivetran_api.models.connector_connect_card_response import ConnectorConnectCardResponse
from fivetran_api.models.connector_response_v1 import ConnectorResponseV1
from fivetran_api.models.connector_sdk_package_response import ConnectorSdkPackageResponse
from fivetran_api.models.connector_state_response import ConnectorStateResponse
from fivetran_api.models.destination_extended_response import DestinationExtendedResponse
from fivetran_api.models.fingerprint_details_response import FingerprintDetailsResponse
from fivetran_api.models.group_response import GroupResponse
from fivetran_api.models.group_service_account_response import GroupServiceAccountResponse
from fivetran_api.models.group_ssh_key_response import GroupSshKeyResponse
from fivetran_api.models.hybrid_deployment_agent_create_response import HybridDeploymentAgentCreateResponse
from fivetran_api.models.hybrid_deployment_agent_with_usage_response import HybridDeploymentAgentWithUsageResponse
from fivetran_api.models.log_extended_response import LogExtendedResponse
from fivetran_api.models.log_response import LogResponse
from fivetran_api.models.logging_service_setup_test_response import LoggingServiceSetupTestResponse
from fivetran_api.models.membership_response import MembershipResponse
from fivetran_api.models.metadata_response import MetadataResponse
from fivetran_api.models.metadata_response_short import MetadataResponseShort
from fivetran_api.models.private_link_response import PrivateLinkResponse
from fivetran_api.models.proxy_agent_created_response import ProxyAgentCreatedResponse
from fivetran_api.models.proxy_agent_with_counts_response import ProxyAgentWithCountsResponse
from fivetran_api.models.proxy_agent_with_usage_response import ProxyAgentWithUsageResponse
from fivetran_api.models.proxy_integration_response import ProxyIntegrationResponse
from fivetran_api.models.role_response import RoleResponse
from fivetran_api.models.secrets_manager_entity_item import SecretsManagerEntityItem
from fivetran_api.models.secrets_manager_response import SecretsManagerResponse
from fivetran_api.models.system_key_response import SystemKeyResponse
from fivetran_api.models.team_membership_response import TeamMembershipResponse
from fivetran_api.models.team_response import TeamResponse
from fivetran_api.models.transformation_package_metadata_response import TransformationPackageMetadataResponse
from fivetran_api.models.transformation_project_details_response import TransformationProjectDetailsResponse
from fivetran_api.models.transformation_project_response import TransformationProjectResponse
from fivetran_api.models.transformation_response import TransformationResponse
from fivetran_api.models.user_response import UserResponse
from fivetran_api.models.webhook_response import WebhookResponse
from fivetran_api.models.webhook_test_response import WebhookTestResponse

__all__ = [
    "AccountInfo",
    "Certificate",
    "ConnectCard",
    "Connection",
    "ConnectionState",
    "ConnectorSdkPackage",
    "ConnectorType",
    "ConnectorTypeDetails",
    "Destination",
    "ExternalSecretsManager",
    "ExternalSecretsManagerEntity",
    "Fingerprint",
    "Group",
    "GroupPublicKey",
    "GroupServiceAccount",
    "HybridDeploymentAgent",
    "HybridDeploymentAgentCredentials",
    "LogService",
    "LogServiceDetails",
    "LogServiceSetupTests",
    "Membership",
    "PrivateLink",
    "ProxyAgent",
    "ProxyAgentConnection",
    "ProxyAgentDetails",
    "ProxyAgentSecrets",
    "Role",
    "SystemKey",
    "Team",
    "TeamMembership",
    "Transformation",
    "TransformationPackage",
    "TransformationProject",
    "TransformationProjectDetails",
    "User",
    "Webhook",
    "WebhookTestResult",
]

Group = GroupResponse
"""A group (``GET /v1/groups/{group_id}`` ``data``; items of ``GET /v1/groups``)."""

Connection = ConnectorResponseV1
"""A connection (``GET /v1/connections/{connection_id}`` ``data``, with ``Accept: ...;version=2``)."""

ConnectionState = ConnectorStateResponse
"""The ``state`` of a Function or Connector SDK connection (``GET /v1/connections/{connection_id}/state``)."""

ConnectCard = ConnectorConnectCardResponse
"""A Connect Card for a connection: ``connect_card.uri`` and ``connect_card.token``."""

GroupServiceAccount = GroupServiceAccountResponse
"""The Fivetran service account of a group (``service_account``), to grant access in your cloud."""

GroupPublicKey = GroupSshKeyResponse
"""The public SSH key of a group (``public_key``), for SSH tunnels to your sources."""

Destination = DestinationExtendedResponse
"""A destination (``GET /v1/destinations/{destination_id}`` ``data``; its id is its group's id)."""

Webhook = WebhookResponse
"""A webhook (``GET /v1/webhooks/{webhook_id}`` ``data``); ``secret`` comes back masked."""

WebhookTestResult = WebhookTestResponse
"""The result of ``POST /v1/webhooks/{webhook_id}/test``: ``succeed``, ``status``, ``message``."""

AccountInfo = AccountInfoResponse
"""The account behind the API key (``GET /v1/account/info`` ``data``)."""

Certificate = CertificateDetailsResponse
"""An approved TLS certificate of a connection's or destination's database."""

ConnectorSdkPackage = ConnectorSdkPackageResponse
"""A Connector SDK package (``GET /v1/connector-sdk/packages/{package_id}`` ``data``)."""

ConnectorType = MetadataResponseShort
"""A connector type (source) as listed by ``GET /v1/metadata/connector-types``."""

ConnectorTypeDetails = MetadataResponse
"""A connector type with its config and auth schema (``GET /v1/metadata/connector-types/{service}``)."""

ExternalSecretsManager = SecretsManagerResponse
"""An External Secrets Manager (``GET /v1/external-secrets-managers/{esm_id}`` ``data``)."""

ExternalSecretsManagerEntity = SecretsManagerEntityItem
"""A connection or destination that reads its secrets from an External Secrets Manager."""

Fingerprint = FingerprintDetailsResponse
"""An approved SSH host key fingerprint of a connection's or destination's server."""

HybridDeploymentAgent = HybridDeploymentAgentWithUsageResponse
"""A hybrid deployment agent and the connections using it."""

HybridDeploymentAgentCredentials = HybridDeploymentAgentCreateResponse
"""A hybrid deployment agent with its new token and install files (create, re-auth): store them, they are shown once."""

LogService = LogResponse
"""An external logging service as listed by ``GET /v1/external-logging``."""

LogServiceDetails = LogExtendedResponse
"""An external logging service with its config and latest setup tests."""

LogServiceSetupTests = LoggingServiceSetupTestResponse
"""The outcome of an external logging service's setup tests."""

Membership = MembershipResponse
"""A user's or team's role on one connection or group (``id`` is the connection or group)."""

PrivateLink = PrivateLinkResponse
"""A private link (``GET /v1/private-links/{private_link_id}`` ``data``)."""

ProxyAgent = ProxyAgentWithCountsResponse
"""A proxy agent as listed by ``GET /v1/proxy``, with connection and destination counts."""

ProxyAgentConnection = ProxyIntegrationResponse
"""A connection routed through a proxy agent."""

ProxyAgentDetails = ProxyAgentWithUsageResponse
"""A proxy agent with the connections using it (``GET /v1/proxy/{agent_id}``)."""

ProxyAgentSecrets = ProxyAgentCreatedResponse
"""A proxy agent's token and client certificate (create, regenerate): shown once."""

Role = RoleResponse
"""A role that can be given to users and teams (items of ``GET /v1/roles``)."""

SystemKey = SystemKeyResponse
"""A system key; ``secret`` is only present right after create and rotate."""

Team = TeamResponse
"""A team (``GET /v1/teams/{team_id}`` ``data``)."""

TeamMembership = TeamMembershipResponse
"""A user's role in a team (items of ``GET /v1/teams/{team_id}/users``)."""

Transformation = TransformationResponse
"""A transformation (dbt Core or Quickstart) with its schedule and config."""

TransformationPackage = TransformationPackageMetadataResponse
"""A Quickstart transformation package's metadata (models, variables, connector types)."""

TransformationProject = TransformationProjectResponse
"""A transformation project as listed by ``GET /v1/transformation-projects``."""

TransformationProjectDetails = TransformationProjectDetailsResponse
"""A transformation project with its config, errors and setup tests."""

User = UserResponse
"""A user of the account (``GET /v1/users/{user_id}`` ``data``)."""
