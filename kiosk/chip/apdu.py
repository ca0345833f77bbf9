"""ISO 7816-4 command and response APDUs (short length only: eMRTD reads use chunks < 256)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

SW_OK = 0x9000
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_SM_DATA_MISSING = 0x6987
SW_SM_DATA_INCORRECT = 0x6988
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_LENGTH = 0x6700
SW_END_OF_FILE = 0x6282

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_CHALLENGE = 0x84
INS_EXTERNAL_AUTHENTICATE = 0x82
INS_INTERNAL_AUTHENTICATE = 0x88

# Doc 9303 part 10: the LDS1 eMRTD application
EMRTD_AID = bytes.fromhex("A0000002471001")


@dataclass(frozen=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    # None: no Le field; 0 means "up to 256 bytes" (encoded 00)
    le: int | None = None

    def header(self) -> bytes:
        return bytes((self.cla, self.ins, self.p1, self.p2))

    def to_bytes(self) -> bytes:
        if len(self.data) > 255 or (self.le is not None and not 0 <= self.le <= 256):
            raise ValueError("extended length is not used here")
        out = self.header()
        if self.data:
            out += bytes((len(self.data),)) + self.data
        if self.le is not None:
            out += bytes((self.le & 0xFF,))
        return out


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    @classmethod
    def from_bytes(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ValueError("response shorter than a status word")
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))

    def to_bytes(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")


class Transport(Protocol):
    """Sends one raw command APDU and returns the raw response (data + SW1 SW2)."""

    def transmit(self, command: bytes) -> bytes: ...


def select_application(aid: bytes = EMRTD_AID) -> Command:
    return Command(0x00, INS_SELECT, 0x04, 0x0C, aid)


def select_file(fid: int) -> Command:
    return Command(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))


def read_binary(offset: int, length: int) -> Command:
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset beyond what READ BINARY with P1/P2 can address")
    return Command(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length)


def get_challenge() -> Command:
    return Command(0x00, INS_GET_CHALLENGE, 0x00, 0x00, le=8)


def external_authenticate(data: bytes) -> Command:
    return Command(0x00, INS_EXTERNAL_AUTHENTICATE, 0x00, 0x00, data, le=40)
