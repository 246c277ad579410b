from enum import StrEnum


class NewConnectorRequestV1DestinationSchemaNames(StrEnum):
    FIVETRAN_NAMING = "FIVETRAN_NAMING"
    SOURCE_NAMING = "SOURCE_NAMING"

    def __str__(self) -> str:
        return str(self.value)
