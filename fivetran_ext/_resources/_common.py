"""Result readers and body helpers shared by the resource modules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, Generic, TypeVar

from fivetran_api.types import Response

from ._base import _invalid, envelope_data
from ._builders import flag, present

__all__ = ["Check", "Converted", "JsonBody", "RawData", "check_options", "trust_flags", "with_extra"]

R = TypeVar("R")
T = TypeVar("T")


Check = Callable[[str, Any], Any]
"""An argument check: ``check(name, value)`` returns the value to send (None: leave out) or raises."""


class RawData:
    """Result reader: the envelope's ``data`` as the JSON object received (the generated parser is skipped).

    For name-keyed maps (a schema config's ``schemas``/``tables``/``columns``) the spec declares one example
    key as a property, so the generated model would move that key behind the others: the raw JSON keeps
    the API's order and every value exactly as sent. The converter that follows (`Converted`) validates
    the shape; building the generated model first only to throw it away cost more than the conversion
    itself on a 500,000-column schema config.
    """

    __slots__ = ()
    skips_generated_parser = True

    def __call__(self, operation: ModuleType, response: Response[Any]) -> Any:
        return envelope_data(operation, response)


class Converted(Generic[T, R]):
    """Result reader: what another reader returned, converted (e.g. into a `SchemaConfig` tree).

    A conversion that finds the response malformed raises `ValueError`; that becomes the same
    `ResponseValidationError` (with status and raw body) as any other unreadable success response.
    """

    __slots__ = ("convert", "reader")

    def __init__(self, reader: Callable[[ModuleType, Response[Any]], T], convert: Callable[[T], R]) -> None:
        self.reader = reader
        self.convert = convert

    @property
    def skips_generated_parser(self) -> bool:
        """Whatever the wrapped reader needs: the unparsed JSON (`RawData`) or the generated model."""
        return getattr(self.reader, "skips_generated_parser", False) is True

    def __call__(self, operation: ModuleType, response: Response[Any]) -> R:
        value = self.reader(operation, response)
        try:
            return self.convert(value)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            # Raw JSON reaches the converter unchecked: any shape error is an unreadable response.
            raise _invalid(operation, response, str(error) or repr(error)) from None


def with_extra(fields: Mapping[str, Any], extra: Mapping[str, Any] | None, *, update: bool = False) -> dict[str, Any]:
    """The body fields to send: the documented ones that are set, plus ``extra`` fields the client does not know.

    Args:
        fields: Documented fields by name; None means "not given" and is left out.
        extra: Further fields, sent as given (still read by the generated request model).
        update: For a PATCH: refuse a body that would change nothing.

    Raises:
        TypeError: ``extra`` is not a mapping with string keys.
        ValueError: a field is given both as a keyword and in ``extra``, or an update changes nothing.

    Example:
        >>> with_extra({"paused": True, "config": None}, {"new_flag": 1})
        {'paused': True, 'new_flag': 1}
    """
    given = present(**fields)
    if extra is not None:
        if not isinstance(extra, Mapping) or not all(isinstance(name, str) for name in extra):
            raise TypeError("extra must be a mapping of field names (strings) to JSON values")
        both = sorted(given.keys() & extra.keys())
        if both:
            raise ValueError(f"{', '.join(both)} given both as a keyword argument and in extra")
        given.update(extra)
    if update and not given:
        raise ValueError(f"nothing to update: pass at least one of {', '.join(fields)} (or extra fields)")
    return given


def check_options(options: Mapping[str, Any], checks: Mapping[str, Check]) -> dict[str, Any]:
    """Every documented option by name (None when not given), each checked; an unknown name is refused.

    For methods taking ``**options: Unpack[SomeOptions]``: the type checker knows the names, this keeps a
    misspelled one (``sync_frequncy=60``) from being silently dropped or sent at run time.

    Raises:
        TypeError: an option name is not one of ``checks`` (fields the client does not know go in ``extra``).
    """
    unknown = sorted(options.keys() - checks.keys())
    if unknown:
        names = ", ".join(map(repr, unknown))
        raise TypeError(f"unexpected keyword argument {names}; pass fields this client does not know in extra={{...}}")
    return {name: check(name, options.get(name)) for name, check in checks.items()}


class JsonBody:
    """A request body given as JSON-ready data, where the generated request model cannot express it.

    The generated operations only call ``body.to_dict()``. Used for the one request the spec gets wrong in a
    way the model enforces (see `fivetran_ext._resources.destinations`), after the model checked the rest.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def trust_flags(trust_certificates: bool | None, trust_fingerprints: bool | None) -> dict[str, bool | None]:
    """The two setup-test options of connections and destinations, checked (None: not sent)."""
    return {
        "trust_certificates": flag("trust_certificates", trust_certificates),
        "trust_fingerprints": flag("trust_fingerprints", trust_fingerprints),
    }
