"""PC/SC through pyscard: the readers this PC sees, and a transport to the card on one of
them. pyscard's exceptions become the chip's codes here and nowhere else."""

from __future__ import annotations

import contextlib
from typing import Any

from kiosk.chip.errors import CardRemoved, NoCard, NoReader, PcscUnavailable

# A contactless card answers within tens of milliseconds; pcscd's own timeouts cover the rest.


def _smartcard() -> Any:
    try:
        import smartcard.System
        from smartcard import Exceptions
    except ImportError as exc:  # the 'chip' extra is not installed
        raise PcscUnavailable("pyscard") from exc
    return smartcard.System, Exceptions


def list_readers() -> list[str]:
    system, _ = _smartcard()
    try:
        return [str(r) for r in system.readers()]
    except Exception as exc:  # no pcscd / no service: pyscard raises its own types
        raise PcscUnavailable(type(exc).__name__) from exc


class PcscTransport:
    """One connection to the card on `reader`; `transmit` maps pyscard errors to ours."""

    def __init__(self, connection: Any, reader: str) -> None:
        self._connection = connection
        self.reader = reader

    def transmit(self, command: bytes) -> bytes:
        _, exceptions = _smartcard()
        try:
            data, sw1, sw2 = self._connection.transmit(list(command))
        except exceptions.CardConnectionException as exc:
            raise CardRemoved(type(exc).__name__) from exc
        return bytes(data) + bytes((sw1, sw2))

    def close(self) -> None:
        # the card or the service may already have gone away: nothing left to close then
        # release(), not only disconnect(): pyscard would otherwise release its context when
        # garbage collected, possibly after pcscd went away
        with contextlib.suppress(Exception):
            self._connection.release()

    def __enter__(self) -> PcscTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(reader: str | None = None) -> PcscTransport:
    """The card on the named reader (a name or a unique part of it), else on the first reader
    that holds a card."""
    system, exceptions = _smartcard()
    readers = list_readers()
    if reader:
        readers = [r for r in readers if r == reader] or [r for r in readers if reader in r]
        if len(readers) != 1:
            raise NoReader(reader if not readers else "ambiguous")
    if not readers:
        raise NoReader()
    for handle in system.readers():
        name = str(handle)
        if name not in readers:
            continue
        connection = handle.createConnection()
        try:
            connection.connect()
        except (exceptions.NoCardException, exceptions.CardConnectionException):
            with contextlib.suppress(Exception):
                connection.release()
            continue
        return PcscTransport(connection, name)
    raise NoCard(readers[0] if len(readers) == 1 else "")
