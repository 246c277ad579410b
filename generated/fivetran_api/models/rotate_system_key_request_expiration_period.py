from enum import StrEnum


class RotateSystemKeyRequestExpirationPeriod(StrEnum):
    INFINITE = "INFINITE"
    ONE_MONTH = "ONE_MONTH"
    ONE_WEEK = "ONE_WEEK"
    SIX_MONTHS = "SIX_MONTHS"
    THREE_MONTHS = "THREE_MONTHS"

    def __str__(self) -> str:
        return str(self.value)
