"""What can go wrong reading a chip, as codes the UI and the CLI word themselves."""

from __future__ import annotations


class ChipError(Exception):
    """Base of every chip failure; `code` is stable, `detail` is a value (never personal data)."""

    code = "chip_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(f"{self.code}: {detail}" if detail else self.code)
        self.detail = detail


class PcscUnavailable(ChipError):
    """No PC/SC service (pcscd not running, pyscard missing)."""

    code = "pcsc_unavailable"


class NoReader(ChipError):
    code = "no_reader"


class NoCard(ChipError):
    code = "no_card"


class CardRemoved(ChipError):
    """The card left the field (or the reader went away) during the read."""

    code = "card_removed"


class NotAnEmrtd(ChipError):
    """The card has no ICAO eMRTD application."""

    code = "not_emrtd"


class AccessDenied(ChipError):
    """BAC refused: the document number, birth or expiry date does not match the card."""

    code = "access_denied"


class SecureMessagingError(ChipError):
    """A protected response failed its MAC or was malformed: the session cannot be trusted."""

    code = "secure_messaging"


class CardStatusError(ChipError):
    """The card answered a command with an unexpected status word."""

    code = "card_status"

    def __init__(self, sw: int, command: str = "") -> None:
        super().__init__(f"{command} {sw:04X}".strip())
        self.sw = sw


class LdsError(ChipError):
    """A data group or the security object could not be parsed."""

    code = "lds_malformed"
