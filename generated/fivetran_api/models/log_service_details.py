from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_service_details_config_type_0 import LogServiceDetailsConfigType0
    from ..models.log_status_response import LogStatusResponse
    from ..models.setup_test_result import SetupTestResult
    from ..types import UNSET, Unset

__all__ = ["LogServiceDetails"]


class LogServiceDetails(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the log service within the Fivetran system. Example: log_id.
        service (str): The name of the log service type within the Fivetran system. We support the following log
            services: `azure_monitor_log`, `cloudwatch`, `datadog_log`, `dynatrace`, `grafana_loki`, `splunkLog`,
            `new_relic_log`, `stackdriver` (Google Cloud Logging). Example: log_service_type.
        enabled (bool): The boolean value specifying whether the log service is enabled. Example: True.
        status (LogStatusResponse | None | Unset): Setup status of the log service. Present when a setup status exists
            for the log service.
        setup_tests (list[SetupTestResult] | None | Unset): Results of the most recent setup test run.
        config (LogServiceDetailsConfigType0 | None | Unset): Service-specific `config`, kept as a free-form mapping:
            its keys depend on `service` and change over time.
    """

    id: Field[str] = Field("id", required=True)
    service: Field[str] = Field("service", required=True)
    enabled: Field[bool] = Field("enabled", required=True)
    status: Field[LogStatusResponse | None | Unset] = Field(
        "status", Nested("log_status_response", "LogStatusResponse")
    )
    setup_tests: Field[list[SetupTestResult] | None | Unset] = Field(
        "setup_tests", ListOf(Nested("setup_test_result", "SetupTestResult"))
    )
    config: Field[LogServiceDetailsConfigType0 | None | Unset] = Field(
        "config", Nested("log_service_details_config_type_0", "LogServiceDetailsConfigType0")
    )

    def __init__(
        self,
        *,
        id: str,
        service: str,
        enabled: bool,
        status: LogStatusResponse | None | Unset = UNSET,
        setup_tests: list[SetupTestResult] | None | Unset = UNSET,
        config: LogServiceDetailsConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "service": service,
                "enabled": enabled,
                "status": status,
                "setup_tests": setup_tests,
                "config": config,
            }
        )
