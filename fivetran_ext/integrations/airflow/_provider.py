"""Airflow provider metadata: the connection type and its form, readable without importing Airflow.

Registered as the ``apache_airflow_provider`` entry point of the distribution, so Airflow lists the
``fivetran_ext`` connection type (with its fields relabelled "API key"/"API secret") once the extra is
installed.
"""

from __future__ import annotations

from typing import Any

from ..._version import __version__

__all__ = ["CONNECTION_TYPE", "get_provider_info"]

CONNECTION_TYPE = "fivetran_ext"
HOOK = "fivetran_ext.integrations.airflow.hooks.FivetranHook"

UI_FIELD_BEHAVIOUR: dict[str, Any] = {
    "hidden_fields": ["schema", "port"],
    "relabeling": {"login": "API key", "password": "API secret", "host": "Base URL"},
    "placeholders": {"host": "https://api.fivetran.com (leave empty)", "login": "Fivetran API key"},
}


def get_provider_info() -> dict[str, Any]:
    """What Airflow's providers manager reads from the entry point."""
    return {
        "package-name": "fivetran-ext",
        "name": "Fivetran (fivetran-ext)",
        "description": "Fivetran syncs as Airflow tasks: sync-and-wait and deferrable operators, freshness sensor.",
        "versions": [__version__],
        "connection-types": [
            {
                "connection-type": CONNECTION_TYPE,
                "hook-class-name": HOOK,
                "hook-name": "Fivetran (fivetran-ext)",
                "ui-field-behaviour": {
                    "hidden-fields": UI_FIELD_BEHAVIOUR["hidden_fields"],
                    "relabeling": UI_FIELD_BEHAVIOUR["relabeling"],
                    "placeholders": UI_FIELD_BEHAVIOUR["placeholders"],
                },
                "conn-fields": {
                    "timeout": {
                        "label": "Request timeout (seconds)",
                        "schema": {"type": ["number", "null"], "minimum": 1},
                    },
                    "max_retries": {
                        "label": "Retries of a failed request",
                        "schema": {"type": ["integer", "null"], "minimum": 0},
                    },
                    "share_rate_limit": {
                        "label": "Share one rate-limit budget per account in each process",
                        "schema": {"type": ["boolean", "null"], "default": True},
                    },
                    "redis_url": {
                        "label": "Redis URL: one rate budget and run claims across processes",
                        "schema": {"type": ["string", "null"]},
                    },
                    "redis_namespace": {
                        "label": "Redis namespace (one per Fivetran account)",
                        "schema": {"type": ["string", "null"]},
                    },
                },
            }
        ],
        "triggers": [
            {
                "integration-name": "Fivetran (fivetran-ext)",
                "python-modules": ["fivetran_ext.integrations.airflow.triggers"],
            }
        ],
    }
