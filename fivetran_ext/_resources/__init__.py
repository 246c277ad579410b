"""Resource classes (``client.groups``, ``client.connections``, ...), one module per resource."""

from .account import Account, AsyncAccount
from .certificates import AsyncCertificates, Certificates
from .connections import AsyncConnections, Connections
from .connector_sdk_packages import AsyncConnectorSdkPackages, ConnectorSdkPackages
from .connector_types import AsyncConnectorTypes, ConnectorTypes
from .destinations import AsyncDestinations, Destinations
from .external_secrets_managers import AsyncExternalSecretsManagers, ExternalSecretsManagers
from .fingerprints import AsyncFingerprints, Fingerprints
from .groups import AsyncGroups, Groups
from .hybrid_deployment_agents import AsyncHybridDeploymentAgents, HybridDeploymentAgents
from .log_services import AsyncLogServices, LogServices
from .private_links import AsyncPrivateLinks, PrivateLinks
from .proxy_agents import AsyncProxyAgents, ProxyAgents
from .roles import AsyncRoles, Roles
from .system_keys import AsyncSystemKeys, SystemKeys
from .teams import AsyncTeams, Teams
from .transformation_projects import AsyncTransformationProjects, TransformationProjects
from .transformations import AsyncTransformations, Transformations
from .users import AsyncUsers, Users
from .webhooks import AsyncWebhooks, Webhooks

__all__ = [
    "Account",
    "AsyncAccount",
    "AsyncCertificates",
    "AsyncConnections",
    "AsyncConnectorSdkPackages",
    "AsyncConnectorTypes",
    "AsyncDestinations",
    "AsyncExternalSecretsManagers",
    "AsyncFingerprints",
    "AsyncGroups",
    "AsyncHybridDeploymentAgents",
    "AsyncLogServices",
    "AsyncPrivateLinks",
    "AsyncProxyAgents",
    "AsyncRoles",
    "AsyncSystemKeys",
    "AsyncTeams",
    "AsyncTransformationProjects",
    "AsyncTransformations",
    "AsyncUsers",
    "AsyncWebhooks",
    "Certificates",
    "Connections",
    "ConnectorSdkPackages",
    "ConnectorTypes",
    "Destinations",
    "ExternalSecretsManagers",
    "Fingerprints",
    "Groups",
    "HybridDeploymentAgents",
    "LogServices",
    "PrivateLinks",
    "ProxyAgents",
    "Roles",
    "SystemKeys",
    "Teams",
    "TransformationProjects",
    "Transformations",
    "Users",
    "Webhooks",
]
