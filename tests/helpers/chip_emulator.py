"""An ICAO eMRTD chip with BAC on the vsmartcard framework (vicc): run by Debian's python3 as
a child of the tests, it connects to vpcd's port and answers the kiosk through pcscd.

The card side is written independently of kiosk.chip (PyCryptodome, its own APDU handling),
so that a mistake in the kiosk's protocol code cannot be mirrored here. The library's stock
ePass card is not used: it does not enforce BAC, drops leading zeros of the send sequence
counter and expects a passport MRZ (docs/chip.md).

    python3 chip_emulator.py CARD.json PORT
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys

VSMARTCARD = "/usr/lib/python3/site-packages/virtualsmartcard"


def _import_framework():  # type: ignore[no-untyped-def]
    # Debian installs the framework outside python3's path and ships PyCryptodome as
    # 'Cryptodome' while the framework imports 'Crypto'.
    import Cryptodome
    import Cryptodome.Cipher
    import Cryptodome.Hash

    sys.modules.setdefault("Crypto", Cryptodome)
    sys.modules.setdefault("Crypto.Cipher", Cryptodome.Cipher)
    sys.modules.setdefault("Crypto.Hash", Cryptodome.Hash)
    if VSMARTCARD not in sys.path:
        sys.path.append(VSMARTCARD)
    from virtualsmartcard import VirtualSmartcard

    return VirtualSmartcard


def _check_digit(text: str) -> str:
    values = {"<": 0, **{str(d): d for d in range(10)}}
    values.update({chr(65 + i): 10 + i for i in range(26)})
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def _parity(key: bytes) -> bytes:
    return bytes((b & 0xFE) | (bin(b & 0xFE).count("1") + 1) % 2 for b in key)


def _kdf(seed: bytes, counter: int) -> bytes:
    return _parity(hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()[:16])


def _pad(data: bytes) -> bytes:
    data += b"\x80"
    return data + bytes(-len(data) % 8)


def _unpad(data: bytes) -> bytes:
    return data[: data.rstrip(b"\x00").rindex(b"\x80")]


def _enc(key: bytes, data: bytes) -> bytes:
    from Cryptodome.Cipher import DES3

    return DES3.new(key, DES3.MODE_CBC, bytes(8)).encrypt(data)


def _dec(key: bytes, data: bytes) -> bytes:
    from Cryptodome.Cipher import DES3

    return DES3.new(key, DES3.MODE_CBC, bytes(8)).decrypt(data)


def _mac(key: bytes, data: bytes) -> bytes:
    from Cryptodome.Cipher import DES

    state = DES.new(key[:8], DES.MODE_CBC, bytes(8)).encrypt(data)[-8:]
    state = DES.new(key[8:], DES.MODE_ECB).decrypt(state)
    return DES.new(key[:8], DES.MODE_ECB).encrypt(state)


def _tlv(tag: int, value: bytes) -> bytes:
    if len(value) < 0x80:
        length = bytes((len(value),))
    elif len(value) < 0x100:
        length = b"\x81" + bytes((len(value),))
    else:
        length = b"\x82" + len(value).to_bytes(2, "big")
    return bytes((tag,)) + length + value


def _parse_dos(data: bytes) -> dict[int, bytes]:
    out, pos = {}, 0
    while pos < len(data):
        tag, length = data[pos], data[pos + 1]
        pos += 2
        if length == 0x81:
            length, pos = data[pos], pos + 1
        elif length == 0x82:
            length, pos = int.from_bytes(data[pos : pos + 2], "big"), pos + 2
        out[tag] = data[pos : pos + length]
        pos += length
    return out


SW_OK = b"\x90\x00"


class EmrtdCard:
    """The card's operating system: what the framework's VirtualICC calls."""

    def __init__(self, spec: dict[str, object], atr: bytes) -> None:
        self.files = {int(k, 16): bytes.fromhex(v) for k, v in spec["files"].items()}
        number = str(spec["document_number"]).ljust(9, "<")
        birth, expiry = str(spec["date_of_birth"]), str(spec["date_of_expiry"])
        mrz = number + _check_digit(number) + birth + _check_digit(birth)
        mrz += expiry + _check_digit(expiry)
        seed = hashlib.sha1(mrz.encode()).digest()[:16]
        self.k_enc, self.k_mac = _kdf(seed, 1), _kdf(seed, 2)
        self.remove_at_read = int(spec.get("remove_at_read", 0))
        self.replay = [(bytes.fromhex(c), bytes.fromhex(r)) for c, r in spec.get("replay", [])]
        # the chip's own Active Authentication key (RSA), never readable from the card
        aa = spec.get("active_key")
        self.aa_key = (int(aa["n"], 16), int(aa["d"], 16)) if aa else None
        # its Chip Authentication key (ECDH, P-256), never readable either
        ca = spec.get("chip_key")
        self.ca_key = int(ca, 16) if ca else None
        self.pending: tuple[bytes, bytes] | None = None  # session keys after this answer
        self.atr = atr
        self.reads = 0
        self.reset()

    # the framework's SmartcardOS interface
    def getATR(self) -> bytes:
        return self.atr

    def powerUp(self) -> None:
        self.reset()

    def powerDown(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.replayed = 0
        self.selected_app = False
        self.current: bytes | None = None
        self.rnd_icc: bytes | None = None
        self.session: tuple[bytes, bytes] | None = None
        self.ssc = 0

    def execute(self, msg: bytes) -> bytes:
        if self.replay:  # the benchmark's baseline: recorded answers, no crypto, no files
            command, answer = self.replay[self.replayed % len(self.replay)]
            self.replayed += 1
            return answer if command == msg else b"\x6f\x00"
        cla, ins, p1, _p2 = msg[:4]
        if cla & 0x0C == 0x0C:
            return self._protected(msg)
        if self.session is not None:  # a plain command ends the secure session
            self.session = None
            return b"\x69\x87"
        body = msg[4:]
        data = body[1 : 1 + body[0]] if len(body) > 1 else b""
        if ins == 0xA4 and p1 == 0x04:
            self.selected_app = data == bytes.fromhex("A0000002471001")
            return SW_OK if self.selected_app else b"\x6a\x82"
        if not self.selected_app:
            return b"\x6d\x00"
        if ins == 0x84:
            self.rnd_icc = os.urandom(8)
            return self.rnd_icc + SW_OK
        if ins == 0x82:
            return self._external_authenticate(data)
        return b"\x69\x82"  # files need BAC

    def _external_authenticate(self, data: bytes) -> bytes:
        rnd_icc, self.rnd_icc = self.rnd_icc, None
        if rnd_icc is None or len(data) != 40:
            return b"\x69\x85"
        if _mac(self.k_mac, _pad(data[:32])) != data[32:]:
            return b"\x63\x00"
        plain = _dec(self.k_enc, data[:32])
        rnd_ifd, echoed, k_ifd = plain[:8], plain[8:16], plain[16:]
        if echoed != rnd_icc:
            return b"\x63\x00"
        k_icc = os.urandom(16)
        e_icc = _enc(self.k_enc, rnd_icc + rnd_ifd + k_icc)
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_icc, strict=False))
        self.session = (_kdf(seed, 1), _kdf(seed, 2))
        self.ssc = int.from_bytes(rnd_icc[4:] + rnd_ifd[4:], "big")
        return e_icc + _mac(self.k_mac, _pad(e_icc)) + SW_OK

    def _protected(self, msg: bytes) -> bytes:
        if self.session is None:
            return b"\x69\x88"
        ks_enc, ks_mac = self.session
        header, lc = msg[:4], msg[4]
        dos = _parse_dos(msg[5 : 5 + lc])
        covered = b"".join(_tlv(t, dos[t]) for t in (0x87, 0x97) if t in dos)
        self.ssc = (self.ssc + 1) % (1 << 64)
        expected = _mac(ks_mac, _pad(self.ssc.to_bytes(8, "big") + _pad(header) + covered))
        if dos.get(0x8E) != expected:
            self.session = None
            return b"\x69\x88"
        data = _unpad(_dec(ks_enc, dos[0x87][1:])) if 0x87 in dos else b""
        le = dos[0x97][0] if 0x97 in dos else None
        answer, sw = self._command(header[1], header[2], header[3], data, le)
        if answer is None:  # the card leaves the field
            return b""
        body = _tlv(0x87, b"\x01" + _enc(ks_enc, _pad(answer))) if answer else b""
        body += _tlv(0x99, sw)
        self.ssc = (self.ssc + 1) % (1 << 64)
        body += _tlv(0x8E, _mac(ks_mac, _pad(self.ssc.to_bytes(8, "big") + body)))
        if self.pending is not None:  # Chip Authentication: new keys from the next command
            self.session, self.pending, self.ssc = self.pending, None, 0
        return body + SW_OK

    def _command(
        self, ins: int, p1: int, p2: int, data: bytes, le: int | None
    ) -> tuple[bytes | None, bytes]:
        if ins == 0xA4 and p1 == 0x02:
            fid = int.from_bytes(data, "big")
            if fid not in self.files:
                return b"", b"\x6a\x82"
            self.current = self.files[fid]
            return b"", SW_OK
        if ins == 0xB0:
            if self.current is None:
                return b"", b"\x69\x86"
            self.reads += 1
            if self.remove_at_read and self.reads >= self.remove_at_read:
                return None, b""
            offset = (p1 << 8) | p2
            if offset >= len(self.current):
                return b"", b"\x6b\x00"
            chunk = self.current[offset : offset + (le or 256)]
            return chunk, SW_OK
        if ins == 0x22 and (p1, p2) == (0x41, 0xA6) and self.ca_key is not None:
            return self._set_kat(data)
        if ins == 0x88 and self.aa_key is not None:
            return self._internal_authenticate(data), SW_OK
        return b"", b"\x6d\x00"

    def _set_kat(self, data: bytes) -> tuple[bytes, bytes]:
        """MSE:Set KAT: ECDH of the chip's static key with the reader's ephemeral point."""
        from cryptography.hazmat.primitives.asymmetric import ec

        dos = _parse_dos(data)
        try:
            peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), dos[0x91])
        except (KeyError, ValueError):
            return b"", b"\x6a\x80"
        private = ec.derive_private_key(self.ca_key, ec.SECP256R1())
        shared = private.exchange(ec.ECDH(), peer)
        self.pending = (_kdf(shared, 1), _kdf(shared, 2))
        return b"", SW_OK

    def _internal_authenticate(self, challenge: bytes) -> bytes:
        """ISO/IEC 9796-2 scheme 1, SHA-1, partial recovery: 6A || M1 || H(M1 || C) || BC."""
        n, d = self.aa_key
        size = (n.bit_length() + 7) // 8
        m1 = os.urandom(size - 20 - 2)
        message = b"\x6a" + m1 + hashlib.sha1(m1 + challenge).digest() + b"\xbc"
        return pow(int.from_bytes(message, "big"), d, n).to_bytes(size, "big")


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as file:
        spec = json.load(file)
    port = int(sys.argv[2])
    framework = _import_framework()
    atr = framework.Iso7816OS.makeATR(T=1, directConvention=True, TA1=0x13)

    class Vicc(framework.VirtualICC):
        """The framework's vpcd link, with this card instead of a generated one."""

        def __init__(self) -> None:
            self.os = EmrtdCard(spec, atr)
            self.host, self.port, self.server_sock = "127.0.0.1", port, None
            self.sock = self.connectToPort(self.host, port)
            self.sock.settimeout(None)

    vicc = Vicc()
    original = vicc.os.execute

    def execute(msg: bytes) -> bytes:
        answer = original(msg)
        if not answer:  # leave the field: vpcd sees the card go
            vicc.sock.close()
            os._exit(0)
        return answer

    vicc.os.execute = execute
    print("ready", flush=True)
    with contextlib.suppress(SystemExit):
        vicc.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
