"""The models the ergonomic layer returns, under the names the docs use.

They are the generated classes themselves (no copying, no wrapping): normalization gives the schemas
these names (``openapi/normalize.py`` ``FRIENDLY_NAMES``), fields the API always sends are typed
non-optional, each field is built on first read, unknown keys are kept in ``additional_properties`` and
``to_dict()`` returns what the API sent. Imported module by module rather than through
``fivetran_api.models`` so only the models in use are loaded (a model does not import the models it
holds until one of those fields is read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._generated import LazyClasses

if TYPE_CHECKING:
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

# Friendly name -> generated module: a model is imported the first time its name is looked up, so a
# resource module that imports `Connection` from here does not import the other 36 models.
_MODULE_OF = {
    "AccountInfo": "fivetran_api.models.account_info",
    "Certificate": "fivetran_api.models.certificate",
    "ConnectCard": "fivetran_api.models.connect_card",
    "Connection": "fivetran_api.models.connection",
    "ConnectionState": "fivetran_api.models.connection_state",
    "ConnectorSdkPackage": "fivetran_api.models.connector_sdk_package",
    "ConnectorType": "fivetran_api.models.connector_type",
    "ConnectorTypeDetails": "fivetran_api.models.connector_type_details",
    "Destination": "fivetran_api.models.destination",
    "ExternalSecretsManager": "fivetran_api.models.external_secrets_manager",
    "ExternalSecretsManagerEntity": "fivetran_api.models.external_secrets_manager_entity",
    "Fingerprint": "fivetran_api.models.fingerprint",
    "Group": "fivetran_api.models.group",
    "GroupPublicKey": "fivetran_api.models.group_public_key",
    "GroupServiceAccount": "fivetran_api.models.group_service_account",
    "HybridDeploymentAgent": "fivetran_api.models.hybrid_deployment_agent",
    "HybridDeploymentAgentCredentials": "fivetran_api.models.hybrid_deployment_agent_credentials",
    "LogService": "fivetran_api.models.log_service",
    "LogServiceDetails": "fivetran_api.models.log_service_details",
    "LogServiceSetupTests": "fivetran_api.models.log_service_setup_tests",
    "Membership": "fivetran_api.models.membership",
    "PrivateLink": "fivetran_api.models.private_link",
    "ProxyAgent": "fivetran_api.models.proxy_agent",
    "ProxyAgentConnection": "fivetran_api.models.proxy_agent_connection",
    "ProxyAgentDetails": "fivetran_api.models.proxy_agent_details",
    "ProxyAgentSecrets": "fivetran_api.models.proxy_agent_secrets",
    "Role": "fivetran_api.models.role",
    "SystemKey": "fivetran_api.models.system_key",
    "Team": "fivetran_api.models.team",
    "TeamMembership": "fivetran_api.models.team_membership",
    "Transformation": "fivetran_api.models.transformation",
    "TransformationPackage": "fivetran_api.models.transformation_package",
    "TransformationProject": "fivetran_api.models.transformation_project",
    "TransformationProjectDetails": "fivetran_api.models.transformation_project_details",
    "User": "fivetran_api.models.user",
    "Webhook": "fivetran_api.models.webhook",
    "WebhookTestResult": "fivetran_api.models.webhook_test_result",
}

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


# A name whose generated module a regeneration removed raises `OperationUnavailableError` (an ImportError
# saying it was removed from the API) when it is looked up; the other names, and `import fivetran_ext`,
# are unaffected.
if not TYPE_CHECKING:
    # Hidden from mypy, which would otherwise accept any name here (as Any) instead of checking it.
    __getattr__ = LazyClasses(globals(), _MODULE_OF)
