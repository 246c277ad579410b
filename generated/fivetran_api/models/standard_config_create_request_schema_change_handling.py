from enum import StrEnum


class StandardConfigCreateRequestSchemaChangeHandling(StrEnum):
    ALLOW_ALL = "ALLOW_ALL"
    ALLOW_COLUMNS = "ALLOW_COLUMNS"
    BLOCK_ALL = "BLOCK_ALL"

    def __str__(self) -> str:
        return str(self.value)
