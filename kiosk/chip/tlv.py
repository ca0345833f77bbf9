"""BER-TLV as the LDS and CMS use it: multi-byte tags, definite lengths up to four bytes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kiosk.chip.errors import LdsError


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    # the whole encoding, tag and length included (what a hash or a signature covers)
    raw: bytes

    @property
    def constructed(self) -> bool:
        first = self.tag.to_bytes((self.tag.bit_length() + 7) // 8 or 1, "big")[0]
        return bool(first & 0x20)

    def children(self) -> list[Tlv]:
        return list(iter_tlv(self.value))

    def find(self, tag: int) -> Tlv | None:
        for child in iter_tlv(self.value):
            if child.tag == tag:
                return child
        return None

    def require(self, tag: int) -> Tlv:
        found = self.find(tag)
        if found is None:
            raise LdsError(f"missing_tag_{tag:X}")
        return found


def read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise LdsError("truncated_tag")
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise LdsError("truncated_tag")
            tag = (tag << 8) | data[pos]
            pos += 1
            if not data[pos - 1] & 0x80:
                break
    return tag, pos


def read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise LdsError("truncated_length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 4 or pos + count > len(data):
        raise LdsError("bad_length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def header_length(data: bytes) -> tuple[int, int]:
    """(header size, value length) of the TLV at the start of `data`: how much of a file to
    read once its first bytes are known."""
    _, pos = read_tag(data, 0)
    length, pos = read_length(data, pos)
    return pos, length


def parse_one(data: bytes, pos: int = 0) -> tuple[Tlv, int]:
    start = pos
    tag, pos = read_tag(data, pos)
    length, pos = read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise LdsError("truncated_value")
    return Tlv(tag, data[pos:end], data[start:end]), end


def parse(data: bytes) -> Tlv:
    """Exactly one TLV (trailing bytes are an error: a file is one object)."""
    tlv, end = parse_one(data)
    if data[end:].strip(b"\x00\xff"):
        raise LdsError("trailing_bytes")
    return tlv


def iter_tlv(data: bytes) -> Iterator[Tlv]:
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF):  # ISO 7816-4 filler between objects
            pos += 1
            continue
        tlv, pos = parse_one(data, pos)
        yield tlv


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes((length,))
    size = (length.bit_length() + 7) // 8
    return bytes((0x80 | size,)) + length.to_bytes(size, "big")


def encode(tag: int, value: bytes) -> bytes:
    tag_bytes = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    return tag_bytes + encode_length(len(value)) + value
