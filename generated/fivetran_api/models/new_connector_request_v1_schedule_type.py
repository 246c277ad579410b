from enum import StrEnum


class NewConnectorRequestV1ScheduleType(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
