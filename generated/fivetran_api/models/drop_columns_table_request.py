from __future__ import annotations

from .._model import Field, Model

__all__ = ["DropColumnsTableRequest"]


class DropColumnsTableRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        columns (list[str]): The set of columns within your table schema config. Each key is the column name as stored
            in the connection schema config. Column names are case-sensitive; an incorrect case results in an HTTP 404
            error. The `columns` object in the response contains the columns whose `enabled` value has been set by the user
            after the initial sync.
    """

    columns: Field[list[str]] = Field("columns", required=True)

    def __init__(
        self,
        *,
        columns: list[str],
    ) -> None:
        self._init(
            {
                "columns": columns,
            }
        )
