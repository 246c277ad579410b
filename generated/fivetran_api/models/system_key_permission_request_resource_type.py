from enum import StrEnum


class SystemKeyPermissionRequestResourceType(StrEnum):
    ACCOUNT = "ACCOUNT"
    CONNECTOR = "CONNECTOR"
    DESTINATION = "DESTINATION"
    REMOTE_EXECUTION_AGENT = "REMOTE_EXECUTION_AGENT"
    ROLES = "ROLES"
    TEAM = "TEAM"
    TRANSFORMATION = "TRANSFORMATION"
    USER = "USER"
    WEBHOOK = "WEBHOOK"

    def __str__(self) -> str:
        return str(self.value)
