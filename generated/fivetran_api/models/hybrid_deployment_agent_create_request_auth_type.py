from enum import StrEnum


class HybridDeploymentAgentCreateRequestAuthType(StrEnum):
    AUTO = "AUTO"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
