"""The base of every generated model: it keeps the JSON object and builds each field on first read.

Copied into the generated package as ``fivetran_api/_model.py`` by ``scripts/generate.py``; the generated
model classes (``openapi/templates/model.py.jinja``) only declare their fields.

How a model behaves:

* ``from_dict(data)`` keeps ``data`` (it is never modified) and checks that the fields the API always
  sends are there; nothing else is built. Reading a field builds it once (a nested model, a datetime, an
  enum) and caches it on the instance, so later reads are plain attribute reads.
* ``to_dict()`` returns the JSON it came from: unknown keys, odd spellings and date-only strings survive.
  Fields that were assigned (or nested models that were changed) are written back in their JSON form.
* Assigning a field (``model.name = "x"``) or ``evolve(name="x")`` changes what ``to_dict()`` returns;
  assigning ``UNSET`` removes the key. ``additional_properties`` holds the keys the spec does not declare.
* Equality compares ``to_dict()``; pickling and copying rebuild from ``to_dict()``, so a copy never shares
  a changed field with its original.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import json
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, overload

from .types import UNSET, File, RequestFiles, Unset

__all__ = ["DATE", "DATETIME", "Enum", "Field", "ListOf", "MapOf", "Model", "ModelFieldError", "Nested", "OneOf"]

T = TypeVar("T")


_MAX_REASON = 300


class ModelFieldError(ValueError):
    """A response field is missing or has a value its declared type cannot hold.

    Attributes:
        path: Where, from the outermost model built, e.g. ``"Connection.status.sync_state"``.
        reason: What is wrong (``"is missing"``, ``"is not an object: 'text'"``, ...).
    """

    def __init__(self, path: str, reason: str) -> None:
        if len(reason) > _MAX_REASON:  # a hostile value's repr must not become a megabyte log line
            reason = reason[:_MAX_REASON] + "…"
        super().__init__(f"{path} {reason}")
        self.path = path
        self.reason = reason

    def within(self, outer: str) -> ModelFieldError:
        """The same error seen from an enclosing field: ``outer`` (``"Connection.status"``) replaces the
        nested model's class name at the front of the path."""
        rest = self.path.split(".", 1)[1] if "." in self.path else self.path
        return ModelFieldError(f"{outer}.{rest}", self.reason)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason))


# --------------------------------------------------------------------------------------------------
# Kinds: how one JSON value becomes a Python value and back
# --------------------------------------------------------------------------------------------------


class Kind:
    """A conversion between a JSON value and the Python value of a field. The base kind keeps JSON as is."""

    __slots__ = ()

    def build(self, raw: Any) -> Any:
        return raw

    def dump(self, value: Any, raw: Any) -> Any:
        """The JSON for ``value``; ``raw`` is what was there before (kept when it means the same)."""
        return value

    def accepts(self, raw: Any) -> bool:
        return True


# Python 3.11 reads "Z" and date-only values; several times cheaper than dateutil.
_fromisoformat = datetime.datetime.fromisoformat


class _DateTime(Kind):
    __slots__ = ()

    def build(self, raw: Any) -> Any:
        if not isinstance(raw, str):
            raise TypeError(f"is not a date-time string: {raw!r}")
        return _fromisoformat(raw)

    def dump(self, value: Any, raw: Any) -> Any:
        if not isinstance(value, datetime.date):
            return value
        if isinstance(raw, str):
            try:
                if self.build(raw) == value:
                    return raw  # same instant: keep the API's spelling
            except ValueError:
                pass
        return value.isoformat()

    def accepts(self, raw: Any) -> bool:
        return isinstance(raw, str)


class _Date(_DateTime):
    __slots__ = ()

    def build(self, raw: Any) -> Any:
        if not isinstance(raw, str):
            raise TypeError(f"is not a date string: {raw!r}")
        # Fivetran sends some declared dates with a time part: read the date of it.
        return datetime.date.fromisoformat(raw[:10])


DATETIME = _DateTime()
DATE = _Date()
RAW = Kind()


