from enum import StrEnum


class NewTransformationProjectRequestType(StrEnum):
    DBT_CORE = "DBT_CORE"

    def __str__(self) -> str:
        return str(self.value)
