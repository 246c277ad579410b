from enum import StrEnum


class UpdateConnectorRequestScheduleType(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
