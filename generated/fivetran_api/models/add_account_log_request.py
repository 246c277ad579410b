from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_node import JsonNode
    from ..types import UNSET, Unset

__all__ = ["AddAccountLogRequest"]


class AddAccountLogRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        service (None | str | Unset): The name of the log service type within the Fivetran system. We support the
            following log services: `azure_monitor_log`, `cloudwatch`, `datadog_log`, `dynatrace`, `grafana_loki`,
            `splunkLog`, `new_relic_log`, `stackdriver` (Google Cloud Logging). Example: log_service_type.
        enabled (bool | None | Unset): The boolean value specifying whether the log service is enabled. Example: True.
        config (JsonNode | None | Unset):
        run_setup_tests (bool | None | Unset): When `true`, Fivetran runs setup tests immediately after creating or
            updating the log service and returns the results in the `setup_tests` field of the response. Defaults to
            `false`. Example: False.
    """

    service: Field[None | str | Unset] = Field("service")
    enabled: Field[bool | None | Unset] = Field("enabled")
    config: Field[JsonNode | None | Unset] = Field("config", Nested("json_node", "JsonNode"))
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")

    def __init__(
        self,
        *,
        service: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        config: JsonNode | None | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "service": service,
                "enabled": enabled,
                "config": config,
                "run_setup_tests": run_setup_tests,
            }
        )
