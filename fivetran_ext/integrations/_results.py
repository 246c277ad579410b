"""What the orchestrator integrations report about a sync: a JSON-safe result and one readable failure line.

Airflow keeps task results as XCom (JSON) and Dagster as metadata, so an outcome is flattened into plain
JSON values here, once, for both. The failure line names the connection, how the sync ended and Fivetran's
own reason (the first task or warning message): users of the existing integrations see only "failed".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._errors import FivetranError
from .._sync_status import SyncProblem, SyncStatus, first_message
from .._sync_wait import SyncOutcome

__all__ = ["SyncFailedError", "failure_message", "status_result", "sync_result"]


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _problems(problems: tuple[SyncProblem, ...]) -> list[dict[str, str]]:
    # Details are free-form (text or objects) and can be large: the code and message say what happened.
    return [{"code": problem.code, "message": problem.message} for problem in problems]


def status_result(status: SyncStatus, connection_id: str, state: str, reason: str | None = None) -> dict[str, Any]:
    """What one status read shows, as JSON values, with the caller's verdict as ``state``.

    Keys: ``connection_id``, ``state``, ``succeeded`` (``state == "succeeded"``), ``reason`` (the given one,
    else Fivetran's first task or warning message), ``succeeded_at``, ``failed_at``, ``rescheduled_for``
    (ISO-8601 or None), ``tasks`` and ``warnings`` (``[{"code": ..., "message": ...}]``).
    """
    return {
        "connection_id": connection_id,
        "state": state,
        "succeeded": state == "succeeded",
        "reason": reason or first_message(status.tasks, status.warnings),
        "succeeded_at": _when(status.succeeded_at),
        "failed_at": _when(status.failed_at),
        "rescheduled_for": _when(status.rescheduled_for),
        "tasks": _problems(status.tasks),
        "warnings": _problems(status.warnings),
    }


def sync_result(outcome: SyncOutcome, connection_id: str) -> dict[str, Any]:
    """An orchestrated sync's outcome as JSON values only (strings, numbers, booleans, None, lists, dicts).

    `status_result`'s keys (``reason`` is the outcome's), plus ``completed_at`` (for succeeded and failed),
    ``baseline`` (the completion time read before the trigger), ``triggers`` (0: nothing was sent, e.g.
    already fresh), ``polls`` and ``elapsed`` (seconds).
    """
    result = status_result(outcome.status, connection_id, str(outcome.kind), outcome.reason)
    result.update(
        completed_at=_when(outcome.completed_at),
        rescheduled_for=_when(outcome.rescheduled_for),
        baseline=_when(outcome.baseline),
        triggers=outcome.triggers,
        polls=outcome.polls,
        elapsed=round(outcome.elapsed, 3),
    )
    return result


def failure_message(result: Mapping[str, Any]) -> str:
    """One line saying which connection's sync ended how, and why (as far as Fivetran says).

    Example:
        >>> failure_message({"connection_id": "decent_dropsy", "state": "failed", "reason": "Bad password",
        ...                  "tasks": [{"code": "auth", "message": "Bad password"}], "rescheduled_for": None})
        'Fivetran sync of connection decent_dropsy ended failed: Bad password (tasks: auth: Bad password)'
    """
    line = f"Fivetran sync of connection {result['connection_id']} ended {result['state']}"
    if result.get("reason"):
        line += f": {result['reason']}"
    if result.get("rescheduled_for"):
        line += f" (rescheduled for {result['rescheduled_for']})"
    tasks = result.get("tasks") or []
    if tasks:
        line += " (tasks: " + "; ".join(f"{task['code']}: {task['message']}" for task in tasks) + ")"
    return line


class SyncFailedError(FivetranError):
    """A sync an orchestrator waited for did not succeed.

    Attributes:
        result: The JSON-safe result (`sync_result`): state, reason, tasks, warnings, timestamps.
    """

    type = "sync_failed"

    def __init__(self, result: Mapping[str, Any]) -> None:
        super().__init__(failure_message(result))
        self.result = dict(result)
