"""Data models used in requests and responses.

Models are imported lazily: the spec has hundreds of them and importing every module up front would
cost more than a second on each process start. `from fivetran_api.models import X` still works and
type checkers see every name through the TYPE_CHECKING block.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_info import AccountInfo
    from .add_account_log_request import AddAccountLogRequest
    from .add_account_log_service_response import AddAccountLogServiceResponse
    from .add_log_request import AddLogRequest
    from .add_log_request_config_type_0 import AddLogRequestConfigType0
    from .add_log_service_response import AddLogServiceResponse
    from .add_team_membership_in_connection_response import AddTeamMembershipInConnectionResponse
    from .add_team_membership_in_group_response import AddTeamMembershipInGroupResponse
    from .add_user_membership_in_connection_response import AddUserMembershipInConnectionResponse
    from .add_user_membership_in_group_response import AddUserMembershipInGroupResponse
    from .add_user_to_group_request import AddUserToGroupRequest
    from .add_user_to_group_response import AddUserToGroupResponse
    from .add_user_to_team_response import AddUserToTeamResponse
    from .approve_certificate_request import ApproveCertificateRequest
    from .approve_certificate_request_approve_destination_certificate import (
        ApproveCertificateRequestApproveDestinationCertificate,
    )
    from .approve_certificate_response import ApproveCertificateResponse
    from .approve_connection_certificate_response import ApproveConnectionCertificateResponse
    from .approve_connection_fingerprint_response import ApproveConnectionFingerprintResponse
    from .approve_destination_certificate_response import ApproveDestinationCertificateResponse
    from .approve_destination_fingerprint_response import ApproveDestinationFingerprintResponse
    from .approve_fingerprint_request import ApproveFingerprintRequest
    from .approve_fingerprint_request_approve_destination_fingerprint import (
        ApproveFingerprintRequestApproveDestinationFingerprint,
    )
    from .cancel_transformation_response import CancelTransformationResponse
    from .certificate import Certificate
    from .column_config_response import ColumnConfigResponse
    from .column_enabled_patch_settings import ColumnEnabledPatchSettings
    from .column_update_request import ColumnUpdateRequest
    from .connect_card import ConnectCard
    from .connect_card_config import ConnectCardConfig
    from .connect_card_config_request import ConnectCardConfigRequest
    from .connect_card_response import ConnectCardResponse
    from .connect_card_response_envelope import ConnectCardResponseEnvelope
    from .connection import Connection
    from .connection_column_config_response import ConnectionColumnConfigResponse
    from .connection_config_type_0 import ConnectionConfigType0
    from .connection_details_response import ConnectionDetailsResponse
    from .connection_external_secrets_keys_config_type_0 import ConnectionExternalSecretsKeysConfigType0
    from .connection_schema_config_response import ConnectionSchemaConfigResponse
    from .connection_source_sync_details_type_0 import ConnectionSourceSyncDetailsType0
    from .connection_state import ConnectionState
    from .connection_state_response import ConnectionStateResponse
    from .connection_state_state_type_0 import ConnectionStateStateType0
    from .connection_status import ConnectionStatus
    from .connection_task import ConnectionTask
    from .connection_warning import ConnectionWarning
    from .connector_response import ConnectorResponse
    from .connector_response_config_type_0 import ConnectorResponseConfigType0
    from .connector_response_config_type_0_additional_property import ConnectorResponseConfigType0AdditionalProperty
    from .connector_response_external_secrets_keys_config_type_0 import ConnectorResponseExternalSecretsKeysConfigType0
    from .connector_response_source_sync_details_type_0 import ConnectorResponseSourceSyncDetailsType0
    from .connector_sdk_package import ConnectorSdkPackage
    from .connector_type import ConnectorType
    from .connector_type_details import ConnectorTypeDetails
    from .connector_type_details_auth_type_0 import ConnectorTypeDetailsAuthType0
    from .connector_type_details_config_type_0 import ConnectorTypeDetailsConfigType0
    from .connector_type_details_external_secrets_keys_config_type_0 import (
        ConnectorTypeDetailsExternalSecretsKeysConfigType0,
    )
    from .create_account_webhook_response import CreateAccountWebhookResponse
    from .create_connection_response import CreateConnectionResponse
    from .create_connector_sdk_package_body import CreateConnectorSdkPackageBody
    from .create_connector_sdk_package_response import CreateConnectorSdkPackageResponse
    from .create_destination_response import CreateDestinationResponse
    from .create_esm_response import CreateEsmResponse
    from .create_group_response import CreateGroupResponse
    from .create_group_webhook_response import CreateGroupWebhookResponse
    from .create_hybrid_deployment_agent_response import CreateHybridDeploymentAgentResponse
    from .create_private_link_response import CreatePrivateLinkResponse
    from .create_proxy_agent_response import CreateProxyAgentResponse
    from .create_system_key_response import CreateSystemKeyResponse
    from .create_team_response import CreateTeamResponse
    from .create_transformation_project_response import CreateTransformationProjectResponse
    from .create_transformation_response import CreateTransformationResponse
    from .create_user_response import CreateUserResponse
    from .delete_account_log_service_response import DeleteAccountLogServiceResponse
    from .delete_column_connection_config_response import DeleteColumnConnectionConfigResponse
    from .delete_connection_response import DeleteConnectionResponse
    from .delete_connector_sdk_package_response import DeleteConnectorSdkPackageResponse
    from .delete_destination_response import DeleteDestinationResponse
    from .delete_esm_response import DeleteEsmResponse
    from .delete_group_response import DeleteGroupResponse
    from .delete_hybrid_deployment_agent_response import DeleteHybridDeploymentAgentResponse
    from .delete_log_service_response import DeleteLogServiceResponse
    from .delete_multiple_columns_connection_config_response import DeleteMultipleColumnsConnectionConfigResponse
    from .delete_private_link_response import DeletePrivateLinkResponse
    from .delete_proxy_agent_response import DeleteProxyAgentResponse
    from .delete_system_key_response import DeleteSystemKeyResponse
    from .delete_team_membership_in_account_response import DeleteTeamMembershipInAccountResponse
    from .delete_team_membership_in_connection_response import DeleteTeamMembershipInConnectionResponse
    from .delete_team_membership_in_group_response import DeleteTeamMembershipInGroupResponse
    from .delete_team_response import DeleteTeamResponse
    from .delete_transformation_project_response import DeleteTransformationProjectResponse
    from .delete_transformation_response import DeleteTransformationResponse
    from .delete_user_from_group_response import DeleteUserFromGroupResponse
    from .delete_user_from_team_response import DeleteUserFromTeamResponse
    from .delete_user_membership_in_account_response import DeleteUserMembershipInAccountResponse
    from .delete_user_membership_in_connection_response import DeleteUserMembershipInConnectionResponse
    from .delete_user_membership_in_group_response import DeleteUserMembershipInGroupResponse
    from .delete_user_response import DeleteUserResponse
    from .delete_webhook_response import DeleteWebhookResponse
    from .destination import Destination
    from .destination_config_type_0 import DestinationConfigType0
    from .destination_configuration import DestinationConfiguration
    from .destination_details_response import DestinationDetailsResponse
    from .destination_external_secrets_keys_config_type_0 import DestinationExternalSecretsKeysConfigType0
    from .destination_response import DestinationResponse
    from .drop_column_schema_request import DropColumnSchemaRequest
    from .drop_column_schema_request_tables import DropColumnSchemaRequestTables
    from .drop_columns_request import DropColumnsRequest
    from .drop_columns_request_schemas import DropColumnsRequestSchemas
    from .drop_columns_table_request import DropColumnsTableRequest
    from .external_secrets_manager import ExternalSecretsManager
    from .external_secrets_manager_config_type_0 import ExternalSecretsManagerConfigType0
    from .external_secrets_manager_config_type_0_additional_property import (
        ExternalSecretsManagerConfigType0AdditionalProperty,
    )
    from .external_secrets_manager_entity import ExternalSecretsManagerEntity
    from .feature import Feature
    from .fingerprint import Fingerprint
    from .get_account_info_response import GetAccountInfoResponse
    from .get_account_log_service_details_response import GetAccountLogServiceDetailsResponse
    from .get_connection_certificate_details_response import GetConnectionCertificateDetailsResponse
    from .get_connection_certificates_list_response import GetConnectionCertificatesListResponse
    from .get_connection_certificates_list_response_data import GetConnectionCertificatesListResponseData
    from .get_connection_fingerprint_details_response import GetConnectionFingerprintDetailsResponse
    from .get_connection_fingerprints_list_response import GetConnectionFingerprintsListResponse
    from .get_connection_fingerprints_list_response_data import GetConnectionFingerprintsListResponseData
    from .get_connector_sdk_package_response import GetConnectorSdkPackageResponse
    from .get_destination_certificate_details_response import GetDestinationCertificateDetailsResponse
    from .get_destination_certificates_list_response import GetDestinationCertificatesListResponse
    from .get_destination_certificates_list_response_data import GetDestinationCertificatesListResponseData
    from .get_destination_fingerprint_details_response import GetDestinationFingerprintDetailsResponse
    from .get_destination_fingerprints_list_response import GetDestinationFingerprintsListResponse
    from .get_destination_fingerprints_list_response_data import GetDestinationFingerprintsListResponseData
    from .get_esm_details_response import GetEsmDetailsResponse
    from .get_esm_entities_response import GetEsmEntitiesResponse
    from .get_esm_entities_response_data import GetEsmEntitiesResponseData
    from .get_hybrid_deployment_agent_list_response import GetHybridDeploymentAgentListResponse
    from .get_hybrid_deployment_agent_list_response_data import GetHybridDeploymentAgentListResponseData
    from .get_hybrid_deployment_agent_response import GetHybridDeploymentAgentResponse
    from .get_log_service_details_response import GetLogServiceDetailsResponse
    from .get_private_link_details_response import GetPrivateLinkDetailsResponse
    from .get_private_links_response import GetPrivateLinksResponse
    from .get_private_links_response_data import GetPrivateLinksResponseData
    from .get_proxy_agent_connections_response import GetProxyAgentConnectionsResponse
    from .get_proxy_agent_connections_response_data import GetProxyAgentConnectionsResponseData
    from .get_proxy_agent_details_response import GetProxyAgentDetailsResponse
    from .get_proxy_agent_response import GetProxyAgentResponse
    from .get_proxy_agent_response_data import GetProxyAgentResponseData
    from .get_system_key_details_response import GetSystemKeyDetailsResponse
    from .get_system_keys_response import GetSystemKeysResponse
    from .get_system_keys_response_data import GetSystemKeysResponseData
    from .get_team_membership_in_connection_response import GetTeamMembershipInConnectionResponse
    from .get_team_membership_in_group_response import GetTeamMembershipInGroupResponse
    from .get_team_memberships_in_connections_response import GetTeamMembershipsInConnectionsResponse
    from .get_team_memberships_in_connections_response_data import GetTeamMembershipsInConnectionsResponseData
    from .get_team_memberships_in_groups_response import GetTeamMembershipsInGroupsResponse
    from .get_team_memberships_in_groups_response_data import GetTeamMembershipsInGroupsResponseData
    from .get_user_in_team_response import GetUserInTeamResponse
    from .get_user_membership_in_connections_response import GetUserMembershipInConnectionsResponse
    from .get_user_membership_in_group_response import GetUserMembershipInGroupResponse
    from .get_user_memberships_in_connections_response import GetUserMembershipsInConnectionsResponse
    from .get_user_memberships_in_connections_response_data import GetUserMembershipsInConnectionsResponseData
    from .get_user_memberships_in_groups_response import GetUserMembershipsInGroupsResponse
    from .get_user_memberships_in_groups_response_data import GetUserMembershipsInGroupsResponseData
    from .group import Group
    from .group_details_response import GroupDetailsResponse
    from .group_membership_request import GroupMembershipRequest
    from .group_public_key import GroupPublicKey
    from .group_service_account import GroupServiceAccount
    from .group_service_account_response_envelope import GroupServiceAccountResponseEnvelope
    from .group_ssh_public_key_response import GroupSshPublicKeyResponse
    from .hvr_hub_registration_request import HvrHubRegistrationRequest
    from .hvr_hub_registration_response import HvrHubRegistrationResponse
    from .hvr_register_hub_response import HvrRegisterHubResponse
    from .hybrid_deployment_agent import HybridDeploymentAgent
    from .hybrid_deployment_agent_create_request import HybridDeploymentAgentCreateRequest
    from .hybrid_deployment_agent_create_request_auth_type import HybridDeploymentAgentCreateRequestAuthType
    from .hybrid_deployment_agent_create_request_env_type import HybridDeploymentAgentCreateRequestEnvType
    from .hybrid_deployment_agent_credentials import HybridDeploymentAgentCredentials
    from .hybrid_deployment_agent_files_response import HybridDeploymentAgentFilesResponse
    from .hybrid_deployment_agent_re_auth_request import HybridDeploymentAgentReAuthRequest
    from .hybrid_deployment_agent_re_auth_request_auth_type import HybridDeploymentAgentReAuthRequestAuthType
    from .hybrid_deployment_agent_usage_response import HybridDeploymentAgentUsageResponse
    from .json_node import JsonNode
    from .list_all_connections_in_group_response import ListAllConnectionsInGroupResponse
    from .list_all_connections_in_group_response_data import ListAllConnectionsInGroupResponseData
    from .list_all_groups_response import ListAllGroupsResponse
    from .list_all_groups_response_data import ListAllGroupsResponseData
    from .list_all_roles_response import ListAllRolesResponse
    from .list_all_roles_response_data import ListAllRolesResponseData
    from .list_all_teams_response import ListAllTeamsResponse
    from .list_all_teams_response_data import ListAllTeamsResponseData
    from .list_all_transformation_projects_response import ListAllTransformationProjectsResponse
    from .list_all_transformation_projects_response_data import ListAllTransformationProjectsResponseData
    from .list_all_users_in_group_response import ListAllUsersInGroupResponse
    from .list_all_users_in_group_response_data import ListAllUsersInGroupResponseData
    from .list_all_users_response import ListAllUsersResponse
    from .list_all_users_response_data import ListAllUsersResponseData
    from .list_all_webhooks_response import ListAllWebhooksResponse
    from .list_all_webhooks_response_data import ListAllWebhooksResponseData
    from .list_connections_response import ListConnectionsResponse
    from .list_connections_response_data import ListConnectionsResponseData
    from .list_connector_sdk_packages_response import ListConnectorSdkPackagesResponse
    from .list_connector_sdk_packages_response_data import ListConnectorSdkPackagesResponseData
    from .list_destinations_response import ListDestinationsResponse
    from .list_destinations_response_data import ListDestinationsResponseData
    from .list_esm_entities_response import ListEsmEntitiesResponse
    from .list_esm_entities_response_data import ListEsmEntitiesResponseData
    from .list_esms_response import ListEsmsResponse
    from .list_esms_response_data import ListEsmsResponseData
    from .list_log_services_response import ListLogServicesResponse
    from .list_log_services_response_data import ListLogServicesResponseData
    from .list_users_in_team_response import ListUsersInTeamResponse
    from .list_users_in_team_response_data import ListUsersInTeamResponseData
    from .log_alert import LogAlert
    from .log_service import LogService
    from .log_service_details import LogServiceDetails
    from .log_service_details_config_type_0 import LogServiceDetailsConfigType0
    from .log_service_setup_tests import LogServiceSetupTests
    from .log_status_response import LogStatusResponse
    from .membership import Membership
    from .membership_request import MembershipRequest
    from .membership_request_add_team_membership_in_group import MembershipRequestAddTeamMembershipInGroup
    from .membership_request_add_user_membership_in_connection import MembershipRequestAddUserMembershipInConnection
    from .metadata_connector_config_response import MetadataConnectorConfigResponse
    from .metadata_connectors_response import MetadataConnectorsResponse
    from .metadata_connectors_response_data import MetadataConnectorsResponseData
    from .metadata_public_connectors_response import MetadataPublicConnectorsResponse
    from .modify_connection_column_config_response import ModifyConnectionColumnConfigResponse
    from .modify_connection_database_schema_config_response import ModifyConnectionDatabaseSchemaConfigResponse
    from .modify_connection_response import ModifyConnectionResponse
    from .modify_connection_schema_config_response import ModifyConnectionSchemaConfigResponse
    from .modify_connection_state_response import ModifyConnectionStateResponse
    from .modify_connection_table_config_response import ModifyConnectionTableConfigResponse
    from .modify_destination_response import ModifyDestinationResponse
    from .modify_esm_response import ModifyEsmResponse
    from .modify_group_response import ModifyGroupResponse
    from .modify_private_link_response import ModifyPrivateLinkResponse
    from .modify_team_response import ModifyTeamResponse
    from .modify_transformation_project_response import ModifyTransformationProjectResponse
    from .modify_user_response import ModifyUserResponse
    from .modify_webhook_response import ModifyWebhookResponse
    from .new_connector_request_v1 import NewConnectorRequestV1
    from .new_connector_request_v1_auth_type_0 import NewConnectorRequestV1AuthType0
    from .new_connector_request_v1_config_type_0 import NewConnectorRequestV1ConfigType0
    from .new_connector_request_v1_data_delay_sensitivity import NewConnectorRequestV1DataDelaySensitivity
    from .new_connector_request_v1_destination_schema_names import NewConnectorRequestV1DestinationSchemaNames
    from .new_connector_request_v1_external_secrets_keys_config_type_0 import (
        NewConnectorRequestV1ExternalSecretsKeysConfigType0,
    )
    from .new_connector_request_v1_networking_method import NewConnectorRequestV1NetworkingMethod
    from .new_connector_request_v1_schedule_type import NewConnectorRequestV1ScheduleType
    from .new_connector_request_v1_sync_frequency import NewConnectorRequestV1SyncFrequency
    from .new_destination_request import NewDestinationRequest
    from .new_destination_request_config_type_0 import NewDestinationRequestConfigType0
    from .new_destination_request_external_secrets_keys_config_type_0 import (
        NewDestinationRequestExternalSecretsKeysConfigType0,
    )
    from .new_destination_request_networking_method import NewDestinationRequestNetworkingMethod
    from .new_destination_request_region import NewDestinationRequestRegion
    from .new_destination_request_time_zone_offset import NewDestinationRequestTimeZoneOffset
    from .new_group_request import NewGroupRequest
    from .new_system_key_request import NewSystemKeyRequest
    from .new_system_key_request_expiration_period import NewSystemKeyRequestExpirationPeriod
    from .new_transformation_project_request import NewTransformationProjectRequest
    from .new_transformation_project_request_project_config_type_0 import (
        NewTransformationProjectRequestProjectConfigType0,
    )
    from .new_transformation_project_request_type import NewTransformationProjectRequestType
    from .new_transformation_request import NewTransformationRequest
    from .new_transformation_request_transformation_config_type_0 import (
        NewTransformationRequestTransformationConfigType0,
    )
    from .new_transformation_request_type import NewTransformationRequestType
    from .new_user_request import NewUserRequest
    from .pre_create_connection_schema_config_response import PreCreateConnectionSchemaConfigResponse
    from .private_link import PrivateLink
    from .private_link_config_type_0 import PrivateLinkConfigType0
    from .private_link_create_request import PrivateLinkCreateRequest
    from .private_link_create_request_config import PrivateLinkCreateRequestConfig
    from .private_link_create_request_region import PrivateLinkCreateRequestRegion
    from .private_link_create_request_service import PrivateLinkCreateRequestService
    from .private_link_update_request import PrivateLinkUpdateRequest
    from .private_link_update_request_config_type_0 import PrivateLinkUpdateRequestConfigType0
    from .proxy_agent import ProxyAgent
    from .proxy_agent_connection import ProxyAgentConnection
    from .proxy_agent_details import ProxyAgentDetails
    from .proxy_agent_secrets import ProxyAgentSecrets
    from .proxy_agent_usage_response import ProxyAgentUsageResponse
    from .proxy_param_request import ProxyParamRequest
    from .proxy_param_request_group_region import ProxyParamRequestGroupRegion
    from .re_auth_hybrid_deployment_agent_response import ReAuthHybridDeploymentAgentResponse
    from .regenerate_secrets_proxy_agent_response import RegenerateSecretsProxyAgentResponse
    from .reload_connection_schema_config_response import ReloadConnectionSchemaConfigResponse
    from .reload_standard_config_request import ReloadStandardConfigRequest
    from .reset_hybrid_deployment_agent_credentials_response import ResetHybridDeploymentAgentCredentialsResponse
    from .resync_connection_response import ResyncConnectionResponse
    from .resync_connector_request import ResyncConnectorRequest
    from .resync_connector_request_scope_type_0 import ResyncConnectorRequestScopeType0
    from .resync_tables_body import ResyncTablesBody
    from .resync_tables_response import ResyncTablesResponse
    from .revoke_connection_certificate_response import RevokeConnectionCertificateResponse
    from .revoke_connection_fingerprint_response import RevokeConnectionFingerprintResponse
    from .revoke_destination_certificate_response import RevokeDestinationCertificateResponse
    from .revoke_destination_fingerprint_response import RevokeDestinationFingerprintResponse
    from .role import Role
    from .rotate_system_key_request import RotateSystemKeyRequest
    from .rotate_system_key_request_expiration_period import RotateSystemKeyRequestExpirationPeriod
    from .rotate_system_key_response import RotateSystemKeyResponse
    from .run_destination_setup_tests_response import RunDestinationSetupTestsResponse
    from .run_setup_tests_account_log_service_response import RunSetupTestsAccountLogServiceResponse
    from .run_setup_tests_log_service_response import RunSetupTestsLogServiceResponse
    from .run_setup_tests_request import RunSetupTestsRequest
    from .run_setup_tests_request_run_destination_setup_tests import RunSetupTestsRequestRunDestinationSetupTests
    from .run_setup_tests_response import RunSetupTestsResponse
    from .run_transformation_request import RunTransformationRequest
    from .run_transformation_response import RunTransformationResponse
    from .schema_config_response import SchemaConfigResponse
    from .schema_config_response_tables import SchemaConfigResponseTables
    from .schema_update_request import SchemaUpdateRequest
    from .schema_update_request_tables_type_0 import SchemaUpdateRequestTablesType0
    from .secrets_manager_create_request import SecretsManagerCreateRequest
    from .secrets_manager_create_request_type import SecretsManagerCreateRequestType
    from .secrets_manager_update_request import SecretsManagerUpdateRequest
    from .setup_test_result import SetupTestResult
    from .standard_config_create_request import StandardConfigCreateRequest
    from .standard_config_create_request_schema_change_handling import StandardConfigCreateRequestSchemaChangeHandling
    from .standard_config_create_request_schemas import StandardConfigCreateRequestSchemas
    from .standard_config_response import StandardConfigResponse
    from .standard_config_response_schemas import StandardConfigResponseSchemas
    from .standard_config_update_request import StandardConfigUpdateRequest
    from .standard_config_update_request_schema_change_handling import StandardConfigUpdateRequestSchemaChangeHandling
    from .standard_config_update_request_schemas_type_0 import StandardConfigUpdateRequestSchemasType0
    from .sync_connection_response import SyncConnectionResponse
    from .sync_connector_request import SyncConnectorRequest
    from .system_key import SystemKey
    from .system_key_permission_request import SystemKeyPermissionRequest
    from .system_key_permission_request_access_level import SystemKeyPermissionRequestAccessLevel
    from .system_key_permission_request_resource_type import SystemKeyPermissionRequestResourceType
    from .system_key_permission_resource_filter import SystemKeyPermissionResourceFilter
    from .system_key_permission_response import SystemKeyPermissionResponse
    from .table_columns_config_response import TableColumnsConfigResponse
    from .table_columns_config_response_columns import TableColumnsConfigResponseColumns
    from .table_config_response import TableConfigResponse
    from .table_config_response_columns import TableConfigResponseColumns
    from .table_enabled_patch_settings import TableEnabledPatchSettings
    from .table_update_request import TableUpdateRequest
    from .table_update_request_columns_type_0 import TableUpdateRequestColumnsType0
    from .table_update_request_sync_mode import TableUpdateRequestSyncMode
    from .team import Team
    from .team_details_response import TeamDetailsResponse
    from .team_membership import TeamMembership
    from .team_membership_request import TeamMembershipRequest
    from .team_request import TeamRequest
    from .test_transformation_project_response import TestTransformationProjectResponse
    from .test_webhook_response import TestWebhookResponse
    from .transformation import Transformation
    from .transformation_details_response import TransformationDetailsResponse
    from .transformation_package import TransformationPackage
    from .transformation_package_configurable_variables_type_0 import TransformationPackageConfigurableVariablesType0
    from .transformation_package_metadata_details_response import TransformationPackageMetadataDetailsResponse
    from .transformation_package_metadata_list_response import TransformationPackageMetadataListResponse
    from .transformation_package_metadata_list_response_data import TransformationPackageMetadataListResponseData
    from .transformation_project import TransformationProject
    from .transformation_project_details import TransformationProjectDetails
    from .transformation_project_details_project_config_type_0 import TransformationProjectDetailsProjectConfigType0
    from .transformation_project_details_response_envelope import TransformationProjectDetailsResponseEnvelope
    from .transformation_schedule import TransformationSchedule
    from .transformation_transformation_config_type_0 import TransformationTransformationConfigType0
    from .transformations_list_response import TransformationsListResponse
    from .transformations_list_response_data import TransformationsListResponseData
    from .transformations_list_type import TransformationsListType
    from .trust_certificate_request import TrustCertificateRequest
    from .update_account_log_service_response import UpdateAccountLogServiceResponse
    from .update_connector_request import UpdateConnectorRequest
    from .update_connector_request_data_delay_sensitivity import UpdateConnectorRequestDataDelaySensitivity
    from .update_connector_request_networking_method import UpdateConnectorRequestNetworkingMethod
    from .update_connector_request_schedule_type import UpdateConnectorRequestScheduleType
    from .update_connector_request_schema_status import UpdateConnectorRequestSchemaStatus
    from .update_connector_request_sync_frequency import UpdateConnectorRequestSyncFrequency
    from .update_connector_sdk_package_body import UpdateConnectorSdkPackageBody
    from .update_connector_sdk_package_response import UpdateConnectorSdkPackageResponse
    from .update_destination_request import UpdateDestinationRequest
    from .update_destination_request_networking_method import UpdateDestinationRequestNetworkingMethod
    from .update_destination_request_region import UpdateDestinationRequestRegion
    from .update_destination_request_time_zone_offset import UpdateDestinationRequestTimeZoneOffset
    from .update_function_or_connector_sdk_state import UpdateFunctionOrConnectorSdkState
    from .update_group_request import UpdateGroupRequest
    from .update_log_request import UpdateLogRequest
    from .update_log_request_update_log_service import UpdateLogRequestUpdateLogService
    from .update_log_service_response import UpdateLogServiceResponse
    from .update_membership_request import UpdateMembershipRequest
    from .update_membership_request_update_team_membership_in_group import (
        UpdateMembershipRequestUpdateTeamMembershipInGroup,
    )
    from .update_membership_request_update_user_membership import UpdateMembershipRequestUpdateUserMembership
    from .update_membership_request_update_user_membership_in_connection import (
        UpdateMembershipRequestUpdateUserMembershipInConnection,
    )
    from .update_membership_request_update_user_membership_in_group import (
        UpdateMembershipRequestUpdateUserMembershipInGroup,
    )
    from .update_system_key_request import UpdateSystemKeyRequest
    from .update_system_key_response import UpdateSystemKeyResponse
    from .update_team_membership_in_connection_response import UpdateTeamMembershipInConnectionResponse
    from .update_team_membership_in_group_response import UpdateTeamMembershipInGroupResponse
    from .update_team_request import UpdateTeamRequest
    from .update_transformation_project_request import UpdateTransformationProjectRequest
    from .update_transformation_project_request_project_config_type_0 import (
        UpdateTransformationProjectRequestProjectConfigType0,
    )
    from .update_transformation_request import UpdateTransformationRequest
    from .update_transformation_request_transformation_config_type_0 import (
        UpdateTransformationRequestTransformationConfigType0,
    )
    from .update_transformation_response import UpdateTransformationResponse
    from .update_user_membership_in_connection_response import UpdateUserMembershipInConnectionResponse
    from .update_user_membership_in_group_response import UpdateUserMembershipInGroupResponse
    from .update_user_membership_response import UpdateUserMembershipResponse
    from .update_user_request import UpdateUserRequest
    from .upgrade_transformation_package_response import UpgradeTransformationPackageResponse
    from .user import User
    from .user_details_response import UserDetailsResponse
    from .webhook import Webhook
    from .webhook_details_response import WebhookDetailsResponse
    from .webhook_request import WebhookRequest
    from .webhook_request_create_group_webhook import WebhookRequestCreateGroupWebhook
    from .webhook_request_modify_webhook import WebhookRequestModifyWebhook
    from .webhook_test_request import WebhookTestRequest
    from .webhook_test_result import WebhookTestResult

_MODULE_OF: dict[str, str] = {
    "AccountInfo": ".account_info",
    "AddAccountLogRequest": ".add_account_log_request",
    "AddAccountLogServiceResponse": ".add_account_log_service_response",
    "AddLogRequest": ".add_log_request",
    "AddLogRequestConfigType0": ".add_log_request_config_type_0",
    "AddLogServiceResponse": ".add_log_service_response",
    "AddTeamMembershipInConnectionResponse": ".add_team_membership_in_connection_response",
    "AddTeamMembershipInGroupResponse": ".add_team_membership_in_group_response",
    "AddUserMembershipInConnectionResponse": ".add_user_membership_in_connection_response",
    "AddUserMembershipInGroupResponse": ".add_user_membership_in_group_response",
    "AddUserToGroupRequest": ".add_user_to_group_request",
    "AddUserToGroupResponse": ".add_user_to_group_response",
    "AddUserToTeamResponse": ".add_user_to_team_response",
    "ApproveCertificateRequest": ".approve_certificate_request",
    "ApproveCertificateRequestApproveDestinationCertificate": ".approve_certificate_request_approve_destination_certificate",
    "ApproveCertificateResponse": ".approve_certificate_response",
    "ApproveConnectionCertificateResponse": ".approve_connection_certificate_response",
    "ApproveConnectionFingerprintResponse": ".approve_connection_fingerprint_response",
    "ApproveDestinationCertificateResponse": ".approve_destination_certificate_response",
    "ApproveDestinationFingerprintResponse": ".approve_destination_fingerprint_response",
    "ApproveFingerprintRequest": ".approve_fingerprint_request",
    "ApproveFingerprintRequestApproveDestinationFingerprint": ".approve_fingerprint_request_approve_destination_fingerprint",
    "CancelTransformationResponse": ".cancel_transformation_response",
    "Certificate": ".certificate",
    "ColumnConfigResponse": ".column_config_response",
    "ColumnEnabledPatchSettings": ".column_enabled_patch_settings",
    "ColumnUpdateRequest": ".column_update_request",
    "ConnectCard": ".connect_card",
    "ConnectCardConfig": ".connect_card_config",
    "ConnectCardConfigRequest": ".connect_card_config_request",
    "ConnectCardResponse": ".connect_card_response",
    "ConnectCardResponseEnvelope": ".connect_card_response_envelope",
    "Connection": ".connection",
    "ConnectionColumnConfigResponse": ".connection_column_config_response",
    "ConnectionConfigType0": ".connection_config_type_0",
    "ConnectionDetailsResponse": ".connection_details_response",
    "ConnectionExternalSecretsKeysConfigType0": ".connection_external_secrets_keys_config_type_0",
    "ConnectionSchemaConfigResponse": ".connection_schema_config_response",
    "ConnectionSourceSyncDetailsType0": ".connection_source_sync_details_type_0",
    "ConnectionState": ".connection_state",
    "ConnectionStateResponse": ".connection_state_response",
    "ConnectionStateStateType0": ".connection_state_state_type_0",
    "ConnectionStatus": ".connection_status",
    "ConnectionTask": ".connection_task",
    "ConnectionWarning": ".connection_warning",
    "ConnectorResponse": ".connector_response",
    "ConnectorResponseConfigType0": ".connector_response_config_type_0",
    "ConnectorResponseConfigType0AdditionalProperty": ".connector_response_config_type_0_additional_property",
    "ConnectorResponseExternalSecretsKeysConfigType0": ".connector_response_external_secrets_keys_config_type_0",
    "ConnectorResponseSourceSyncDetailsType0": ".connector_response_source_sync_details_type_0",
    "ConnectorSdkPackage": ".connector_sdk_package",
    "ConnectorType": ".connector_type",
    "ConnectorTypeDetails": ".connector_type_details",
    "ConnectorTypeDetailsAuthType0": ".connector_type_details_auth_type_0",
    "ConnectorTypeDetailsConfigType0": ".connector_type_details_config_type_0",
    "ConnectorTypeDetailsExternalSecretsKeysConfigType0": ".connector_type_details_external_secrets_keys_config_type_0",
    "CreateAccountWebhookResponse": ".create_account_webhook_response",
    "CreateConnectionResponse": ".create_connection_response",
    "CreateConnectorSdkPackageBody": ".create_connector_sdk_package_body",
    "CreateConnectorSdkPackageResponse": ".create_connector_sdk_package_response",
    "CreateDestinationResponse": ".create_destination_response",
    "CreateEsmResponse": ".create_esm_response",
    "CreateGroupResponse": ".create_group_response",
    "CreateGroupWebhookResponse": ".create_group_webhook_response",
    "CreateHybridDeploymentAgentResponse": ".create_hybrid_deployment_agent_response",
    "CreatePrivateLinkResponse": ".create_private_link_response",
    "CreateProxyAgentResponse": ".create_proxy_agent_response",
    "CreateSystemKeyResponse": ".create_system_key_response",
    "CreateTeamResponse": ".create_team_response",
    "CreateTransformationProjectResponse": ".create_transformation_project_response",
    "CreateTransformationResponse": ".create_transformation_response",
    "CreateUserResponse": ".create_user_response",
    "DeleteAccountLogServiceResponse": ".delete_account_log_service_response",
    "DeleteColumnConnectionConfigResponse": ".delete_column_connection_config_response",
    "DeleteConnectionResponse": ".delete_connection_response",
    "DeleteConnectorSdkPackageResponse": ".delete_connector_sdk_package_response",
    "DeleteDestinationResponse": ".delete_destination_response",
    "DeleteEsmResponse": ".delete_esm_response",
    "DeleteGroupResponse": ".delete_group_response",
    "DeleteHybridDeploymentAgentResponse": ".delete_hybrid_deployment_agent_response",
    "DeleteLogServiceResponse": ".delete_log_service_response",
    "DeleteMultipleColumnsConnectionConfigResponse": ".delete_multiple_columns_connection_config_response",
    "DeletePrivateLinkResponse": ".delete_private_link_response",
    "DeleteProxyAgentResponse": ".delete_proxy_agent_response",
    "DeleteSystemKeyResponse": ".delete_system_key_response",
    "DeleteTeamMembershipInAccountResponse": ".delete_team_membership_in_account_response",
    "DeleteTeamMembershipInConnectionResponse": ".delete_team_membership_in_connection_response",
    "DeleteTeamMembershipInGroupResponse": ".delete_team_membership_in_group_response",
    "DeleteTeamResponse": ".delete_team_response",
    "DeleteTransformationProjectResponse": ".delete_transformation_project_response",
    "DeleteTransformationResponse": ".delete_transformation_response",
    "DeleteUserFromGroupResponse": ".delete_user_from_group_response",
    "DeleteUserFromTeamResponse": ".delete_user_from_team_response",
    "DeleteUserMembershipInAccountResponse": ".delete_user_membership_in_account_response",
    "DeleteUserMembershipInConnectionResponse": ".delete_user_membership_in_connection_response",
    "DeleteUserMembershipInGroupResponse": ".delete_user_membership_in_group_response",
    "DeleteUserResponse": ".delete_user_response",
    "DeleteWebhookResponse": ".delete_webhook_response",
    "Destination": ".destination",
    "DestinationConfigType0": ".destination_config_type_0",
    "DestinationConfiguration": ".destination_configuration",
    "DestinationDetailsResponse": ".destination_details_response",
    "DestinationExternalSecretsKeysConfigType0": ".destination_external_secrets_keys_config_type_0",
    "DestinationResponse": ".destination_response",
    "DropColumnSchemaRequest": ".drop_column_schema_request",
    "DropColumnSchemaRequestTables": ".drop_column_schema_request_tables",
    "DropColumnsRequest": ".drop_columns_request",
    "DropColumnsRequestSchemas": ".drop_columns_request_schemas",
    "DropColumnsTableRequest": ".drop_columns_table_request",
    "ExternalSecretsManager": ".external_secrets_manager",
    "ExternalSecretsManagerConfigType0": ".external_secrets_manager_config_type_0",
    "ExternalSecretsManagerConfigType0AdditionalProperty": ".external_secrets_manager_config_type_0_additional_property",
    "ExternalSecretsManagerEntity": ".external_secrets_manager_entity",
    "Feature": ".feature",
    "Fingerprint": ".fingerprint",
    "GetAccountInfoResponse": ".get_account_info_response",
    "GetAccountLogServiceDetailsResponse": ".get_account_log_service_details_response",
    "GetConnectionCertificateDetailsResponse": ".get_connection_certificate_details_response",
    "GetConnectionCertificatesListResponse": ".get_connection_certificates_list_response",
    "GetConnectionCertificatesListResponseData": ".get_connection_certificates_list_response_data",
    "GetConnectionFingerprintDetailsResponse": ".get_connection_fingerprint_details_response",
    "GetConnectionFingerprintsListResponse": ".get_connection_fingerprints_list_response",
    "GetConnectionFingerprintsListResponseData": ".get_connection_fingerprints_list_response_data",
    "GetConnectorSdkPackageResponse": ".get_connector_sdk_package_response",
    "GetDestinationCertificateDetailsResponse": ".get_destination_certificate_details_response",
    "GetDestinationCertificatesListResponse": ".get_destination_certificates_list_response",
    "GetDestinationCertificatesListResponseData": ".get_destination_certificates_list_response_data",
    "GetDestinationFingerprintDetailsResponse": ".get_destination_fingerprint_details_response",
    "GetDestinationFingerprintsListResponse": ".get_destination_fingerprints_list_response",
    "GetDestinationFingerprintsListResponseData": ".get_destination_fingerprints_list_response_data",
    "GetEsmDetailsResponse": ".get_esm_details_response",
    "GetEsmEntitiesResponse": ".get_esm_entities_response",
    "GetEsmEntitiesResponseData": ".get_esm_entities_response_data",
    "GetHybridDeploymentAgentListResponse": ".get_hybrid_deployment_agent_list_response",
    "GetHybridDeploymentAgentListResponseData": ".get_hybrid_deployment_agent_list_response_data",
    "GetHybridDeploymentAgentResponse": ".get_hybrid_deployment_agent_response",
    "GetLogServiceDetailsResponse": ".get_log_service_details_response",
    "GetPrivateLinkDetailsResponse": ".get_private_link_details_response",
    "GetPrivateLinksResponse": ".get_private_links_response",
    "GetPrivateLinksResponseData": ".get_private_links_response_data",
    "GetProxyAgentConnectionsResponse": ".get_proxy_agent_connections_response",
    "GetProxyAgentConnectionsResponseData": ".get_proxy_agent_connections_response_data",
    "GetProxyAgentDetailsResponse": ".get_proxy_agent_details_response",
    "GetProxyAgentResponse": ".get_proxy_agent_response",
    "GetProxyAgentResponseData": ".get_proxy_agent_response_data",
    "GetSystemKeyDetailsResponse": ".get_system_key_details_response",
    "GetSystemKeysResponse": ".get_system_keys_response",
    "GetSystemKeysResponseData": ".get_system_keys_response_data",
    "GetTeamMembershipInConnectionResponse": ".get_team_membership_in_connection_response",
    "GetTeamMembershipInGroupResponse": ".get_team_membership_in_group_response",
    "GetTeamMembershipsInConnectionsResponse": ".get_team_memberships_in_connections_response",
    "GetTeamMembershipsInConnectionsResponseData": ".get_team_memberships_in_connections_response_data",
    "GetTeamMembershipsInGroupsResponse": ".get_team_memberships_in_groups_response",
    "GetTeamMembershipsInGroupsResponseData": ".get_team_memberships_in_groups_response_data",
    "GetUserInTeamResponse": ".get_user_in_team_response",
    "GetUserMembershipInConnectionsResponse": ".get_user_membership_in_connections_response",
    "GetUserMembershipInGroupResponse": ".get_user_membership_in_group_response",
    "GetUserMembershipsInConnectionsResponse": ".get_user_memberships_in_connections_response",
    "GetUserMembershipsInConnectionsResponseData": ".get_user_memberships_in_connections_response_data",
    "GetUserMembershipsInGroupsResponse": ".get_user_memberships_in_groups_response",
    "GetUserMembershipsInGroupsResponseData": ".get_user_memberships_in_groups_response_data",
    "Group": ".group",
    "GroupDetailsResponse": ".group_details_response",
    "GroupMembershipRequest": ".group_membership_request",
    "GroupPublicKey": ".group_public_key",
    "GroupServiceAccount": ".group_service_account",
    "GroupServiceAccountResponseEnvelope": ".group_service_account_response_envelope",
    "GroupSshPublicKeyResponse": ".group_ssh_public_key_response",
    "HvrHubRegistrationRequest": ".hvr_hub_registration_request",
    "HvrHubRegistrationResponse": ".hvr_hub_registration_response",
    "HvrRegisterHubResponse": ".hvr_register_hub_response",
    "HybridDeploymentAgent": ".hybrid_deployment_agent",
    "HybridDeploymentAgentCreateRequest": ".hybrid_deployment_agent_create_request",
    "HybridDeploymentAgentCreateRequestAuthType": ".hybrid_deployment_agent_create_request_auth_type",
    "HybridDeploymentAgentCreateRequestEnvType": ".hybrid_deployment_agent_create_request_env_type",
    "HybridDeploymentAgentCredentials": ".hybrid_deployment_agent_credentials",
    "HybridDeploymentAgentFilesResponse": ".hybrid_deployment_agent_files_response",
    "HybridDeploymentAgentReAuthRequest": ".hybrid_deployment_agent_re_auth_request",
    "HybridDeploymentAgentReAuthRequestAuthType": ".hybrid_deployment_agent_re_auth_request_auth_type",
    "HybridDeploymentAgentUsageResponse": ".hybrid_deployment_agent_usage_response",
    "JsonNode": ".json_node",
    "ListAllConnectionsInGroupResponse": ".list_all_connections_in_group_response",
    "ListAllConnectionsInGroupResponseData": ".list_all_connections_in_group_response_data",
    "ListAllGroupsResponse": ".list_all_groups_response",
    "ListAllGroupsResponseData": ".list_all_groups_response_data",
    "ListAllRolesResponse": ".list_all_roles_response",
    "ListAllRolesResponseData": ".list_all_roles_response_data",
    "ListAllTeamsResponse": ".list_all_teams_response",
    "ListAllTeamsResponseData": ".list_all_teams_response_data",
    "ListAllTransformationProjectsResponse": ".list_all_transformation_projects_response",
    "ListAllTransformationProjectsResponseData": ".list_all_transformation_projects_response_data",
    "ListAllUsersInGroupResponse": ".list_all_users_in_group_response",
    "ListAllUsersInGroupResponseData": ".list_all_users_in_group_response_data",
    "ListAllUsersResponse": ".list_all_users_response",
    "ListAllUsersResponseData": ".list_all_users_response_data",
    "ListAllWebhooksResponse": ".list_all_webhooks_response",
    "ListAllWebhooksResponseData": ".list_all_webhooks_response_data",
    "ListConnectionsResponse": ".list_connections_response",
    "ListConnectionsResponseData": ".list_connections_response_data",
    "ListConnectorSdkPackagesResponse": ".list_connector_sdk_packages_response",
    "ListConnectorSdkPackagesResponseData": ".list_connector_sdk_packages_response_data",
    "ListDestinationsResponse": ".list_destinations_response",
    "ListDestinationsResponseData": ".list_destinations_response_data",
    "ListEsmEntitiesResponse": ".list_esm_entities_response",
    "ListEsmEntitiesResponseData": ".list_esm_entities_response_data",
    "ListEsmsResponse": ".list_esms_response",
    "ListEsmsResponseData": ".list_esms_response_data",
    "ListLogServicesResponse": ".list_log_services_response",
    "ListLogServicesResponseData": ".list_log_services_response_data",
    "ListUsersInTeamResponse": ".list_users_in_team_response",
    "ListUsersInTeamResponseData": ".list_users_in_team_response_data",
    "LogAlert": ".log_alert",
    "LogService": ".log_service",
    "LogServiceDetails": ".log_service_details",
    "LogServiceDetailsConfigType0": ".log_service_details_config_type_0",
    "LogServiceSetupTests": ".log_service_setup_tests",
    "LogStatusResponse": ".log_status_response",
    "Membership": ".membership",
    "MembershipRequest": ".membership_request",
    "MembershipRequestAddTeamMembershipInGroup": ".membership_request_add_team_membership_in_group",
    "MembershipRequestAddUserMembershipInConnection": ".membership_request_add_user_membership_in_connection",
    "MetadataConnectorConfigResponse": ".metadata_connector_config_response",
    "MetadataConnectorsResponse": ".metadata_connectors_response",
    "MetadataConnectorsResponseData": ".metadata_connectors_response_data",
    "MetadataPublicConnectorsResponse": ".metadata_public_connectors_response",
    "ModifyConnectionColumnConfigResponse": ".modify_connection_column_config_response",
    "ModifyConnectionDatabaseSchemaConfigResponse": ".modify_connection_database_schema_config_response",
    "ModifyConnectionResponse": ".modify_connection_response",
    "ModifyConnectionSchemaConfigResponse": ".modify_connection_schema_config_response",
    "ModifyConnectionStateResponse": ".modify_connection_state_response",
    "ModifyConnectionTableConfigResponse": ".modify_connection_table_config_response",
    "ModifyDestinationResponse": ".modify_destination_response",
    "ModifyEsmResponse": ".modify_esm_response",
    "ModifyGroupResponse": ".modify_group_response",
    "ModifyPrivateLinkResponse": ".modify_private_link_response",
    "ModifyTeamResponse": ".modify_team_response",
    "ModifyTransformationProjectResponse": ".modify_transformation_project_response",
    "ModifyUserResponse": ".modify_user_response",
    "ModifyWebhookResponse": ".modify_webhook_response",
    "NewConnectorRequestV1": ".new_connector_request_v1",
    "NewConnectorRequestV1AuthType0": ".new_connector_request_v1_auth_type_0",
    "NewConnectorRequestV1ConfigType0": ".new_connector_request_v1_config_type_0",
    "NewConnectorRequestV1DataDelaySensitivity": ".new_connector_request_v1_data_delay_sensitivity",
    "NewConnectorRequestV1DestinationSchemaNames": ".new_connector_request_v1_destination_schema_names",
    "NewConnectorRequestV1ExternalSecretsKeysConfigType0": ".new_connector_request_v1_external_secrets_keys_config_type_0",
    "NewConnectorRequestV1NetworkingMethod": ".new_connector_request_v1_networking_method",
    "NewConnectorRequestV1ScheduleType": ".new_connector_request_v1_schedule_type",
    "NewConnectorRequestV1SyncFrequency": ".new_connector_request_v1_sync_frequency",
    "NewDestinationRequest": ".new_destination_request",
    "NewDestinationRequestConfigType0": ".new_destination_request_config_type_0",
    "NewDestinationRequestExternalSecretsKeysConfigType0": ".new_destination_request_external_secrets_keys_config_type_0",
    "NewDestinationRequestNetworkingMethod": ".new_destination_request_networking_method",
    "NewDestinationRequestRegion": ".new_destination_request_region",
    "NewDestinationRequestTimeZoneOffset": ".new_destination_request_time_zone_offset",
    "NewGroupRequest": ".new_group_request",
    "NewSystemKeyRequest": ".new_system_key_request",
    "NewSystemKeyRequestExpirationPeriod": ".new_system_key_request_expiration_period",
    "NewTransformationProjectRequest": ".new_transformation_project_request",
    "NewTransformationProjectRequestProjectConfigType0": ".new_transformation_project_request_project_config_type_0",
    "NewTransformationProjectRequestType": ".new_transformation_project_request_type",
    "NewTransformationRequest": ".new_transformation_request",
    "NewTransformationRequestTransformationConfigType0": ".new_transformation_request_transformation_config_type_0",
    "NewTransformationRequestType": ".new_transformation_request_type",
    "NewUserRequest": ".new_user_request",
    "PreCreateConnectionSchemaConfigResponse": ".pre_create_connection_schema_config_response",
    "PrivateLink": ".private_link",
    "PrivateLinkConfigType0": ".private_link_config_type_0",
    "PrivateLinkCreateRequest": ".private_link_create_request",
    "PrivateLinkCreateRequestConfig": ".private_link_create_request_config",
    "PrivateLinkCreateRequestRegion": ".private_link_create_request_region",
    "PrivateLinkCreateRequestService": ".private_link_create_request_service",
    "PrivateLinkUpdateRequest": ".private_link_update_request",
    "PrivateLinkUpdateRequestConfigType0": ".private_link_update_request_config_type_0",
    "ProxyAgent": ".proxy_agent",
    "ProxyAgentConnection": ".proxy_agent_connection",
    "ProxyAgentDetails": ".proxy_agent_details",
    "ProxyAgentSecrets": ".proxy_agent_secrets",
    "ProxyAgentUsageResponse": ".proxy_agent_usage_response",
    "ProxyParamRequest": ".proxy_param_request",
    "ProxyParamRequestGroupRegion": ".proxy_param_request_group_region",
    "ReAuthHybridDeploymentAgentResponse": ".re_auth_hybrid_deployment_agent_response",
    "RegenerateSecretsProxyAgentResponse": ".regenerate_secrets_proxy_agent_response",
    "ReloadConnectionSchemaConfigResponse": ".reload_connection_schema_config_response",
    "ReloadStandardConfigRequest": ".reload_standard_config_request",
    "ResetHybridDeploymentAgentCredentialsResponse": ".reset_hybrid_deployment_agent_credentials_response",
    "ResyncConnectionResponse": ".resync_connection_response",
    "ResyncConnectorRequest": ".resync_connector_request",
    "ResyncConnectorRequestScopeType0": ".resync_connector_request_scope_type_0",
    "ResyncTablesBody": ".resync_tables_body",
    "ResyncTablesResponse": ".resync_tables_response",
    "RevokeConnectionCertificateResponse": ".revoke_connection_certificate_response",
    "RevokeConnectionFingerprintResponse": ".revoke_connection_fingerprint_response",
    "RevokeDestinationCertificateResponse": ".revoke_destination_certificate_response",
    "RevokeDestinationFingerprintResponse": ".revoke_destination_fingerprint_response",
    "Role": ".role",
    "RotateSystemKeyRequest": ".rotate_system_key_request",
    "RotateSystemKeyRequestExpirationPeriod": ".rotate_system_key_request_expiration_period",
    "RotateSystemKeyResponse": ".rotate_system_key_response",
    "RunDestinationSetupTestsResponse": ".run_destination_setup_tests_response",
    "RunSetupTestsAccountLogServiceResponse": ".run_setup_tests_account_log_service_response",
    "RunSetupTestsLogServiceResponse": ".run_setup_tests_log_service_response",
    "RunSetupTestsRequest": ".run_setup_tests_request",
    "RunSetupTestsRequestRunDestinationSetupTests": ".run_setup_tests_request_run_destination_setup_tests",
    "RunSetupTestsResponse": ".run_setup_tests_response",
    "RunTransformationRequest": ".run_transformation_request",
    "RunTransformationResponse": ".run_transformation_response",
    "SchemaConfigResponse": ".schema_config_response",
    "SchemaConfigResponseTables": ".schema_config_response_tables",
    "SchemaUpdateRequest": ".schema_update_request",
    "SchemaUpdateRequestTablesType0": ".schema_update_request_tables_type_0",
    "SecretsManagerCreateRequest": ".secrets_manager_create_request",
    "SecretsManagerCreateRequestType": ".secrets_manager_create_request_type",
    "SecretsManagerUpdateRequest": ".secrets_manager_update_request",
    "SetupTestResult": ".setup_test_result",
    "StandardConfigCreateRequest": ".standard_config_create_request",
    "StandardConfigCreateRequestSchemaChangeHandling": ".standard_config_create_request_schema_change_handling",
    "StandardConfigCreateRequestSchemas": ".standard_config_create_request_schemas",
    "StandardConfigResponse": ".standard_config_response",
    "StandardConfigResponseSchemas": ".standard_config_response_schemas",
    "StandardConfigUpdateRequest": ".standard_config_update_request",
    "StandardConfigUpdateRequestSchemaChangeHandling": ".standard_config_update_request_schema_change_handling",
    "StandardConfigUpdateRequestSchemasType0": ".standard_config_update_request_schemas_type_0",
    "SyncConnectionResponse": ".sync_connection_response",
    "SyncConnectorRequest": ".sync_connector_request",
    "SystemKey": ".system_key",
    "SystemKeyPermissionRequest": ".system_key_permission_request",
    "SystemKeyPermissionRequestAccessLevel": ".system_key_permission_request_access_level",
    "SystemKeyPermissionRequestResourceType": ".system_key_permission_request_resource_type",
    "SystemKeyPermissionResourceFilter": ".system_key_permission_resource_filter",
    "SystemKeyPermissionResponse": ".system_key_permission_response",
    "TableColumnsConfigResponse": ".table_columns_config_response",
    "TableColumnsConfigResponseColumns": ".table_columns_config_response_columns",
    "TableConfigResponse": ".table_config_response",
    "TableConfigResponseColumns": ".table_config_response_columns",
    "TableEnabledPatchSettings": ".table_enabled_patch_settings",
    "TableUpdateRequest": ".table_update_request",
    "TableUpdateRequestColumnsType0": ".table_update_request_columns_type_0",
    "TableUpdateRequestSyncMode": ".table_update_request_sync_mode",
    "Team": ".team",
    "TeamDetailsResponse": ".team_details_response",
    "TeamMembership": ".team_membership",
    "TeamMembershipRequest": ".team_membership_request",
    "TeamRequest": ".team_request",
    "TestTransformationProjectResponse": ".test_transformation_project_response",
    "TestWebhookResponse": ".test_webhook_response",
    "Transformation": ".transformation",
    "TransformationDetailsResponse": ".transformation_details_response",
    "TransformationPackage": ".transformation_package",
    "TransformationPackageConfigurableVariablesType0": ".transformation_package_configurable_variables_type_0",
    "TransformationPackageMetadataDetailsResponse": ".transformation_package_metadata_details_response",
    "TransformationPackageMetadataListResponse": ".transformation_package_metadata_list_response",
    "TransformationPackageMetadataListResponseData": ".transformation_package_metadata_list_response_data",
    "TransformationProject": ".transformation_project",
    "TransformationProjectDetails": ".transformation_project_details",
    "TransformationProjectDetailsProjectConfigType0": ".transformation_project_details_project_config_type_0",
    "TransformationProjectDetailsResponseEnvelope": ".transformation_project_details_response_envelope",
    "TransformationSchedule": ".transformation_schedule",
    "TransformationTransformationConfigType0": ".transformation_transformation_config_type_0",
    "TransformationsListResponse": ".transformations_list_response",
    "TransformationsListResponseData": ".transformations_list_response_data",
    "TransformationsListType": ".transformations_list_type",
    "TrustCertificateRequest": ".trust_certificate_request",
    "UpdateAccountLogServiceResponse": ".update_account_log_service_response",
    "UpdateConnectorRequest": ".update_connector_request",
    "UpdateConnectorRequestDataDelaySensitivity": ".update_connector_request_data_delay_sensitivity",
    "UpdateConnectorRequestNetworkingMethod": ".update_connector_request_networking_method",
    "UpdateConnectorRequestScheduleType": ".update_connector_request_schedule_type",
    "UpdateConnectorRequestSchemaStatus": ".update_connector_request_schema_status",
    "UpdateConnectorRequestSyncFrequency": ".update_connector_request_sync_frequency",
    "UpdateConnectorSdkPackageBody": ".update_connector_sdk_package_body",
    "UpdateConnectorSdkPackageResponse": ".update_connector_sdk_package_response",
    "UpdateDestinationRequest": ".update_destination_request",
    "UpdateDestinationRequestNetworkingMethod": ".update_destination_request_networking_method",
    "UpdateDestinationRequestRegion": ".update_destination_request_region",
    "UpdateDestinationRequestTimeZoneOffset": ".update_destination_request_time_zone_offset",
    "UpdateFunctionOrConnectorSdkState": ".update_function_or_connector_sdk_state",
    "UpdateGroupRequest": ".update_group_request",
    "UpdateLogRequest": ".update_log_request",
    "UpdateLogRequestUpdateLogService": ".update_log_request_update_log_service",
    "UpdateLogServiceResponse": ".update_log_service_response",
    "UpdateMembershipRequest": ".update_membership_request",
    "UpdateMembershipRequestUpdateTeamMembershipInGroup": ".update_membership_request_update_team_membership_in_group",
    "UpdateMembershipRequestUpdateUserMembership": ".update_membership_request_update_user_membership",
    "UpdateMembershipRequestUpdateUserMembershipInConnection": ".update_membership_request_update_user_membership_in_connection",
    "UpdateMembershipRequestUpdateUserMembershipInGroup": ".update_membership_request_update_user_membership_in_group",
    "UpdateSystemKeyRequest": ".update_system_key_request",
    "UpdateSystemKeyResponse": ".update_system_key_response",
    "UpdateTeamMembershipInConnectionResponse": ".update_team_membership_in_connection_response",
    "UpdateTeamMembershipInGroupResponse": ".update_team_membership_in_group_response",
    "UpdateTeamRequest": ".update_team_request",
    "UpdateTransformationProjectRequest": ".update_transformation_project_request",
    "UpdateTransformationProjectRequestProjectConfigType0": ".update_transformation_project_request_project_config_type_0",
    "UpdateTransformationRequest": ".update_transformation_request",
    "UpdateTransformationRequestTransformationConfigType0": ".update_transformation_request_transformation_config_type_0",
    "UpdateTransformationResponse": ".update_transformation_response",
    "UpdateUserMembershipInConnectionResponse": ".update_user_membership_in_connection_response",
    "UpdateUserMembershipInGroupResponse": ".update_user_membership_in_group_response",
    "UpdateUserMembershipResponse": ".update_user_membership_response",
    "UpdateUserRequest": ".update_user_request",
    "UpgradeTransformationPackageResponse": ".upgrade_transformation_package_response",
    "User": ".user",
    "UserDetailsResponse": ".user_details_response",
    "Webhook": ".webhook",
    "WebhookDetailsResponse": ".webhook_details_response",
    "WebhookRequest": ".webhook_request",
    "WebhookRequestCreateGroupWebhook": ".webhook_request_create_group_webhook",
    "WebhookRequestModifyWebhook": ".webhook_request_modify_webhook",
    "WebhookTestRequest": ".webhook_test_request",
    "WebhookTestResult": ".webhook_test_result",
}

__all__ = (
    "AccountInfo",
    "AddAccountLogRequest",
    "AddAccountLogServiceResponse",
    "AddLogRequest",
    "AddLogRequestConfigType0",
    "AddLogServiceResponse",
    "AddTeamMembershipInConnectionResponse",
    "AddTeamMembershipInGroupResponse",
    "AddUserMembershipInConnectionResponse",
    "AddUserMembershipInGroupResponse",
    "AddUserToGroupRequest",
    "AddUserToGroupResponse",
    "AddUserToTeamResponse",
    "ApproveCertificateRequest",
    "ApproveCertificateRequestApproveDestinationCertificate",
    "ApproveCertificateResponse",
    "ApproveConnectionCertificateResponse",
    "ApproveConnectionFingerprintResponse",
    "ApproveDestinationCertificateResponse",
    "ApproveDestinationFingerprintResponse",
    "ApproveFingerprintRequest",
    "ApproveFingerprintRequestApproveDestinationFingerprint",
    "CancelTransformationResponse",
    "Certificate",
    "ColumnConfigResponse",
    "ColumnEnabledPatchSettings",
    "ColumnUpdateRequest",
    "ConnectCard",
    "ConnectCardConfig",
    "ConnectCardConfigRequest",
    "ConnectCardResponse",
    "ConnectCardResponseEnvelope",
    "Connection",
    "ConnectionColumnConfigResponse",
    "ConnectionConfigType0",
    "ConnectionDetailsResponse",
    "ConnectionExternalSecretsKeysConfigType0",
    "ConnectionSchemaConfigResponse",
    "ConnectionSourceSyncDetailsType0",
    "ConnectionState",
    "ConnectionStateResponse",
    "ConnectionStateStateType0",
    "ConnectionStatus",
    "ConnectionTask",
    "ConnectionWarning",
    "ConnectorResponse",
    "ConnectorResponseConfigType0",
    "ConnectorResponseConfigType0AdditionalProperty",
    "ConnectorResponseExternalSecretsKeysConfigType0",
    "ConnectorResponseSourceSyncDetailsType0",
    "ConnectorSdkPackage",
    "ConnectorType",
    "ConnectorTypeDetails",
    "ConnectorTypeDetailsAuthType0",
    "ConnectorTypeDetailsConfigType0",
    "ConnectorTypeDetailsExternalSecretsKeysConfigType0",
    "CreateAccountWebhookResponse",
    "CreateConnectionResponse",
    "CreateConnectorSdkPackageBody",
    "CreateConnectorSdkPackageResponse",
    "CreateDestinationResponse",
    "CreateEsmResponse",
    "CreateGroupResponse",
    "CreateGroupWebhookResponse",
    "CreateHybridDeploymentAgentResponse",
    "CreatePrivateLinkResponse",
    "CreateProxyAgentResponse",
    "CreateSystemKeyResponse",
    "CreateTeamResponse",
    "CreateTransformationProjectResponse",
    "CreateTransformationResponse",
    "CreateUserResponse",
    "DeleteAccountLogServiceResponse",
    "DeleteColumnConnectionConfigResponse",
    "DeleteConnectionResponse",
    "DeleteConnectorSdkPackageResponse",
    "DeleteDestinationResponse",
    "DeleteEsmResponse",
    "DeleteGroupResponse",
    "DeleteHybridDeploymentAgentResponse",
    "DeleteLogServiceResponse",
    "DeleteMultipleColumnsConnectionConfigResponse",
    "DeletePrivateLinkResponse",
    "DeleteProxyAgentResponse",
    "DeleteSystemKeyResponse",
    "DeleteTeamMembershipInAccountResponse",
    "DeleteTeamMembershipInConnectionResponse",
    "DeleteTeamMembershipInGroupResponse",
    "DeleteTeamResponse",
    "DeleteTransformationProjectResponse",
    "DeleteTransformationResponse",
    "DeleteUserFromGroupResponse",
    "DeleteUserFromTeamResponse",
    "DeleteUserMembershipInAccountResponse",
    "DeleteUserMembershipInConnectionResponse",
    "DeleteUserMembershipInGroupResponse",
    "DeleteUserResponse",
    "DeleteWebhookResponse",
    "Destination",
    "DestinationConfigType0",
    "DestinationConfiguration",
    "DestinationDetailsResponse",
    "DestinationExternalSecretsKeysConfigType0",
    "DestinationResponse",
    "DropColumnSchemaRequest",
    "DropColumnSchemaRequestTables",
    "DropColumnsRequest",
    "DropColumnsRequestSchemas",
    "DropColumnsTableRequest",
    "ExternalSecretsManager",
    "ExternalSecretsManagerConfigType0",
    "ExternalSecretsManagerConfigType0AdditionalProperty",
    "ExternalSecretsManagerEntity",
    "Feature",
    "Fingerprint",
    "GetAccountInfoResponse",
    "GetAccountLogServiceDetailsResponse",
    "GetConnectionCertificateDetailsResponse",
    "GetConnectionCertificatesListResponse",
    "GetConnectionCertificatesListResponseData",
    "GetConnectionFingerprintDetailsResponse",
    "GetConnectionFingerprintsListResponse",
    "GetConnectionFingerprintsListResponseData",
    "GetConnectorSdkPackageResponse",
    "GetDestinationCertificateDetailsResponse",
    "GetDestinationCertificatesListResponse",
    "GetDestinationCertificatesListResponseData",
    "GetDestinationFingerprintDetailsResponse",
    "GetDestinationFingerprintsListResponse",
    "GetDestinationFingerprintsListResponseData",
    "GetEsmDetailsResponse",
    "GetEsmEntitiesResponse",
    "GetEsmEntitiesResponseData",
    "GetHybridDeploymentAgentListResponse",
    "GetHybridDeploymentAgentListResponseData",
    "GetHybridDeploymentAgentResponse",
    "GetLogServiceDetailsResponse",
    "GetPrivateLinkDetailsResponse",
    "GetPrivateLinksResponse",
    "GetPrivateLinksResponseData",
    "GetProxyAgentConnectionsResponse",
    "GetProxyAgentConnectionsResponseData",
    "GetProxyAgentDetailsResponse",
    "GetProxyAgentResponse",
    "GetProxyAgentResponseData",
    "GetSystemKeyDetailsResponse",
    "GetSystemKeysResponse",
    "GetSystemKeysResponseData",
    "GetTeamMembershipInConnectionResponse",
    "GetTeamMembershipInGroupResponse",
    "GetTeamMembershipsInConnectionsResponse",
    "GetTeamMembershipsInConnectionsResponseData",
    "GetTeamMembershipsInGroupsResponse",
    "GetTeamMembershipsInGroupsResponseData",
    "GetUserInTeamResponse",
    "GetUserMembershipInConnectionsResponse",
    "GetUserMembershipInGroupResponse",
    "GetUserMembershipsInConnectionsResponse",
    "GetUserMembershipsInConnectionsResponseData",
    "GetUserMembershipsInGroupsResponse",
    "GetUserMembershipsInGroupsResponseData",
    "Group",
    "GroupDetailsResponse",
    "GroupMembershipRequest",
    "GroupPublicKey",
    "GroupServiceAccount",
    "GroupServiceAccountResponseEnvelope",
    "GroupSshPublicKeyResponse",
    "HvrHubRegistrationRequest",
    "HvrHubRegistrationResponse",
    "HvrRegisterHubResponse",
    "HybridDeploymentAgent",
    "HybridDeploymentAgentCreateRequest",
    "HybridDeploymentAgentCreateRequestAuthType",
    "HybridDeploymentAgentCreateRequestEnvType",
    "HybridDeploymentAgentCredentials",
    "HybridDeploymentAgentFilesResponse",
    "HybridDeploymentAgentReAuthRequest",
    "HybridDeploymentAgentReAuthRequestAuthType",
    "HybridDeploymentAgentUsageResponse",
    "JsonNode",
    "ListAllConnectionsInGroupResponse",
    "ListAllConnectionsInGroupResponseData",
    "ListAllGroupsResponse",
    "ListAllGroupsResponseData",
    "ListAllRolesResponse",
    "ListAllRolesResponseData",
    "ListAllTeamsResponse",
    "ListAllTeamsResponseData",
    "ListAllTransformationProjectsResponse",
    "ListAllTransformationProjectsResponseData",
    "ListAllUsersInGroupResponse",
    "ListAllUsersInGroupResponseData",
    "ListAllUsersResponse",
    "ListAllUsersResponseData",
    "ListAllWebhooksResponse",
    "ListAllWebhooksResponseData",
    "ListConnectionsResponse",
    "ListConnectionsResponseData",
    "ListConnectorSdkPackagesResponse",
    "ListConnectorSdkPackagesResponseData",
    "ListDestinationsResponse",
    "ListDestinationsResponseData",
    "ListEsmEntitiesResponse",
    "ListEsmEntitiesResponseData",
    "ListEsmsResponse",
    "ListEsmsResponseData",
    "ListLogServicesResponse",
    "ListLogServicesResponseData",
    "ListUsersInTeamResponse",
    "ListUsersInTeamResponseData",
    "LogAlert",
    "LogService",
    "LogServiceDetails",
    "LogServiceDetailsConfigType0",
    "LogServiceSetupTests",
    "LogStatusResponse",
    "Membership",
    "MembershipRequest",
    "MembershipRequestAddTeamMembershipInGroup",
    "MembershipRequestAddUserMembershipInConnection",
    "MetadataConnectorConfigResponse",
    "MetadataConnectorsResponse",
    "MetadataConnectorsResponseData",
    "MetadataPublicConnectorsResponse",
    "ModifyConnectionColumnConfigResponse",
    "ModifyConnectionDatabaseSchemaConfigResponse",
    "ModifyConnectionResponse",
    "ModifyConnectionSchemaConfigResponse",
    "ModifyConnectionStateResponse",
    "ModifyConnectionTableConfigResponse",
    "ModifyDestinationResponse",
    "ModifyEsmResponse",
    "ModifyGroupResponse",
    "ModifyPrivateLinkResponse",
    "ModifyTeamResponse",
    "ModifyTransformationProjectResponse",
    "ModifyUserResponse",
    "ModifyWebhookResponse",
    "NewConnectorRequestV1",
    "NewConnectorRequestV1AuthType0",
    "NewConnectorRequestV1ConfigType0",
    "NewConnectorRequestV1DataDelaySensitivity",
    "NewConnectorRequestV1DestinationSchemaNames",
    "NewConnectorRequestV1ExternalSecretsKeysConfigType0",
    "NewConnectorRequestV1NetworkingMethod",
    "NewConnectorRequestV1ScheduleType",
    "NewConnectorRequestV1SyncFrequency",
    "NewDestinationRequest",
    "NewDestinationRequestConfigType0",
    "NewDestinationRequestExternalSecretsKeysConfigType0",
    "NewDestinationRequestNetworkingMethod",
    "NewDestinationRequestRegion",
    "NewDestinationRequestTimeZoneOffset",
    "NewGroupRequest",
    "NewSystemKeyRequest",
    "NewSystemKeyRequestExpirationPeriod",
    "NewTransformationProjectRequest",
    "NewTransformationProjectRequestProjectConfigType0",
    "NewTransformationProjectRequestType",
    "NewTransformationRequest",
    "NewTransformationRequestTransformationConfigType0",
    "NewTransformationRequestType",
    "NewUserRequest",
    "PreCreateConnectionSchemaConfigResponse",
    "PrivateLink",
    "PrivateLinkConfigType0",
    "PrivateLinkCreateRequest",
    "PrivateLinkCreateRequestConfig",
    "PrivateLinkCreateRequestRegion",
    "PrivateLinkCreateRequestService",
    "PrivateLinkUpdateRequest",
    "PrivateLinkUpdateRequestConfigType0",
    "ProxyAgent",
    "ProxyAgentConnection",
    "ProxyAgentDetails",
    "ProxyAgentSecrets",
    "ProxyAgentUsageResponse",
    "ProxyParamRequest",
    "ProxyParamRequestGroupRegion",
    "ReAuthHybridDeploymentAgentResponse",
    "RegenerateSecretsProxyAgentResponse",
    "ReloadConnectionSchemaConfigResponse",
    "ReloadStandardConfigRequest",
    "ResetHybridDeploymentAgentCredentialsResponse",
    "ResyncConnectionResponse",
    "ResyncConnectorRequest",
    "ResyncConnectorRequestScopeType0",
    "ResyncTablesBody",
    "ResyncTablesResponse",
    "RevokeConnectionCertificateResponse",
    "RevokeConnectionFingerprintResponse",
    "RevokeDestinationCertificateResponse",
    "RevokeDestinationFingerprintResponse",
    "Role",
    "RotateSystemKeyRequest",
    "RotateSystemKeyRequestExpirationPeriod",
    "RotateSystemKeyResponse",
    "RunDestinationSetupTestsResponse",
    "RunSetupTestsAccountLogServiceResponse",
    "RunSetupTestsLogServiceResponse",
    "RunSetupTestsRequest",
    "RunSetupTestsRequestRunDestinationSetupTests",
    "RunSetupTestsResponse",
    "RunTransformationRequest",
    "RunTransformationResponse",
    "SchemaConfigResponse",
    "SchemaConfigResponseTables",
    "SchemaUpdateRequest",
    "SchemaUpdateRequestTablesType0",
    "SecretsManagerCreateRequest",
    "SecretsManagerCreateRequestType",
    "SecretsManagerUpdateRequest",
    "SetupTestResult",
    "StandardConfigCreateRequest",
    "StandardConfigCreateRequestSchemaChangeHandling",
    "StandardConfigCreateRequestSchemas",
    "StandardConfigResponse",
    "StandardConfigResponseSchemas",
    "StandardConfigUpdateRequest",
    "StandardConfigUpdateRequestSchemaChangeHandling",
    "StandardConfigUpdateRequestSchemasType0",
    "SyncConnectionResponse",
    "SyncConnectorRequest",
    "SystemKey",
    "SystemKeyPermissionRequest",
    "SystemKeyPermissionRequestAccessLevel",
    "SystemKeyPermissionRequestResourceType",
    "SystemKeyPermissionResourceFilter",
    "SystemKeyPermissionResponse",
    "TableColumnsConfigResponse",
    "TableColumnsConfigResponseColumns",
    "TableConfigResponse",
    "TableConfigResponseColumns",
    "TableEnabledPatchSettings",
    "TableUpdateRequest",
    "TableUpdateRequestColumnsType0",
    "TableUpdateRequestSyncMode",
    "Team",
    "TeamDetailsResponse",
    "TeamMembership",
    "TeamMembershipRequest",
    "TeamRequest",
    "TestTransformationProjectResponse",
    "TestWebhookResponse",
    "Transformation",
    "TransformationDetailsResponse",
    "TransformationPackage",
    "TransformationPackageConfigurableVariablesType0",
    "TransformationPackageMetadataDetailsResponse",
    "TransformationPackageMetadataListResponse",
    "TransformationPackageMetadataListResponseData",
    "TransformationProject",
    "TransformationProjectDetails",
    "TransformationProjectDetailsProjectConfigType0",
    "TransformationProjectDetailsResponseEnvelope",
    "TransformationSchedule",
    "TransformationTransformationConfigType0",
    "TransformationsListResponse",
    "TransformationsListResponseData",
    "TransformationsListType",
    "TrustCertificateRequest",
    "UpdateAccountLogServiceResponse",
    "UpdateConnectorRequest",
    "UpdateConnectorRequestDataDelaySensitivity",
    "UpdateConnectorRequestNetworkingMethod",
    "UpdateConnectorRequestScheduleType",
    "UpdateConnectorRequestSchemaStatus",
    "UpdateConnectorRequestSyncFrequency",
    "UpdateConnectorSdkPackageBody",
    "UpdateConnectorSdkPackageResponse",
    "UpdateDestinationRequest",
    "UpdateDestinationRequestNetworkingMethod",
    "UpdateDestinationRequestRegion",
    "UpdateDestinationRequestTimeZoneOffset",
    "UpdateFunctionOrConnectorSdkState",
    "UpdateGroupRequest",
    "UpdateLogRequest",
    "UpdateLogRequestUpdateLogService",
    "UpdateLogServiceResponse",
    "UpdateMembershipRequest",
    "UpdateMembershipRequestUpdateTeamMembershipInGroup",
    "UpdateMembershipRequestUpdateUserMembership",
    "UpdateMembershipRequestUpdateUserMembershipInConnection",
    "UpdateMembershipRequestUpdateUserMembershipInGroup",
    "UpdateSystemKeyRequest",
    "UpdateSystemKeyResponse",
    "UpdateTeamMembershipInConnectionResponse",
    "UpdateTeamMembershipInGroupResponse",
    "UpdateTeamRequest",
    "UpdateTransformationProjectRequest",
    "UpdateTransformationProjectRequestProjectConfigType0",
    "UpdateTransformationRequest",
    "UpdateTransformationRequestTransformationConfigType0",
    "UpdateTransformationResponse",
    "UpdateUserMembershipInConnectionResponse",
    "UpdateUserMembershipInGroupResponse",
    "UpdateUserMembershipResponse",
    "UpdateUserRequest",
    "UpgradeTransformationPackageResponse",
    "User",
    "UserDetailsResponse",
    "Webhook",
    "WebhookDetailsResponse",
    "WebhookRequest",
    "WebhookRequestCreateGroupWebhook",
    "WebhookRequestModifyWebhook",
    "WebhookTestRequest",
    "WebhookTestResult",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
