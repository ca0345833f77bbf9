"""Keystrokes from a handheld 2D scanner in keyboard-wedge mode, turned into card readings.

The lookup page feeds every character it receives here, whatever widget has focus. A scanner
types the QR text and then Enter; an officer types an ID number and Enter. The decision is
made on content alone, never on keystroke timing (which varies with scanner, USB hub and a
busy PC): an Enter inside an unfinished card payload (fewer than 7 fields, or an empty 7th
field) is taken as a stray line break inserted by the scanner, dropped, and the text goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.findings import Finding
from kiosk.domain.qr_payload import (
    MAX_LENGTH,
    MIN_FIELDS,
    SEPARATOR,
    CardQr,
    CardQrError,
    parse_card_qr,
)

ENTER = frozenset("\r\n")
BACKSPACE = "\b"
ESCAPE = "\x1b"
# Longer than any ID number an officer types: a longer line is a scanned payload.
_TYPED_MAX = 20


class LineKind(StrEnum):
    CARD = "card"  # a complete, valid card QR
    REJECTED = "rejected"  # a scanned payload that is not a usable card QR
    TEXT = "text"  # a short typed line, e.g. an ID number


@dataclass(frozen=True)
class WedgeLine:
    kind: LineKind
    text: str
    card: CardQr | None = None
    error: Finding | None = None


def _unfinished_payload(line: str) -> bool:
    fields = line.split(SEPARATOR)
    return 1 < len(fields) < MIN_FIELDS or (
        len(fields) == MIN_FIELDS and not fields[MIN_FIELDS - 1].strip()
    )


class WedgeBuffer:
    """Accumulates characters; `feed` returns the lines completed by the characters fed."""

    def __init__(self, today: date | None = None) -> None:
        self._chars: list[str] = []
        self._today = today

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def reset(self) -> None:
        self._chars.clear()

    def feed(self, text: str) -> list[WedgeLine]:
        done: list[WedgeLine] = []
        for char in text:
            if char in ENTER:
                line = self._enter()
                if line is not None:
                    done.append(line)
            elif char == BACKSPACE:
                if self._chars:
                    self._chars.pop()
            elif char == ESCAPE:
                self.reset()
            else:
                self._chars.append(char)
                if len(self._chars) > MAX_LENGTH:
                    done.append(self._classify(self.pending))
                    self.reset()
        return done

    def flush(self) -> list[WedgeLine]:
        """End the pending text as if Enter came (scanners configured without a suffix)."""
        text = self.pending
        self.reset()
        if not text.strip() or _only_separators(text):
            return []
        return [self._classify(text)]

    def _enter(self) -> WedgeLine | None:
        text = self.pending
        if not text.strip() or _only_separators(text):
            # The LF of a CR LF pair, or the trailing empty fields cut off by a stray Enter.
            self.reset()
            return None
        if _unfinished_payload(text):
            # Scanners that break long data into packets insert the Enter; nothing was lost.
            return None
        self.reset()
        return self._classify(text)

    def _classify(self, text: str) -> WedgeLine:
        stripped = text.strip()
        if SEPARATOR not in stripped and "://" not in stripped and len(stripped) <= _TYPED_MAX:
            return WedgeLine(LineKind.TEXT, stripped)
        try:
            card = parse_card_qr(text, today=self._today)
        except CardQrError as exc:
            return WedgeLine(LineKind.REJECTED, stripped, error=exc.finding)
        return WedgeLine(LineKind.CARD, stripped, card=card)


def _only_separators(text: str) -> bool:
    return not text.replace(SEPARATOR, "").strip()
