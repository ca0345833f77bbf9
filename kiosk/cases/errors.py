"""Why an operation on a case cannot run yet: a stable code (and its values), never words.

The officer's sentence for each code lives in the UI's catalogue (kiosk/ui/messages.py).
"""

from __future__ import annotations

# Every code a CaseError may carry, besides the ID-number findings passed through from
# kiosk.domain.id_number (whose own code is kept).
CODES = frozenset(
    {
        "not_looked_up",
        "case_ended",
        "no_scan",
        "no_pdf",
        "details_incomplete",
        "form_not_signed",
        "otp_not_sent",
        "otp_code_format",
        "qr_other_card",
        "no_place",
    }
)


class CaseError(Exception):
    """A step asked for before the case is ready for it.

    `detail` is only for a code of another layer passed through (an ID-number finding):
    that layer's own text, shown when the catalogue has no words for the code.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(code)
