from enum import StrEnum


class NewDestinationRequestTimeZoneOffset(StrEnum):
    VALUE_0 = "-11"
    VALUE_1 = "-10"
    VALUE_10 = "-1"
    VALUE_11 = "0"
    VALUE_12 = "+1"
    VALUE_13 = "+2"
    VALUE_14 = "+3"
    VALUE_15 = "+4"
    VALUE_16 = "+5"
    VALUE_17 = "+6"
    VALUE_18 = "+7"
    VALUE_19 = "+8"
    VALUE_2 = "-9"
    VALUE_20 = "+9"
    VALUE_21 = "+10"
    VALUE_22 = "+11"
    VALUE_23 = "+12"
    VALUE_3 = "-8"
    VALUE_4 = "-7"
    VALUE_5 = "-6"
    VALUE_6 = "-5"
    VALUE_7 = "-4"
    VALUE_8 = "-3"
    VALUE_9 = "-2"

    def __str__(self) -> str:
        return str(self.value)
