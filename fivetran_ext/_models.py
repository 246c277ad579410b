"""The models the ergonomic layer returns, under the names the docs use.

They are the generated classes themselves (no copying, no wrapping): normalization gives the schemas
these names (``openapi/normalize.py`` ``FRIENDLY_NAMES``), fields the API always sends are typed
non-optional, each field is built on first read, unknown keys are kept in ``additional_properties`` and
``to_dict()`` returns what the API sent. Imported module by module rather than through
``fivetran_api.models`` so only the models in use are loaded (a model does not import the models it
holds until one of those fields is read).
"""

from __future__ import annotations

from fivetran_api.models.account_info import AccountInfo
from fivetran_api.models.certificate import Certificate
from fivetran_api.models.connect_card import ConnectCard
from fivetran_api.models.connection import Connection
from fivetran_api.models.connection_state import ConnectionState
from fivetran_api.models.connector_sdk_package import ConnectorSdkPackage
from fivetran_api.models.connector_type import ConnectorType
from fivetran_api.models.connector_type_details import ConnectorTypeDetails
from fivetran_api.models.destination import Destination
from fivetran_api.models.external_secrets_manager import ExternalSecretsManager
from fivetran_api.models.external_secrets_manager_entity import ExternalSecretsManagerEntity
from fivetran_api.models.fingerprint import Fingerprint
from fivetran_api.models.group import Group
from fivetran_api.models.group_public_key import GroupPublicKey
from fivetran_api.models.group_service_account import GroupServiceAccount
from fivetran_api.models.hybrid_deployment_agent import HybridDeploymentAgent
from fivetran_api.models.hybrid_deployment_agent_credentials import HybridDeploymentAgentCredentials
from fivetran_api.models.log_service import LogService
from fivetran_api.models.log_service_details import LogServiceDetails
from fivetran_api.models.log_service_setup_tests import LogServiceSetupTests
from fivetran_api.models.membership import Membership
from fivetran_api.models.private_link import PrivateLink
from fivetran_api.models.proxy_agent import ProxyAgent
from fivetran_api.models.proxy_agent_connection import ProxyAgentConnection
from fivetran_api.models.proxy_agent_details import ProxyAgentDetails
from fivetran_api.models.proxy_agent_secrets import ProxyAgentSecrets
from fivetran_api.models.role import Role
from fivetran_api.models.system_key import SystemKey
from fivetran_api.models.team import Team
from fivetran_api.models.team_membership import TeamMembership
from fivetran_api.models.transformation import Transformation
from fivetran_api.models.transformation_package import TransformationPackage
from fivetran_api.models.transformation_project import TransformationProject
from fivetran_api.models.transformation_project_details import TransformationProjectDetails
from fivetran_api.models.user import User
from fivetran_api.models.webhook import Webhook
from fivetran_api.models.webhook_test_result import WebhookTestResult

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
