"""Example-backed operations: every spec operation the fake does not model answers its example.

The examples come from ``fivetran_api/_examples.json``, which the generator synthesizes from the spec's
schemas and examples (one success body per operation), so the answers are valid against the spec's
response schemas. ``next_cursor`` is dropped so a client paging through an example list stops after
one page. Operations under a stateful parent (``/v1/connections/{connectionId}/certificates``, ...)
first check that the parent exists, so a typo'd id still gets a 404.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from typing import Any

from ._context import RequestContext
from ._replies import Reply
from ._router import Router
from ._wire import json_response

__all__ = ["Example", "examples", "register_examples"]

# Path prefix → (parameter, table name in the store) for parents whose existence is checked.
_PARENTS = {
    "/v1/connections/{connectionId}/": ("connectionId", "connections"),
    "/v1/destinations/{destinationId}/": ("destinationId", "destinations"),
    "/v1/groups/{groupId}/": ("groupId", "groups"),
    "/v1/users/{userId}/": ("userId", "users"),
    "/v1/webhooks/{webhookId}/": ("webhookId", "webhooks"),
}


@dataclass(frozen=True)
class Example:
    method: str
    template: str
    status: int
    body: Any


@cache
def examples() -> tuple[Example, ...]:
    """Every operation of the spec with its example answer, read once from the generated package."""
    raw = json.loads(resources.files("fivetran_api").joinpath("_examples.json").read_text(encoding="utf-8"))
    found = []
    for key, example in raw.items():
        method, template = key.split(" ", 1)
        body = example["body"]
        data = body.get("data") if isinstance(body, dict) else None
        if isinstance(data, dict):
            data.pop("next_cursor", None)
        found.append(Example(method, template, int(example["status"]), body))
    return tuple(found)


def _answer(example: Example, ctx: RequestContext) -> Reply:
    for prefix, (param, table) in _PARENTS.items():
        if example.template.startswith(prefix):
            getattr(ctx.world.store, table).get(ctx.params[param])
    return json_response(example.status, copy.deepcopy(example.body))


def register_examples(router: Router) -> None:
    """Route every spec operation that has no stateful handler yet to its example."""
    for example in examples():
        if router.handler_for(example.method, example.template) is None:
            router.add(example.method, example.template, partial(_answer, example))
