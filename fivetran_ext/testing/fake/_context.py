"""What a handler gets: the request, its decoded path parameters, and the fake's state."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._errors import bad_request
from ._validation import Body
from ._wire import FakeRequest

if TYPE_CHECKING:
    from ._world import World

__all__ = ["RequestContext"]


@dataclass
class RequestContext:
    request: FakeRequest
    params: dict[str, str]
    world: World
    template: str = ""
    _body: Body | None = field(default=None, repr=False)

    @property
    def query(self) -> dict[str, str]:
        return self.request.query

    @property
    def has_body(self) -> bool:
        return bool(self.request.body.strip())

    def body(self) -> Body:
        """The JSON object body (empty when there is none).

        Raises:
            FakeAPIError: 400 ``BadRequest`` when the body is not a JSON object.
        """
        if self._body is None:
            raw: Any = {}
            if self.has_body:
                try:
                    raw = json.loads(self.request.body)
                except ValueError as error:  # also bad UTF-8 and integers past Python's digit limit
                    raise bad_request(f"Malformed JSON body: {error}") from None
                except RecursionError:
                    raise bad_request("Malformed JSON body: nested too deeply") from None
            if not isinstance(raw, dict):
                raise bad_request("The request body must be a JSON object")
            self._body = Body(raw)
        return self._body
