from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setup_test_result import SetupTestResult
    from ..types import UNSET, Unset

__all__ = ["LogServiceSetupTests"]


class LogServiceSetupTests(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        setup_tests (list[SetupTestResult] | None | Unset):
    """

    setup_tests: Field[list[SetupTestResult] | None | Unset] = Field(
        "setup_tests", ListOf(Nested("setup_test_result", "SetupTestResult"))
    )

    def __init__(
        self,
        *,
        setup_tests: list[SetupTestResult] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "setup_tests": setup_tests,
            }
        )
