"""Large JSON replies with their record arrays kept encoded until a record is read.

A 15 MB reply of 5,000 orders takes about 47 MB as Python dicts and strings (measured with
tracemalloc on the reply of ``bench/big_reply.py``), three times its size in bytes.
``decode_large`` decodes such a reply with msgspec and keeps each array of objects as a
``RawRecords`` sequence: the encoded JSON of each item, which points into the reply's own buffer,
and a small cache of recently decoded items. Everything else in the reply is decoded at once.
Values keep the exactness of ``jsonexact.loads_exact``: integers of any size stay ``int``, numbers
with a fraction or exponent become ``Decimal``.

``RawRecords`` is a ``collections.abc.Sequence``, not a list, so code that distinguishes arrays
from other values checks ``ARRAY_TYPES`` rather than ``list | tuple``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, overload

import msgspec

_EXACT = msgspec.json.Decoder(float_hook=Decimal)
_RAW_MEMBERS = msgspec.json.Decoder(dict[str, msgspec.Raw])
_RAW_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])
_LEADING_SPACE = re.compile(rb"[ \t\r\n]*")
_UTF8_BOM = b"\xef\xbb\xbf"

LAZY_MIN_BYTES = 64 * 1024
"""Values that take fewer bytes than this in the reply are decoded at once."""

CACHE_SIZE = 256
"""Decoded items a ``RawRecords`` keeps; the cache empties when it is full."""

_MISSING = object()
_Buffer = bytes | bytearray | memoryview


class RawRecords(Sequence[Any]):
    """An array of JSON objects kept as the encoded JSON of each item, decoded when read.

    Reading an item decodes it unless it is among the last ``CACHE_SIZE`` items read. The
    same index can therefore give equal but distinct dicts, so callers must treat the items
    as read-only. The object is safe to read from several threads. Build one with
    ``decode_large`` or ``RawRecords.checked``, which decode every item once to check it, or
    with ``RawRecords.join`` from checked parts.

    Attributes:
        member_names: Keys of all items in first-seen order, collected while checking them.
    """

    __slots__ = ("_items", "_cache", "_transform", "member_names")

    def __init__(
        self,
        items: Sequence[msgspec.Raw],
        member_names: tuple[str, ...],
        transform: Callable[[Any], Any] | None = None,
    ) -> None:
        self._items = items
        # Each get, set and clear of this dict is atomic under the GIL, and a race between
        # threads costs at most a second decode, so no lock is taken.
        self._cache: dict[int, Any] = {}
        self._transform = transform
        self.member_names = member_names

    def mapped(self, transform: Callable[[Any], Any]) -> RawRecords:
        """Return a view of the same items that passes each decoded item through ``transform``.

        Redacting a large reply for export this way copies one record at a time.
        """
        return RawRecords(self._items, self.member_names, transform)

    def _decode(self, item: msgspec.Raw) -> Any:
        value = _EXACT.decode(item)
        return value if self._transform is None else self._transform(value)

    @classmethod
    def checked(cls, items: Sequence[msgspec.Raw]) -> RawRecords:
        """Decode every item once to check it and collect the keys of all items.

        Raises:
            msgspec.DecodeError: An item is not valid JSON or not valid UTF-8.
            ValueError: An item is not a JSON object.
        """
        # dict.update keeps the position of a key that is already present, so the merged
        # dict lists every key in first-seen order.
        merged: dict[str, Any] = {}
        for item in items:
            record = _EXACT.decode(item)
            if not isinstance(record, dict):
                raise ValueError("an item of the array is not a JSON object")
            merged.update(record)
        return cls(items, tuple(merged))

    @classmethod
    def join(cls, parts: Iterable[RawRecords]) -> RawRecords:
        """Return one sequence with the items of ``parts`` in order, without decoding them."""
        items: list[msgspec.Raw] = []
        merged: dict[str, None] = {}
        for part in parts:
            if part._transform is not None:
                raise ValueError("mapped views cannot be joined")
            items.extend(part._items)
            merged.update(dict.fromkeys(part.member_names))
        return cls(items, tuple(merged))

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self._items)))]
        if index < 0:
            index += len(self._items)
        value = self._cache.get(index, _MISSING)
        if value is not _MISSING:
            return value
        value = self._decode(self._items[index])
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[index] = value
        return value

    def __iter__(self) -> Iterator[Any]:
        # Decodes each item without filling the cache, so a walk over all items does not
        # push out the items a view shows.
        for number, item in enumerate(self._items):
            value = self._cache.get(number, _MISSING)
            yield self._decode(item) if value is _MISSING else value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawRecords | list | tuple):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<RawRecords of {len(self._items)} items>"

    def encoded(self, index: int) -> bytes:
        """Return the JSON of item ``index`` as the reply sent it."""
        return bytes(self._items[index])

    def is_empty_object(self, index: int) -> bool:
        """Return whether item ``index`` is ``{}``, without decoding it."""
        item = self._items[index]
        # An item takes at least 6 bytes ({"":0}) once it has a member, and white space
        # inside an empty one is rare, so only items of up to 16 bytes are read.
        if len(memoryview(item)) > 16:
            return False
        return bytes(item).strip(b" \t\r\n{}") == b""

    def field_values(self, name: str, missing: Any = None) -> list[Any]:
        """Return member ``name`` of every item, or ``missing`` for items without it.

        Decodes only that member of each item, which takes about a tenth of the time of
        decoding whole items. A ``mapped`` view decodes whole items, so its transform applies.
        """
        if self._transform is not None:
            return [item.get(name, missing) for item in self]
        # A struct type with one field and the other members ignored; UNSET marks an item
        # without the member, since JSON has no value that decodes to it.
        one_field = msgspec.defstruct(
            "OneField", [("value", Any, msgspec.UNSET)], rename={"value": name}
        )
        decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(one_field, float_hook=Decimal)
        values: list[Any] = []
        for item in self._items:
            value = decoder.decode(item).value
            values.append(missing if value is msgspec.UNSET else value)
        return values


ARRAY_TYPES = (list, tuple, RawRecords)
"""Types that hold a parsed JSON array."""

CONTAINER_TYPES = (Mapping, list, tuple, RawRecords)
"""Types that hold a parsed JSON object or array."""


def concat_records(parts: Iterable[Sequence[Any]]) -> Sequence[Any]:
    """Return the items of ``parts`` as one sequence.

    When every non-empty part is a ``RawRecords`` the result is one too, so merging pages of
    a large reply keeps their records encoded. Otherwise the result is a list.
    """
    filled = [part for part in parts if len(part)]
    if filled and all(isinstance(part, RawRecords) for part in filled):
        return RawRecords.join(part for part in filled if isinstance(part, RawRecords))
    return [item for part in filled for item in part]


def decode_large(body: _Buffer) -> Any:
    """Decode a JSON document, keeping each large array of objects as ``RawRecords``.

    An object or array that takes at least ``LAZY_MIN_BYTES`` is split into its members
    without decoding them, and each member is handled the same way. A large array whose
    items are all objects becomes ``RawRecords``. Smaller values are decoded at once.

    Raises:
        msgspec.DecodeError: The body is not valid JSON, not valid UTF-8, or has NaN or
            Infinity.
    """
    view = memoryview(body)
    if bytes(view[:3]) == _UTF8_BOM:
        view = view[3:]
    return _decode_value(view)


def _decode_value(encoded: memoryview | msgspec.Raw) -> Any:
    view = memoryview(encoded)
    if len(view) < LAZY_MIN_BYTES:
        return _EXACT.decode(encoded)
    first = _first_byte(view)
    if first == b"{":
        members = _RAW_MEMBERS.decode(encoded)
        return {key: _decode_value(value) for key, value in members.items()}
    if first == b"[":
        items = _RAW_ITEMS.decode(encoded)
        if items and all(_first_byte(memoryview(item)) == b"{" for item in items):
            return RawRecords.checked(items)
        return [_decode_value(item) for item in items]
    return _EXACT.decode(encoded)


def _first_byte(view: memoryview) -> bytes:
    """Return the first byte of ``view`` that is not JSON whitespace, or ``b""``."""
    match = _LEADING_SPACE.match(view)
    start = match.end() if match is not None else 0
    return bytes(view[start : start + 1])
