"""The generated request models and enums the resources use, each imported the first time it is looked up.

Resource modules read them as attributes of this module (``request_models.NewGroupRequest``) inside the
call builders, never at import time. When a regeneration removes one (Fivetran dropped the operation that
took it), only the methods that build it fail, with `OperationUnavailableError`; the resource module, the
rest of its methods and ``import fivetran_ext`` keep working. The enum classes serve as the known values a
method checks arguments against (``choice(...)``).

mypy reads the imports below, so each name keeps its precise type. At run time the names come from
``_MODULES``: a generated module holds the class named by its camel-cased name
(``new_connector_request_v1`` holds ``NewConnectorRequestV1``). A test checks that the two lists agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._generated import LazyClasses, class_of_module

if TYPE_CHECKING:
    from fivetran_api.models.add_account_log_request import AddAccountLogRequest
    from fivetran_api.models.add_log_request import AddLogRequest
    from fivetran_api.models.add_user_to_group_request import AddUserToGroupRequest
    from fivetran_api.models.approve_certificate_request import ApproveCertificateRequest
    from fivetran_api.models.approve_certificate_request_approve_destination_certificate import (
        ApproveCertificateRequestApproveDestinationCertificate,
    )
    from fivetran_api.models.approve_fingerprint_request import ApproveFingerprintRequest
    from fivetran_api.models.approve_fingerprint_request_approve_destination_fingerprint import (
        ApproveFingerprintRequestApproveDestinationFingerprint,
    )
    from fivetran_api.models.column_update_request import ColumnUpdateRequest
    from fivetran_api.models.connect_card_config_request import ConnectCardConfigRequest
    from fivetran_api.models.create_connector_sdk_package_body import CreateConnectorSdkPackageBody
    from fivetran_api.models.drop_columns_request import DropColumnsRequest
    from fivetran_api.models.group_membership_request import GroupMembershipRequest
    from fivetran_api.models.hybrid_deployment_agent_create_request import HybridDeploymentAgentCreateRequest
    from fivetran_api.models.hybrid_deployment_agent_create_request_auth_type import (
        HybridDeploymentAgentCreateRequestAuthType,
    )
    from fivetran_api.models.hybrid_deployment_agent_create_request_env_type import (
        HybridDeploymentAgentCreateRequestEnvType,
    )
    from fivetran_api.models.hybrid_deployment_agent_re_auth_request import HybridDeploymentAgentReAuthRequest
    from fivetran_api.models.hybrid_deployment_agent_re_auth_request_auth_type import (
        HybridDeploymentAgentReAuthRequestAuthType,
    )
    from fivetran_api.models.membership_request import MembershipRequest
    from fivetran_api.models.membership_request_add_team_membership_in_group import (
        MembershipRequestAddTeamMembershipInGroup,
    )
    from fivetran_api.models.membership_request_add_user_membership_in_connection import (
        MembershipRequestAddUserMembershipInConnection,
    )
    from fivetran_api.models.new_connector_request_v1 import NewConnectorRequestV1
    from fivetran_api.models.new_connector_request_v1_data_delay_sensitivity import (
        NewConnectorRequestV1DataDelaySensitivity,
    )
    from fivetran_api.models.new_connector_request_v1_destination_schema_names import (
        NewConnectorRequestV1DestinationSchemaNames,
    )
    from fivetran_api.models.new_connector_request_v1_networking_method import NewConnectorRequestV1NetworkingMethod
    from fivetran_api.models.new_connector_request_v1_schedule_type import NewConnectorRequestV1ScheduleType
    from fivetran_api.models.new_destination_request import NewDestinationRequest
    from fivetran_api.models.new_destination_request_networking_method import NewDestinationRequestNetworkingMethod
    from fivetran_api.models.new_destination_request_region import NewDestinationRequestRegion
    from fivetran_api.models.new_destination_request_time_zone_offset import NewDestinationRequestTimeZoneOffset
    from fivetran_api.models.new_group_request import NewGroupRequest
    from fivetran_api.models.new_system_key_request import NewSystemKeyRequest
    from fivetran_api.models.new_system_key_request_expiration_period import NewSystemKeyRequestExpirationPeriod
    from fivetran_api.models.new_transformation_project_request import NewTransformationProjectRequest
    from fivetran_api.models.new_transformation_project_request_type import NewTransformationProjectRequestType
    from fivetran_api.models.new_transformation_request import NewTransformationRequest
    from fivetran_api.models.new_transformation_request_type import NewTransformationRequestType
    from fivetran_api.models.new_user_request import NewUserRequest
    from fivetran_api.models.private_link_create_request import PrivateLinkCreateRequest
    from fivetran_api.models.private_link_create_request_region import PrivateLinkCreateRequestRegion
    from fivetran_api.models.private_link_create_request_service import PrivateLinkCreateRequestService
    from fivetran_api.models.private_link_update_request import PrivateLinkUpdateRequest
    from fivetran_api.models.proxy_param_request import ProxyParamRequest
    from fivetran_api.models.proxy_param_request_group_region import ProxyParamRequestGroupRegion
    from fivetran_api.models.reload_standard_config_request import ReloadStandardConfigRequest
    from fivetran_api.models.resync_connector_request import ResyncConnectorRequest
    from fivetran_api.models.resync_tables_body import ResyncTablesBody
    from fivetran_api.models.rotate_system_key_request import RotateSystemKeyRequest
    from fivetran_api.models.rotate_system_key_request_expiration_period import RotateSystemKeyRequestExpirationPeriod
    from fivetran_api.models.run_setup_tests_request import RunSetupTestsRequest
    from fivetran_api.models.run_setup_tests_request_run_destination_setup_tests import (
        RunSetupTestsRequestRunDestinationSetupTests,
    )
    from fivetran_api.models.run_transformation_request import RunTransformationRequest
    from fivetran_api.models.schema_update_request import SchemaUpdateRequest
    from fivetran_api.models.secrets_manager_create_request import SecretsManagerCreateRequest
    from fivetran_api.models.secrets_manager_create_request_type import SecretsManagerCreateRequestType
    from fivetran_api.models.secrets_manager_update_request import SecretsManagerUpdateRequest
    from fivetran_api.models.standard_config_create_request import StandardConfigCreateRequest
    from fivetran_api.models.standard_config_update_request import StandardConfigUpdateRequest
    from fivetran_api.models.standard_config_update_request_schema_change_handling import (
        StandardConfigUpdateRequestSchemaChangeHandling,
    )
    from fivetran_api.models.sync_connector_request import SyncConnectorRequest
    from fivetran_api.models.system_key_permission_request import SystemKeyPermissionRequest
    from fivetran_api.models.system_key_permission_request_access_level import SystemKeyPermissionRequestAccessLevel
    from fivetran_api.models.system_key_permission_request_resource_type import SystemKeyPermissionRequestResourceType
    from fivetran_api.models.table_update_request import TableUpdateRequest
    from fivetran_api.models.table_update_request_sync_mode import TableUpdateRequestSyncMode
    from fivetran_api.models.team_membership_request import TeamMembershipRequest
    from fivetran_api.models.team_request import TeamRequest
    from fivetran_api.models.transformations_list_type import TransformationsListType
    from fivetran_api.models.trust_certificate_request import TrustCertificateRequest
    from fivetran_api.models.update_connector_request import UpdateConnectorRequest
    from fivetran_api.models.update_connector_sdk_package_body import UpdateConnectorSdkPackageBody
    from fivetran_api.models.update_destination_request import UpdateDestinationRequest
    from fivetran_api.models.update_function_or_connector_sdk_state import UpdateFunctionOrConnectorSdkState
    from fivetran_api.models.update_group_request import UpdateGroupRequest
    from fivetran_api.models.update_log_request import UpdateLogRequest
    from fivetran_api.models.update_log_request_update_log_service import UpdateLogRequestUpdateLogService
    from fivetran_api.models.update_membership_request import UpdateMembershipRequest
    from fivetran_api.models.update_membership_request_update_team_membership_in_group import (
        UpdateMembershipRequestUpdateTeamMembershipInGroup,
    )
    from fivetran_api.models.update_membership_request_update_user_membership import (
        UpdateMembershipRequestUpdateUserMembership,
    )
    from fivetran_api.models.update_membership_request_update_user_membership_in_connection import (
        UpdateMembershipRequestUpdateUserMembershipInConnection,
    )
    from fivetran_api.models.update_membership_request_update_user_membership_in_group import (
        UpdateMembershipRequestUpdateUserMembershipInGroup,
    )
    from fivetran_api.models.update_system_key_request import UpdateSystemKeyRequest
    from fivetran_api.models.update_team_request import UpdateTeamRequest
    from fivetran_api.models.update_transformation_project_request import UpdateTransformationProjectRequest
    from fivetran_api.models.update_transformation_request import UpdateTransformationRequest
    from fivetran_api.models.update_user_request import UpdateUserRequest
    from fivetran_api.models.webhook_request import WebhookRequest
    from fivetran_api.models.webhook_request_create_group_webhook import WebhookRequestCreateGroupWebhook
    from fivetran_api.models.webhook_request_modify_webhook import WebhookRequestModifyWebhook
    from fivetran_api.models.webhook_test_request import WebhookTestRequest

_MODULES = (
    "add_account_log_request",
    "add_log_request",
    "add_user_to_group_request",
    "approve_certificate_request",
    "approve_certificate_request_approve_destination_certificate",
    "approve_fingerprint_request",
    "approve_fingerprint_request_approve_destination_fingerprint",
    "column_update_request",
    "connect_card_config_request",
    "create_connector_sdk_package_body",
    "drop_columns_request",
    "group_membership_request",
    "hybrid_deployment_agent_create_request",
    "hybrid_deployment_agent_create_request_auth_type",
    "hybrid_deployment_agent_create_request_env_type",
    "hybrid_deployment_agent_re_auth_request",
    "hybrid_deployment_agent_re_auth_request_auth_type",
    "membership_request",
    "membership_request_add_team_membership_in_group",
    "membership_request_add_user_membership_in_connection",
    "new_connector_request_v1",
    "new_connector_request_v1_data_delay_sensitivity",
    "new_connector_request_v1_destination_schema_names",
    "new_connector_request_v1_networking_method",
    "new_connector_request_v1_schedule_type",
    "new_destination_request",
    "new_destination_request_networking_method",
    "new_destination_request_region",
    "new_destination_request_time_zone_offset",
    "new_group_request",
    "new_system_key_request",
    "new_system_key_request_expiration_period",
    "new_transformation_project_request",
    "new_transformation_project_request_type",
    "new_transformation_request",
    "new_transformation_request_type",
    "new_user_request",
    "private_link_create_request",
    "private_link_create_request_region",
    "private_link_create_request_service",
    "private_link_update_request",
    "proxy_param_request",
    "proxy_param_request_group_region",
    "reload_standard_config_request",
    "resync_connector_request",
    "resync_tables_body",
    "rotate_system_key_request",
    "rotate_system_key_request_expiration_period",
    "run_setup_tests_request",
    "run_setup_tests_request_run_destination_setup_tests",
    "run_transformation_request",
    "schema_update_request",
    "secrets_manager_create_request",
    "secrets_manager_create_request_type",
    "secrets_manager_update_request",
    "standard_config_create_request",
    "standard_config_update_request",
    "standard_config_update_request_schema_change_handling",
    "sync_connector_request",
    "system_key_permission_request",
    "system_key_permission_request_access_level",
    "system_key_permission_request_resource_type",
    "table_update_request",
    "table_update_request_sync_mode",
    "team_membership_request",
    "team_request",
    "transformations_list_type",
    "trust_certificate_request",
    "update_connector_request",
    "update_connector_sdk_package_body",
    "update_destination_request",
    "update_function_or_connector_sdk_state",
    "update_group_request",
    "update_log_request",
    "update_log_request_update_log_service",
    "update_membership_request",
    "update_membership_request_update_team_membership_in_group",
    "update_membership_request_update_user_membership",
    "update_membership_request_update_user_membership_in_connection",
    "update_membership_request_update_user_membership_in_group",
    "update_system_key_request",
    "update_team_request",
    "update_transformation_project_request",
    "update_transformation_request",
    "update_user_request",
    "webhook_request",
    "webhook_request_create_group_webhook",
    "webhook_request_modify_webhook",
    "webhook_test_request",
)

_MODULE_OF = {class_of_module(module): f"fivetran_api.models.{module}" for module in _MODULES}

__all__ = [
    "AddAccountLogRequest",
    "AddLogRequest",
    "AddUserToGroupRequest",
    "ApproveCertificateRequest",
    "ApproveCertificateRequestApproveDestinationCertificate",
    "ApproveFingerprintRequest",
    "ApproveFingerprintRequestApproveDestinationFingerprint",
    "ColumnUpdateRequest",
    "ConnectCardConfigRequest",
    "CreateConnectorSdkPackageBody",
    "DropColumnsRequest",
    "GroupMembershipRequest",
    "HybridDeploymentAgentCreateRequest",
    "HybridDeploymentAgentCreateRequestAuthType",
    "HybridDeploymentAgentCreateRequestEnvType",
    "HybridDeploymentAgentReAuthRequest",
    "HybridDeploymentAgentReAuthRequestAuthType",
    "MembershipRequest",
    "MembershipRequestAddTeamMembershipInGroup",
    "MembershipRequestAddUserMembershipInConnection",
    "NewConnectorRequestV1",
    "NewConnectorRequestV1DataDelaySensitivity",
    "NewConnectorRequestV1DestinationSchemaNames",
    "NewConnectorRequestV1NetworkingMethod",
    "NewConnectorRequestV1ScheduleType",
    "NewDestinationRequest",
    "NewDestinationRequestNetworkingMethod",
    "NewDestinationRequestRegion",
    "NewDestinationRequestTimeZoneOffset",
    "NewGroupRequest",
    "NewSystemKeyRequest",
    "NewSystemKeyRequestExpirationPeriod",
    "NewTransformationProjectRequest",
    "NewTransformationProjectRequestType",
    "NewTransformationRequest",
    "NewTransformationRequestType",
    "NewUserRequest",
    "PrivateLinkCreateRequest",
    "PrivateLinkCreateRequestRegion",
    "PrivateLinkCreateRequestService",
    "PrivateLinkUpdateRequest",
    "ProxyParamRequest",
    "ProxyParamRequestGroupRegion",
    "ReloadStandardConfigRequest",
    "ResyncConnectorRequest",
    "ResyncTablesBody",
    "RotateSystemKeyRequest",
    "RotateSystemKeyRequestExpirationPeriod",
    "RunSetupTestsRequest",
    "RunSetupTestsRequestRunDestinationSetupTests",
    "RunTransformationRequest",
    "SchemaUpdateRequest",
    "SecretsManagerCreateRequest",
    "SecretsManagerCreateRequestType",
    "SecretsManagerUpdateRequest",
    "StandardConfigCreateRequest",
    "StandardConfigUpdateRequest",
    "StandardConfigUpdateRequestSchemaChangeHandling",
    "SyncConnectorRequest",
    "SystemKeyPermissionRequest",
    "SystemKeyPermissionRequestAccessLevel",
    "SystemKeyPermissionRequestResourceType",
    "TableUpdateRequest",
    "TableUpdateRequestSyncMode",
    "TeamMembershipRequest",
    "TeamRequest",
    "TransformationsListType",
    "TrustCertificateRequest",
    "UpdateConnectorRequest",
    "UpdateConnectorSdkPackageBody",
    "UpdateDestinationRequest",
    "UpdateFunctionOrConnectorSdkState",
    "UpdateGroupRequest",
    "UpdateLogRequest",
    "UpdateLogRequestUpdateLogService",
    "UpdateMembershipRequest",
    "UpdateMembershipRequestUpdateTeamMembershipInGroup",
    "UpdateMembershipRequestUpdateUserMembership",
    "UpdateMembershipRequestUpdateUserMembershipInConnection",
    "UpdateMembershipRequestUpdateUserMembershipInGroup",
    "UpdateSystemKeyRequest",
    "UpdateTeamRequest",
    "UpdateTransformationProjectRequest",
    "UpdateTransformationRequest",
    "UpdateUserRequest",
    "WebhookRequest",
    "WebhookRequestCreateGroupWebhook",
    "WebhookRequestModifyWebhook",
    "WebhookTestRequest",
]

if not TYPE_CHECKING:
    # Hidden from mypy, which would otherwise accept any name here (as Any) instead of checking it.
    __getattr__ = LazyClasses(globals(), _MODULE_OF)
