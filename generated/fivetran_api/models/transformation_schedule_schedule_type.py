from enum import StrEnum


class TransformationScheduleScheduleType(StrEnum):
    CRON = "CRON"
    INTEGRATED = "INTEGRATED"
    INTERVAL = "INTERVAL"
    TIME_OF_DAY = "TIME_OF_DAY"

    def __str__(self) -> str:
        return str(self.value)
