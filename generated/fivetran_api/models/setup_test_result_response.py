from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setup_test_result_response_details_type_0 import SetupTestResultResponseDetailsType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetupTestResultResponse")


@_attrs_define
class SetupTestResultResponse:
    """
    Attributes:
        title (None | str | Unset): A human-readable name for the setup test step. For example: Validate Login, Test
            Connection, Check Permissions. Example: Validate Login.
        status (None | str | Unset): The result of the individual setup test step. Possible values: PASSED, FAILED,
            SKIPPED. Known values: `PASSED`, `SKIPPED`, `WARNING`, `FAILED`, `JOB_FAILED` (others may appear). Example:
            FAILED.
        message (None | str | Unset): The result message for the setup test step. For example: Invalid login
            credentials. Example: Invalid login credentials..
        details (None | SetupTestResultResponseDetailsType0 | Unset): Additional diagnostic information about the setup
            test result. Populated when the status is FAILED and more context is available beyond the message. Example:
            Authentication failed (401 Unauthorized). Verify the provided credentials and permissions..
    """

    title: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    details: None | SetupTestResultResponseDetailsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, SetupTestResultResponseDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        title = cast(None | str | Unset, d.pop("title", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        message = cast(None | str | Unset, d.pop("message", UNSET))

        def _parse_details(data: object) -> None | SetupTestResultResponseDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = SetupTestResultResponseDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SetupTestResultResponseDetailsType0 | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        setup_test_result_response = cls(
            title=title,
            status=status,
            message=message,
            details=details,
        )

        setup_test_result_response.additional_properties = d
        return setup_test_result_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
