from enum import StrEnum


class SystemKeyPermissionRequestAccessLevel(StrEnum):
    MANAGE = "MANAGE"
    NONE = "NONE"
    READ = "READ"

    def __str__(self) -> str:
        return str(self.value)
