from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import File

if TYPE_CHECKING:
    from ..types import File

__all__ = ["CreateConnectorSdkPackageBody"]


class CreateConnectorSdkPackageBody(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        file (File): The ZIP file containing the Connector SDK package.
    """

    file: Field[File] = Field("file", required=True)

    def __init__(
        self,
        *,
        file: File,
    ) -> None:
        self._init(
            {
                "file": file,
            }
        )
