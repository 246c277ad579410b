from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookTestResponse")


@_attrs_define
class WebhookTestResponse:
    """
    Attributes:
        succeed (bool | None | Unset): Indicates whether the webhook test was successful. Example: True.
        status (int | None | Unset): HTTP status code returned by the webhook test. Example: 200.
        message (None | str | Unset): Additional information or result message from the webhook test. Example: Success.
    """

    succeed: bool | None | Unset = UNSET
    status: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeed: bool | None | Unset
        if isinstance(self.succeed, Unset):
            succeed = UNSET
        else:
            succeed = self.succeed

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if succeed is not UNSET:
            field_dict["succeed"] = succeed
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        succeed = cast(bool | None | Unset, d.pop("succeed", UNSET))

        status = cast(int | None | Unset, d.pop("status", UNSET))

        message = cast(None | str | Unset, d.pop("message", UNSET))

        webhook_test_response = cls(
            succeed=succeed,
            status=status,
            message=message,
        )

        webhook_test_response.additional_properties = d
        return webhook_test_response

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
