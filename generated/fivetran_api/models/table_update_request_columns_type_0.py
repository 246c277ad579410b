from __future__ import annotations

from .._model import Model, Nested

__all__ = ["TableUpdateRequestColumnsType0"]


class TableUpdateRequestColumnsType0(Model):
    """The set of columns within your table schema config. Each key is the column name as stored in the connection schema
    config. Column names are case-sensitive; an incorrect case results in an HTTP 404 error. The `columns` object in the
    response contains the columns whose `enabled` value has been set by the user after the initial sync.

    """

    _EXTRA = Nested("column_update_request", "ColumnUpdateRequest")

    def __init__(
        self,
    ) -> None:
        self._init({})
