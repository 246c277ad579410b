from enum import StrEnum


class HybridDeploymentAgentCreateRequestEnvType(StrEnum):
    DOCKER = "DOCKER"
    KUBERNETES = "KUBERNETES"
    PODMAN = "PODMAN"
    SNOWPARK = "SNOWPARK"

    def __str__(self) -> str:
        return str(self.value)