def _resolve(module: str, name: str) -> Any:
    # Relative to the generated package, whatever it is installed as.
    return getattr(importlib.import_module(f"{__package__}.models.{module}"), name)


class Nested(Kind):
    """A nested model, imported on first use (so importing a model never imports the models it holds)."""

    __slots__ = ("_cls", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._cls: type[Model] | None = None

    @property
    def cls(self) -> type[Model]:
        if self._cls is None:
            self._cls = _resolve(self.module, self.name)
        return self._cls

    def build(self, raw: Any) -> Any:
        if not isinstance(raw, dict):
            raise TypeError(f"is not an object: {raw!r}")
        return (self._cls or self.cls).from_dict(raw)

    def dump(self, value: Any, raw: Any) -> Any:
        return value.to_dict() if isinstance(value, Model) else value

    def accepts(self, raw: Any) -> bool:
        return isinstance(raw, dict)


class Enum(Kind):
    """A closed enum of a request schema: the generated ``enum.Enum`` class, imported on first use."""

    __slots__ = ("_cls", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._cls: Any = None

    def build(self, raw: Any) -> Any:
        if self._cls is None:
            self._cls = _resolve(self.module, self.name)
        return self._cls(raw)

    def dump(self, value: Any, raw: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value

    def accepts(self, raw: Any) -> bool:
        try:
            self.build(raw)
        except ValueError:
            return False
        return True


class ListOf(Kind):
    """A JSON array whose items need building (models, datetimes)."""

    __slots__ = ("item",)

    def __init__(self, item: Kind) -> None:
        self.item = item

    def build(self, raw: Any) -> Any:
        if not isinstance(raw, list):
            raise TypeError(f"is not an array: {raw!r}")
        build = self.item.build
        return [None if value is None else build(value) for value in raw]

    def dump(self, value: Any, raw: Any) -> Any:
        if not isinstance(value, list):
            return value
        before = raw if isinstance(raw, list) and len(raw) == len(value) else [UNSET] * len(value)
        return [None if v is None else self.item.dump(v, r) for v, r in zip(value, before, strict=True)]

    def accepts(self, raw: Any) -> bool:
        return isinstance(raw, list)


class MapOf(Kind):
    """A JSON object with arbitrary keys whose values need building."""

    __slots__ = ("item",)

    def __init__(self, item: Kind) -> None:
        self.item = item

    def build(self, raw: Any) -> Any:
        if not isinstance(raw, dict):
            raise TypeError(f"is not an object: {raw!r}")
        build = self.item.build
        return {key: None if value is None else build(value) for key, value in raw.items()}

    def dump(self, value: Any, raw: Any) -> Any:
        if not isinstance(value, dict):
            return value
        before = raw if isinstance(raw, dict) else {}
        return {k: None if v is None else self.item.dump(v, before.get(k, UNSET)) for k, v in value.items()}

    def accepts(self, raw: Any) -> bool:
        return isinstance(raw, dict)


class OneOf(Kind):
    """A union: the first alternative whose JSON type matches builds the value; anything else is kept as is."""

    __slots__ = ("options",)

    def __init__(self, *options: Kind) -> None:
        self.options = options

    def build(self, raw: Any) -> Any:
        for option in self.options:
            if option.accepts(raw):
                try:
                    return option.build(raw)
                except (TypeError, ValueError, ModelFieldError):
                    continue
        return raw

    def dump(self, value: Any, raw: Any) -> Any:
        if isinstance(value, Model):
            return value.to_dict()
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, datetime.date):
            return DATETIME.dump(value, raw)
        if isinstance(value, list):
            return [self.dump(v, UNSET) for v in value]
        return value


# --------------------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------------------


class Field(Generic[T]):
    """One declared property of a model: reads build the value from the JSON once, then cache it.

    A non-data descriptor: the built value is stored in the instance's ``__dict__`` under the field's
    name, which then shadows the descriptor, so a second read costs a plain attribute read. Assignment
    writes the same slot, which is how ``to_dict()`` knows what changed.
    """

    __slots__ = ("_build", "key", "kind", "name", "required")

    def __new__(cls, key: str, kind: Kind = RAW, *, required: bool = False) -> Self:
        # The generated models only say `Field(...)`; the three commonest kinds of field get a descriptor
        # of their own (below), whose read is a few operations with no further call: on a stream of
        # models the reads are most of what the model layer costs.
        if cls is Field:
            if kind is RAW:
                cls = _JSONField
            elif kind is DATETIME:
                cls = _DateTimeField
            elif required and isinstance(kind, Nested):
                cls = _ObjectField
        return super().__new__(cls)

    def __init__(self, key: str, kind: Kind = RAW, *, required: bool = False) -> None:
        self.key = key
        self.kind = kind
        self.required = required
        self.name = key
        self._build = None if kind is RAW else kind.build  # bound once

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Field[T]: ...

    @overload
    def __get__(self, obj: Model, owner: type | None = None) -> T: ...

    def __get__(self, obj: Model | None, owner: type | None = None) -> Field[T] | T:
        if obj is None:
            return self
        value = obj._data.get(self.key, UNSET)
        if self._build is not None and value is not UNSET and value is not None:
            try:
                value = self._build(value)
            except ModelFieldError as error:
                raise error.within(f"{type(obj).__name__}.{self.name}") from None
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                raise ModelFieldError(f"{type(obj).__name__}.{self.name}", str(error)) from None
        obj.__dict__[self.name] = value
        return value  # type: ignore[no-any-return]

    if TYPE_CHECKING:

        def __set__(self, obj: Model, value: T) -> None: ...


class _DateTimeField(Field[T]):
    """A date-time field: parsed on first read (the standard library reads ``Z`` and date-only values)."""

    __slots__ = ()

    def __get__(self, obj: Model | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj._data.get(self.key, UNSET)
        if isinstance(value, str):
            try:
                value = _fromisoformat(value)
            except ValueError as error:
                raise ModelFieldError(f"{type(obj).__name__}.{self.name}", str(error)) from None
        elif value is not UNSET and value is not None:
            raise ModelFieldError(f"{type(obj).__name__}.{self.name}", f"is not a date-time string: {value!r}")
        obj.__dict__[self.name] = value
        return value


class _ObjectField(Field[T]):
    """A nested object the API always sends: its shape was checked with the enclosing model's, so a read
    only wraps it (the nested class is imported on first read)."""

    __slots__ = ()

    def __get__(self, obj: Model | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        raw = obj._data.get(self.key, UNSET)
        if raw is UNSET:  # only a model whose JSON was changed by hand lacks it
            value: Any = UNSET
        else:
            kind: Nested = self.kind  # type: ignore[assignment]
            value = object.__new__(kind._cls or kind.cls)
            value._data = raw
        obj.__dict__[self.name] = value
        return value


class _JSONField(Field[T]):
    """A field whose value is the JSON value itself (strings, numbers, booleans, free-form objects).

    Nothing is built, so nothing is cached: a read is one lookup in the kept JSON, and a model whose reads
    are all of this kind never allocates its ``__dict__``. An assigned value still lands in ``__dict__``
    and shadows this descriptor, exactly as for `Field`. (A mutable value, a list or a free-form dict, is
    the very object in the JSON, as it was when it was cached: changing it in place shows in ``to_dict()``.)
    """

    __slots__ = ()

    def __get__(self, obj: Model | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return obj._data.get(self.key, UNSET)


# Field names (and nested keys) whose values are credentials: repr shows them masked.
_SECRET_WORDS = ("secret", "password", "token", "private_key", "passphrase", "api_key")


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def _redacted(name: str, value: Any) -> Any:
    if _is_secret(name) and isinstance(value, str) and value and set(value) != {"*"}:
        return "***"
    if isinstance(value, dict):
        return {k: _redacted(str(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(name, v) for v in value]
    return value


class Model:
    """Base of the generated models (see the module docstring for the contract)."""

    _FIELDS: ClassVar[dict[str, Field[Any]]] = {}
    _KEYS: ClassVar[frozenset[str]] = frozenset()
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _REQUIRED_SET: ClassVar[frozenset[str]] = frozenset()
    _REQUIRED_MODELS: ClassVar[tuple[tuple[str, Nested], ...]] = ()
    # Per-class C-level helpers of `from_dicts`: the required values of an object, and each required
    # nested object.
    _REQUIRED_GET: ClassVar[Callable[[dict[str, Any]], Any] | None] = None
    _REQUIRED_MODEL_GETS: ClassVar[tuple[tuple[Callable[[dict[str, Any]], Any], Nested], ...]] = ()
    _EXTRA: ClassVar[Kind | None] = RAW

    # `_data` in a slot: a model that is only passed along never allocates its `__dict__` (where built
    # and assigned fields go); fewer tracked objects per item keeps the garbage collector's share small.
    __slots__ = ("__dict__", "_data")
    _data: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = {name: value for name, value in vars(cls).items() if isinstance(value, Field)}
        cls._FIELDS = fields
        cls._KEYS = frozenset(f.key for f in fields.values())
        cls._REQUIRED = tuple(f.key for f in fields.values() if f.required)
        cls._REQUIRED_SET = frozenset(cls._REQUIRED)
        cls._REQUIRED_MODELS = tuple(
            (f.key, f.kind) for f in fields.values() if f.required and isinstance(f.kind, Nested)
        )
        cls._REQUIRED_GET = itemgetter(*cls._REQUIRED) if cls._REQUIRED else None
        cls._REQUIRED_MODEL_GETS = tuple((itemgetter(key), nested) for key, nested in cls._REQUIRED_MODELS)
        collisions = sorted(set(fields) & _RESERVED)
        if collisions:
            raise TypeError(f"{cls.__name__}: field names {collisions} shadow model methods")

    def _init(self, values: dict[str, Any]) -> None:
        """Keyword construction (request models, tests): the values are the fields, the JSON starts empty."""
        self._data = {}
        for name, value in values.items():
            if value is not UNSET:
                self.__dict__[name] = value

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap ``src_dict`` (kept, never modified) after checking the fields the API always sends."""
        data = src_dict if type(src_dict) is dict else dict(src_dict)
        if cls._REQUIRED:
            cls._check(data)
        obj = cls.__new__(cls)
        obj._data = data
        return obj

    @classmethod
    def from_dicts(cls, values: list[Any]) -> list[Self]:
        """`from_dict` of every object of a JSON array (a page's items): the same models and the same
        errors, checked over the whole array at once.

        The checks run as C-level passes (one per level of required nested objects) instead of a few
        Python calls per object: on a page of connections this is most of what a model costs to make.
        Only when a pass fails are the objects checked one by one, to name the first bad one.

        Raises:
            ModelFieldError: an object lacks a field the API always sends (the path names it).
            TypeError: a value of the array is not a JSON object.
        """
        if not cls._all_valid(values):
            for value in values:
                if not isinstance(value, dict):
                    raise TypeError(f"an item is not an object but {type(value).__name__}")
                cls._check(value)
        new = object.__new__
        models = []
        for value in values:
            model = new(cls)
            model._data = value
            models.append(model)
        return models

    @classmethod
    def _all_valid(cls, values: list[Any]) -> bool:
        """Whether every value is a dict with every required field (nested ones included); no error names
        what is wrong, `_check` does that."""
        if any(kind is not dict for kind in set(map(type, values))):
            return False
        try:
            if cls._REQUIRED_GET is not None:
                deque(map(cls._REQUIRED_GET, values), maxlen=0)  # raises KeyError at the first one missing
            for get, nested in cls._REQUIRED_MODEL_GETS:
                if not (nested._cls or nested.cls)._all_valid(list(map(get, values))):
                    return False
        except KeyError:
            return False
        return True

    @classmethod
    def _check(cls, data: dict[str, Any]) -> None:
        # One C-level subset test in the common case; the loop only runs to name what is missing.
        if not data.keys() >= cls._REQUIRED_SET:
            missing = next(key for key in cls._REQUIRED if key not in data)
            raise ModelFieldError(f"{cls.__name__}.{missing}", "is missing")
        for key, nested in cls._REQUIRED_MODELS:
            value = data[key]
            if not isinstance(value, dict):
                raise ModelFieldError(f"{cls.__name__}.{key}", f"is not an object: {value!r}")
            try:
                (nested._cls or nested.cls)._check(value)
            except ModelFieldError as error:
                raise error.within(f"{cls.__name__}.{key}") from None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what the API sent, with assigned fields written back."""
        state = self.__dict__
        out = dict(self._data)
        if not state:
            return out
        fields = self._FIELDS
        for name, value in state.items():
            field = fields.get(name)
            if field is None:
                continue
            if value is UNSET:
                out.pop(field.key, None)
            elif value is None:
                out[field.key] = None
            else:
                out[field.key] = field.kind.dump(value, out.get(field.key, UNSET))
        extra = state.get("_extra")
        if extra is not None:
            keys = self._KEYS
            for key in [key for key in out if key not in keys and key not in extra]:
                del out[key]
            kind = self._EXTRA or RAW
            for key, value in extra.items():
                out[key] = value if value is None else kind.dump(value, out.get(key, UNSET))
        return out

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the spec does not declare (Fivetran adds fields over time); changes reach ``to_dict()``."""
        extra: dict[str, Any] | None = self.__dict__.get("_extra")
        if extra is None:
            keys = self._KEYS
            kind = self._EXTRA or RAW
            try:
                extra = {
                    key: value if value is None or kind is RAW else kind.build(value)
                    for key, value in self._data.items()
                    if key not in keys
                }
            except (TypeError, ValueError) as error:
                raise ModelFieldError(f"{type(self).__name__}[...]", f"cannot be read ({error})") from None
            self.__dict__["_extra"] = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["_extra"] = dict(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def evolve(self, **changes: Any) -> Self:
        """A changed copy (the original is untouched): ``connection.evolve(paused=True)``."""
        unknown = sorted(set(changes) - set(self._FIELDS))
        if unknown:
            raise TypeError(f"{type(self).__name__} has no fields {unknown}")
        new = type(self).from_dict(copy.deepcopy(self.to_dict()))
        for name, value in changes.items():
            new.__dict__[name] = value
        return new

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the attrs classes it replaces

    def __reduce__(self) -> tuple[Callable[[Mapping[str, Any]], Self], tuple[dict[str, Any]]]:
        return (type(self).from_dict, (self.to_dict(),))

    def __copy__(self) -> Self:
        return type(self).from_dict(self.to_dict())

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        return type(self).from_dict(copy.deepcopy(self.to_dict(), memo))

    def _present(self) -> Iterator[tuple[str, Any]]:
        state, data = self.__dict__, self._data
        for name, field in self._FIELDS.items():
            if name in state:
                value = state[name]
            elif field.key in data:
                try:
                    value = getattr(self, name)
                except ModelFieldError:
                    value = data[field.key]
            else:
                continue
            if value is not UNSET:
                yield name, value

    def __repr__(self) -> str:
        parts = [f"{name}={_redacted(name, value)!r}" for name, value in self._present()]
        try:
            extra = self.additional_properties
        except ModelFieldError:
            extra = {k: v for k, v in self._data.items() if k not in self._KEYS}
        if extra:
            parts.append(f"additional_properties={_redacted('', extra)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_multipart(self) -> RequestFiles:
        """The model as ``multipart/form-data`` parts (file fields as files, others as text or JSON)."""
        files: RequestFiles = []
        for name, field in self._FIELDS.items():
            value = getattr(self, name)
            if isinstance(value, Unset):
                continue
            if isinstance(value, File):
                files.append((field.key, value.to_tuple()))
            elif isinstance(value, Model):
                files.append((field.key, (None, json.dumps(value.to_dict()).encode(), "application/json")))
            else:
                text = field.kind.dump(value, UNSET)
                text = text if isinstance(text, str) else json.dumps(text)
                files.append((field.key, (None, text.encode(), "text/plain")))
        for key, value in self.additional_properties.items():
            files.append((key, (None, str(value).encode(), "text/plain")))
        return files


_RESERVED = frozenset(name for name in vars(Model) if not name.startswith("__")) | {"_data", "_extra"}
