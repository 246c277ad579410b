"""Method + path → handler, with Fivetran's path templates (``/v1/connections/{connectionId}/sync``).

Paths are matched segment by segment on the raw (percent-encoded) path, and each parameter is decoded
afterwards, so a schema named ``a/b`` sent as ``a%2Fb`` stays one segment. When several templates match,
literal segments beat parameters (``schemas/reload`` beats ``schemas/{schemaName}``). A path that matches
a template but not its methods answers 405; a path that matches nothing answers 404.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ._errors import method_not_allowed, unknown_path

if TYPE_CHECKING:
    from ._context import RequestContext
    from ._replies import Reply

__all__ = ["Handler", "Match", "Router"]

Handler = Callable[["RequestContext"], "Reply"]


@dataclass
class _Template:
    template: str
    # None marks a parameter segment; its name is in `names` at the same index.
    literals: tuple[str | None, ...]
    names: tuple[str | None, ...]
    handlers: dict[str, Handler] = field(default_factory=dict)

    @classmethod
    def parse(cls, template: str) -> _Template:
        segments = template.strip("/").split("/")
        literals = tuple(None if s.startswith("{") else s for s in segments)
        names = tuple(s[1:-1] if s.startswith("{") else None for s in segments)
        return cls(template, literals, names)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.literals):
            return None
        params: dict[str, str] = {}
        for raw, literal, name in zip(segments, self.literals, self.names, strict=True):
            if literal is not None:
                if unquote(raw) != literal:
                    return None
            elif not raw:
                return None
            else:
                assert name is not None
                params[name] = unquote(raw)
        return params

    @property
    def specificity(self) -> tuple[bool, ...]:
        return tuple(literal is not None for literal in self.literals)


@dataclass(frozen=True)
class Match:
    """A resolved request: the handler, the spec's path template and the decoded path parameters."""

    handler: Handler
    template: str
    params: dict[str, str]


class Router:
    """Routes keyed by (method, template)."""

    def __init__(self) -> None:
        self._templates: dict[str, _Template] = {}

    def add(self, method: str, template: str, handler: Handler) -> None:
        """Register ``handler``, replacing an earlier one for the same method and template."""
        entry = self._templates.get(template)
        if entry is None:
            entry = self._templates[template] = _Template.parse(template)
        entry.handlers[method.upper()] = handler

    def routes(self) -> list[tuple[str, str]]:
        """Every registered ``(METHOD, template)``."""
        return [(method, t.template) for t in self._templates.values() for method in t.handlers]

    def handler_for(self, method: str, template: str) -> Handler | None:
        entry = self._templates.get(template)
        return None if entry is None else entry.handlers.get(method.upper())

    def resolve(self, method: str, raw_path: str) -> Match:
        """Find the handler for a request.

        Raises:
            FakeAPIError: 404 when no template matches the path, 405 when none allows the method.
        """
        path = raw_path.rstrip("/") or "/"
        segments = path.strip("/").split("/")
        candidates = [
            (entry, params) for entry in self._templates.values() if (params := entry.match(segments)) is not None
        ]
        if not candidates:
            raise unknown_path(unquote(path))
        candidates.sort(key=lambda found: found[0].specificity, reverse=True)
        for entry, params in candidates:
            handler = entry.handlers.get(method.upper())
            if handler is not None:
                return Match(handler, entry.template, params)
        # Templates of one shape with different parameter names (``/v1/users/{userId}`` and
        # ``/v1/users/{id}``) together make up the methods allowed on that path.
        best = candidates[0][0].specificity
        allowed = {m for entry, _ in candidates if entry.specificity == best for m in entry.handlers}
        raise method_not_allowed(method.upper(), allowed)
