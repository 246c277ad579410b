from enum import StrEnum


class TableUpdateRequestSyncMode(StrEnum):
    HISTORY = "HISTORY"
    LIVE = "LIVE"
    SOFT_DELETE = "SOFT_DELETE"

    def __str__(self) -> str:
        return str(self.value)
