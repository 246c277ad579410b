from __future__ import annotations

from .._model import Model, Nested

__all__ = ["SchemaUpdateRequestTablesType0"]


class SchemaUpdateRequestTablesType0(Model):
    """The set of tables within your database schema config. Each key is the table name as stored in the connection schema
    config. Table names are case-sensitive; an incorrect case results in an HTTP 404 error.

    """

    _EXTRA = Nested("table_update_request", "TableUpdateRequest")

    def __init__(
        self,
    ) -> None:
        self._init({})
