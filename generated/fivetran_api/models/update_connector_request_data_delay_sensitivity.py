from enum import StrEnum


class UpdateConnectorRequestDataDelaySensitivity(StrEnum):
    CUSTOM = "CUSTOM"
    HIGH = "HIGH"
    LOW = "LOW"
    NORMAL = "NORMAL"
    SYNC_FREQUENCY = "SYNC_FREQUENCY"

    def __str__(self) -> str:
        return str(self.value)
