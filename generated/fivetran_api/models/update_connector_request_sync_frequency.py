from enum import IntEnum


class UpdateConnectorRequestSyncFrequency(IntEnum):
    VALUE_1 = 1
    VALUE_5 = 5
    VALUE_15 = 15
    VALUE_30 = 30
    VALUE_60 = 60
    VALUE_120 = 120
    VALUE_180 = 180
    VALUE_360 = 360
    VALUE_480 = 480
    VALUE_720 = 720
    VALUE_1440 = 1440

    def __str__(self) -> str:
        return str(self.value)
