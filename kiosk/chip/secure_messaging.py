"""Secure messaging after BAC (Doc 9303 part 11, 9.8): commands wrapped as DO87 (encrypted
data), DO97 (Le), DO8E (MAC over the send sequence counter, the masked header and the DOs);
responses checked and unwrapped from DO87/DO99/DO8E."""

from __future__ import annotations

from kiosk.chip import cipher, tlv
from kiosk.chip.apdu import Command, Response
from kiosk.chip.errors import SecureMessagingError

SM_CLA = 0x0C
_SSC_MOD = 1 << 64


class SecureChannel:
    """One BAC session: the session keys and the send sequence counter both sides advance."""

    def __init__(self, ks_enc: bytes, ks_mac: bytes, ssc: int) -> None:
        self._ks_enc = ks_enc
        self._ks_mac = ks_mac
        self.ssc = ssc

    def __repr__(self) -> str:
        return "SecureChannel(<keys hidden>)"

    def _next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) % _SSC_MOD
        # always 8 bytes: a counter that starts with zero bytes keeps them
        return self.ssc.to_bytes(8, "big")

    def protect(self, command: Command) -> bytes:
        if command.cla & 0x0C:
            raise ValueError("command already protected")
        header = bytes((command.cla | SM_CLA,)) + command.header()[1:]
        body = b""
        if command.data:
            encrypted = cipher.encrypt(self._ks_enc, cipher.pad(command.data))
            # odd INS would take DO85; eMRTD BAC commands use even INS (DO87 with 01 padding byte)
            body += tlv.encode(0x87, b"\x01" + encrypted)
        if command.le is not None:
            body += tlv.encode(0x97, bytes((command.le & 0xFF,)))
        mac_input = cipher.pad(self._next_ssc() + cipher.pad(header) + body)
        body += tlv.encode(0x8E, cipher.retail_mac(self._ks_mac, mac_input))
        return header + bytes((len(body),)) + body + b"\x00"

    def unprotect(self, raw: bytes) -> Response:
        """The plain response; SecureMessagingError when the card dropped out of secure
        messaging (plain SW, typically 6987/6988) or a MAC does not match."""
        outer = Response.from_bytes(raw)
        ssc = self._next_ssc()
        if not outer.data:
            raise SecureMessagingError(f"plain_status_{outer.sw:04X}")
        do87 = do99 = mac = None
        covered = b""
        for obj in tlv.iter_tlv(outer.data):
            if obj.tag in (0x87, 0x85):
                do87 = obj
                covered += obj.raw
            elif obj.tag == 0x99:
                do99 = obj
                covered += obj.raw
            elif obj.tag == 0x8E:
                mac = obj.value
            else:
                raise SecureMessagingError(f"unexpected_do_{obj.tag:X}")
        if mac is None or do99 is None or len(do99.value) != 2:
            raise SecureMessagingError("missing_do")
        expected = cipher.retail_mac(self._ks_mac, cipher.pad(ssc + covered))
        if not cipher.mac_equal(expected, mac):
            raise SecureMessagingError("response_mac")
        data = b""
        if do87 is not None:
            encrypted = do87.value[1:] if do87.tag == 0x87 else do87.value
            if do87.tag == 0x87 and do87.value[:1] != b"\x01":
                raise SecureMessagingError("padding_indicator")
            try:
                data = cipher.unpad(cipher.decrypt(self._ks_enc, encrypted))
            except ValueError:
                raise SecureMessagingError("response_padding") from None
        return Response(data, int.from_bytes(do99.value, "big"))
