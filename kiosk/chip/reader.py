"""One read of the chip: select the eMRTD application, open BAC, read EF.COM, the data groups
and EF.SOD under secure messaging, then passive authentication."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from cryptography import x509

from kiosk.chip import active_auth, apdu, bac, chip_auth, lds, sod, tlv
from kiosk.chip.errors import (
    AccessDenied,
    CardStatusError,
    ChipError,
    LdsError,
    NotAnEmrtd,
    SecureMessagingError,
)
from kiosk.chip.secure_messaging import SecureChannel

# Most a protected READ BINARY asks for: its encrypted, padded answer plus DO99 and DO8E
# still fits a short response (Doc 9303 part 11 implementations use 0xDF or less).
MAX_READ = 0xDF
# The groups a counter needs; DG3/DG4 (fingerprints, irises) need EAC and are never asked for.
DEFAULT_GROUPS = (1, 2, 13, 14, 15)

Step = Callable[[str, float], None]


@dataclass(frozen=True)
class ChipRead:
    ef_com: lds.EfCom
    groups: Mapping[int, bytes]  # raw files as read, by data group number
    security_object: sod.SecurityObject
    authentication: sod.PassiveAuthentication
    mrz: lds.Mrz | None = None
    face: lds.FaceImage | None = None
    dg13: lds.Dg13 | None = None
    timings: dict[str, float] = field(default_factory=dict)
    # Active Authentication with DG15's key: absent when the chip has no DG15
    active_authentication: active_auth.Outcome = "absent"
    # Chip Authentication with DG14's key: absent when the chip has no DG14
    chip_authentication: chip_auth.Outcome = "absent"

    def __repr__(self) -> str:
        return f"ChipRead(groups={sorted(self.groups)}, {self.authentication.code})"


class Session:
    """Plain until BAC succeeds, protected after; every exchange goes through `exchange`."""

    def __init__(self, transport: apdu.Transport, random: Callable[[int], bytes] = os.urandom):
        self._transport = transport
        self._random = random
        self._channel: SecureChannel | None = None

    def exchange(self, command: apdu.Command) -> apdu.Response:
        if self._channel is None:
            return apdu.Response.from_bytes(self._transport.transmit(command.to_bytes()))
        return self._channel.unprotect(self._transport.transmit(self._channel.protect(command)))

    def select_application(self) -> None:
        answer = self.exchange(apdu.select_application())
        if not answer.ok:
            raise NotAnEmrtd(f"{answer.sw:04X}")

    def open_bac(self, key: bac.BacKey) -> None:
        challenge = self.exchange(apdu.get_challenge())
        if not challenge.ok or len(challenge.data) != 8:
            raise CardStatusError(challenge.sw, "get_challenge")
        rnd_icc = challenge.data
        rnd_ifd, k_ifd = self._random(8), self._random(16)
        k_enc, k_mac = key.keys()
        data = bac.ifd_authentication(rnd_icc, rnd_ifd, k_ifd, k_enc, k_mac)
        answer = self.exchange(apdu.external_authenticate(data))
        if answer.sw in (0x6300, apdu.SW_SECURITY_NOT_SATISFIED, 0x6988) or (
            answer.sw & 0xFFF0 == 0x63C0
        ):
            raise AccessDenied(f"{answer.sw:04X}")
        if not answer.ok:
            raise CardStatusError(answer.sw, "external_authenticate")
        k_icc = bac.icc_key_material(answer.data, rnd_icc, rnd_ifd, k_enc, k_mac)
        ks_enc, ks_mac = bac.session_keys(k_ifd, k_icc)
        self._channel = SecureChannel(ks_enc, ks_mac, bac.send_sequence_counter(rnd_icc, rnd_ifd))

    def active_authentication(self, dg15: bytes) -> active_auth.Outcome:
        key = active_auth.parse_dg15(dg15)
        challenge = self._random(8)
        answer = self.exchange(
            apdu.Command(0x00, apdu.INS_INTERNAL_AUTHENTICATE, 0x00, 0x00, challenge, le=256)
        )
        if not answer.ok or not answer.data:
            return "failed"
        return "verified" if active_auth.verify(key, challenge, answer.data) else "failed"

    def chip_authentication(self, dg14: bytes) -> chip_auth.Outcome:
        info = chip_auth.parse_dg14(dg14)
        # without a ChipAuthenticationInfo, an ECDH key means CA version 1 with 3DES
        usable = info.keys and (not info.protocols or chip_auth.CA_ECDH_3DES in info.protocols)
        if not usable:
            return "unsupported" if info.protocols or info.other_keys or info.keys else "absent"
        exchange = chip_auth.key_agreement(info.keys[0])
        answer = self.exchange(exchange.command)
        if not answer.ok:
            return "failed"
        self._channel = SecureChannel(exchange.ks_enc, exchange.ks_mac, 0)
        try:  # the first answer under the new keys proves the chip derived them
            selected = self.exchange(apdu.select_file(lds.EF_COM))
        except SecureMessagingError:
            return "failed"
        return "verified" if selected.ok else "failed"

    def read_file(self, fid: int) -> bytes | None:
        """The whole file, or None when the card has no such file."""
        selected = self.exchange(apdu.select_file(fid))
        if selected.sw == apdu.SW_FILE_NOT_FOUND:
            return None
        if not selected.ok:
            raise CardStatusError(selected.sw, f"select_{fid:04X}")
        head = self._read(0, 8)
        try:
            header, length = tlv.header_length(head)
        except LdsError:
            raise
        total = header + length
        data = bytearray(head[:total])
        while len(data) < total:
            data += self._read(len(data), min(MAX_READ, total - len(data)))
        return bytes(data)

    def _read(self, offset: int, length: int) -> bytes:
        answer = self.exchange(apdu.read_binary(offset, length))
        if not answer.ok and not (answer.sw == apdu.SW_END_OF_FILE and answer.data):
            raise CardStatusError(answer.sw, "read_binary")
        if not answer.data:
            raise LdsError("empty_read")
        return answer.data


def read_chip(
    transport: apdu.Transport,
    key: bac.BacKey,
    cscas: Iterable[x509.Certificate] = (),
    *,
    wanted: Iterable[int] = DEFAULT_GROUPS,
    random: Callable[[int], bytes] = os.urandom,
    on_step: Step | None = None,
) -> ChipRead:
    """The full read. Errors (NoCard, AccessDenied, CardRemoved, SecureMessagingError...)
    propagate as ChipError; a read that completes always carries its authentication outcome."""
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def mark(step: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[step] = timings.get(step, 0.0) + now - started
        started = now
        if on_step is not None:
            on_step(step, timings[step])

    session = Session(transport, random)
    session.select_application()
    session.open_bac(key)
    mark("bac")
    com_raw = session.read_file(lds.EF_COM)
    if com_raw is None:
        raise NotAnEmrtd("no_ef_com")
    ef_com = lds.parse_ef_com(com_raw)
    mark("ef_com")
    groups: dict[int, bytes] = {}
    for number in wanted:
        if number not in ef_com.data_groups:
            continue
        content = session.read_file(lds.dg_fid(number))
        if content is not None:
            groups[number] = content
        mark(f"dg{number}")
    sod_raw = session.read_file(lds.EF_SOD)
    if sod_raw is None:
        raise LdsError("no_sod")
    security_object = sod.parse_sod(sod_raw)
    mark("sod")
    outcome = sod.passive_authentication(security_object, groups, cscas)
    mark("passive_authentication")
    active: active_auth.Outcome = "absent"
    if 15 in groups and outcome.status != "failed":  # DG15's key is trusted only once hashed
        active = session.active_authentication(groups[15])
        if active == "failed":  # the files may be genuine, the chip is not their chip
            outcome = sod.PassiveAuthentication("failed", "active_authentication")
        mark("active_authentication")
    chip: chip_auth.Outcome = "absent"
    if 14 in groups and outcome.status != "failed":  # DG14's key is trusted only once hashed
        chip = session.chip_authentication(groups[14])
        if chip == "failed":
            outcome = sod.PassiveAuthentication("failed", "chip_authentication")
        mark("chip_authentication")
    try:
        mrz = lds.parse_dg1(groups[1]) if 1 in groups else None
        face = lds.parse_dg2(groups[2]) if 2 in groups else None
        dg13 = lds.parse_dg13(groups[13]) if 13 in groups else None
    except ChipError:
        if outcome.status == "failed":  # a tampered group may not parse: the failure says why
            mrz, face, dg13 = None, None, None
        else:
            raise
    mark("parse")
    return ChipRead(
        ef_com, groups, security_object, outcome, mrz, face, dg13, timings, active, chip
    )
