from __future__ import annotations

from .._model import Model, Nested

__all__ = ["StandardConfigUpdateRequestSchemasType0"]


class StandardConfigUpdateRequestSchemasType0(Model):
    """The set of schemas within your connection schema config. Each key is the schema name as stored in the connection
    schema config. Schema names are case-sensitive; an incorrect case results in an HTTP 404 error.

    """

    _EXTRA = Nested("schema_update_request", "SchemaUpdateRequest")

    def __init__(
        self,
    ) -> None:
        self._init({})
