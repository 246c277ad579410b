from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["SetupTestResult"]


class SetupTestResult(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        title (None | str | Unset): A human-readable name for the setup test step. For example: Validate Login, Test
            Connection, Check Permissions. Example: Validate Login.
        status (None | str | Unset): The result of the individual setup test step. Possible values: PASSED, FAILED,
            SKIPPED. Known values: `PASSED`, `SKIPPED`, `WARNING`, `FAILED`, `JOB_FAILED` (others may appear). Example:
            FAILED.
        message (None | str | Unset): The result message for the setup test step. For example: Invalid login
            credentials. Example: Invalid login credentials..
        details (Any | Unset): Additional diagnostic information about the setup test result. Populated when the status
            is FAILED and more context is available beyond the message. Any JSON value: declared an object, sent as text, a
            list or an object.
    """

    title: Field[None | str | Unset] = Field("title")
    status: Field[None | str | Unset] = Field("status")
    message: Field[None | str | Unset] = Field("message")
    details: Field[Any | Unset] = Field("details")

    def __init__(
        self,
        *,
        title: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        details: Any | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "title": title,
                "status": status,
                "message": message,
                "details": details,
            }
        )
