from enum import StrEnum


class HybridDeploymentAgentReAuthRequestAuthType(StrEnum):
    AUTO = "AUTO"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
