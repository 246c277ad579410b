from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_node import JsonNode
    from ..types import UNSET, Unset

__all__ = ["UpdateLogRequestUpdateLogService"]


class UpdateLogRequestUpdateLogService(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        enabled (bool | None | Unset): The boolean value specifying whether the log service is enabled. Example: True.
        config (JsonNode | None | Unset):
        run_setup_tests (bool | None | Unset): When `true`, Fivetran runs setup tests immediately after creating or
            updating the log service and returns the results in the `setup_tests` field of the response. Defaults to
            `false`. Example: False.
    """

    enabled: Field[bool | None | Unset] = Field("enabled")
    config: Field[JsonNode | None | Unset] = Field("config", Nested("json_node", "JsonNode"))
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")

    def __init__(
        self,
        *,
        enabled: bool | None | Unset = UNSET,
        config: JsonNode | None | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "enabled": enabled,
                "config": config,
                "run_setup_tests": run_setup_tests,
            }
        )
