from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_log_request_config_type_0 import AddLogRequestConfigType0
    from ..types import UNSET, Unset

__all__ = ["AddLogRequest"]


class AddLogRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system Example: group_id.
        service (None | str | Unset): The name of the log service type within the Fivetran system. We support the
            following log services: `azure_monitor_log`, `cloudwatch`, `datadog_log`, `dynatrace`, `grafana_loki`,
            `splunkLog`, `new_relic_log`, `stackdriver` (Google Cloud Logging). Example: log_service_type.
        enabled (bool | None | Unset): The boolean value specifying whether the log service is enabled. Example: True.
        run_setup_tests (bool | None | Unset): When `true`, Fivetran runs setup tests immediately after creating or
            updating the log service and returns the results in the `setup_tests` field of the response. Defaults to
            `false`. Example: False.
        config (AddLogRequestConfigType0 | None | Unset): Service-specific `config`, kept as a free-form mapping: its
            keys depend on `service` and change over time.
    """

    group_id: Field[None | str | Unset] = Field("group_id")
    service: Field[None | str | Unset] = Field("service")
    enabled: Field[bool | None | Unset] = Field("enabled")
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")
    config: Field[AddLogRequestConfigType0 | None | Unset] = Field(
        "config", Nested("add_log_request_config_type_0", "AddLogRequestConfigType0")
    )

    def __init__(
        self,
        *,
        group_id: None | str | Unset = UNSET,
        service: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
        config: AddLogRequestConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "group_id": group_id,
                "service": service,
                "enabled": enabled,
                "run_setup_tests": run_setup_tests,
                "config": config,
            }
        )
