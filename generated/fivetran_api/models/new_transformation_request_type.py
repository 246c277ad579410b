from enum import StrEnum


class NewTransformationRequestType(StrEnum):
    DBT_CORE = "DBT_CORE"
    QUICKSTART = "QUICKSTART"

    def __str__(self) -> str:
        return str(self.value)
