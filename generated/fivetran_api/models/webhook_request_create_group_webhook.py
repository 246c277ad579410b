from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequestCreateGroupWebhook")


@_attrs_define
class WebhookRequestCreateGroupWebhook:
    """
    Attributes:
        url (str): The endpoint URL where webhook events will be delivered. Example: https://your-host.your-
            domain/webhook.
        events (list[str]): List of event types that trigger the webhook. Example: ['sync_start', 'sync_end'].
        active (bool | None | Unset): Indicates if the webhook is enabled to send events immediately upon occurrence.
            Example: True.
        secret (None | str | Unset): A secret string used to sign webhook payloads for verification. Example:
            your_webhook_secret.
    """

    url: str
    events: list[str]
    active: bool | None | Unset = UNSET
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = self.events

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        events = cast(list[str], d.pop("events"))

        active = cast(bool | None | Unset, d.pop("active", UNSET))

        secret = cast(None | str | Unset, d.pop("secret", UNSET))

        webhook_request_create_group_webhook = cls(
            url=url,
            events=events,
            active=active,
            secret=secret,
        )

        webhook_request_create_group_webhook.additional_properties = d
        return webhook_request_create_group_webhook

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
