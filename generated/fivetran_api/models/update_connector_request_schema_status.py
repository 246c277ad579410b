from enum import StrEnum


class UpdateConnectorRequestSchemaStatus(StrEnum):
    BLOCKED_ON_CAPTURE = "blocked_on_capture"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
