from enum import StrEnum


class SecretsManagerCreateRequestType(StrEnum):
    AWS_SECRET_MANAGER = "AWS_SECRET_MANAGER"
    AZURE_KEY_VAULT = "AZURE_KEY_VAULT"
    HASHICORP_VAULT = "HASHICORP_VAULT"

    def __str__(self) -> str:
        return str(self.value)
