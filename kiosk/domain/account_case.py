"""One citizen's case, from the lookup to the created account (seed 002, part I).

`AccountCase` is what the wizard's pages read and write and what the journal stores, step by
step, as a plain JSON object (`to_dict` / `from_dict`, by pydantic). It holds what the
officer typed as typed, so going back never loses anything, even a value that is not valid
yet; the checks in `details_check` turn that text into the values sent to the gateway.

Pure: no Qt, no HTTP, no storage.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import TypeAdapter

from kiosk.domain.citizen import CitizenDetails, parse_sex

SCHEMA = 1


class Step(StrEnum):
    """Where a case stands; the value is what the journal records as the step."""

    LOOKUP = "lookup"
    SCAN = "scan"
    DETAILS = "details"
    FORM = "form"
    OTP = "otp"
    RESULT = "result"  # the account was created
    EXISTS = "exists"  # the lookup found an account: nothing to create

    @property
    def terminal(self) -> bool:
        return self in (Step.RESULT, Step.EXISTS)


# The order of the working steps (the two ends are reached from LOOKUP and OTP).
ORDER: tuple[Step, ...] = (Step.LOOKUP, Step.SCAN, Step.DETAILS, Step.FORM, Step.OTP, Step.RESULT)


@dataclass
class ExistingAccount:
    """What the lookup says of an account that already exists (masked by the gateway)."""

    username_masked: str = ""
    full_name_masked: str = ""
    created_at: str = ""  # ISO 8601


@dataclass
class Outcome:
    """The gateway's answer to "create": the account exists from now on."""

    account_id: str = ""
    username: str = ""
    level: int = 0
    created_at: str = ""  # ISO 8601
    password_sms: str = ""
    replayed: bool = False
    # "create" (answered at once), "replay" or "lookup" (found out afterwards).
    confirmed_by: str = "create"


@dataclass
class AccountCase:
    """Everything of one citizen's case; nothing of any other."""

    case_id: str = ""
    step: Step = Step.LOOKUP
    officer_id: str = ""
    unit_id: str = ""
    unit_name: str = ""

    # -- page 1: lookup ----------------------------------------------------------------------
    id_number: str = ""  # the number looked up, normalised
    looked_up: bool = False
    exists: bool = False
    existing: ExistingAccount | None = None
    # The card's QR, from a wedge scanner, a card image or the scans ("wedge"/"image"/"scan").
    qr: dict[str, Any] | None = None
    qr_source: str = ""
    # The parser's warnings on that QR (Finding.to_json() dicts), for the officer to confirm.
    qr_warnings: list[dict[str, str]] = field(default_factory=list)

    # -- page 2: scan ------------------------------------------------------------------------
    front_dpi: float = 0.0  # 0: no front side yet
    back_dpi: float = 0.0
    pdf_size: int = 0  # 0: no PDF yet
    pdf_dpi: int = 0
    pdf_quality: int = 0
    qr_side: str = ""  # the side the QR was read from, when read from the scans
    scan_qr_problem: str = ""  # why no QR came from the scans (Vietnamese), when none did
    scan_qr_code: str = ""  # its code; "qr_other_card" blocks the case

    # -- page 3: details (as typed) ----------------------------------------------------------
    full_name: str = ""
    date_of_birth: str = ""
    sex: str = ""
    old_id_number: str = ""
    address: str = ""
    phone: str = ""
    phone_confirmed: bool = False  # the citizen confirmed the number is their own
    email: str = ""
    confirmed_warnings: list[str] = field(default_factory=list)

    # -- page 4: form ------------------------------------------------------------------------
    case_ref: str = ""
    form_fingerprint: str = ""  # the details the printed form shows
    form_printed: bool = False
    citizen_signed: bool = False

    # -- page 5: OTP ---------------------------------------------------------------------------
    otp_id: str = ""
    otp_phone: str = ""  # E.164 the code went to
    otp_sent_at: str = ""  # ISO, the kiosk's clock corrected to the gateway's
    otp_resend_after: str = ""
    otp_expires_at: str = ""
    otp_sends: int = 0

    # -- page 6: result ----------------------------------------------------------------------
    outcome: Outcome | None = None

    # -- life --------------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return self.outcome is not None or self.exists

    @property
    def has_front(self) -> bool:
        return self.front_dpi > 0

    @property
    def has_back(self) -> bool:
        return self.back_dpi > 0

    @property
    def has_pdf(self) -> bool:
        return self.pdf_size > 0

    @property
    def other_card_scanned(self) -> bool:
        """The scans carry a QR of another ID number: someone else's card."""
        return self.scan_qr_code == "qr_other_card"

    @property
    def qr_details(self) -> CitizenDetails | None:
        """The card's QR as details, or None when no usable QR was read."""
        if not self.qr:
            return None
        try:
            sex = parse_sex(str(self.qr.get("sex") or ""))
            if sex is None:
                return None
            issue = self.qr.get("issue_date")
            return CitizenDetails(
                id_number=str(self.qr["id_number"]),
                old_id_number=str(self.qr.get("old_id_number") or ""),
                full_name=str(self.qr["full_name"]),
                date_of_birth=date.fromisoformat(str(self.qr["date_of_birth"])),
                sex=sex,
                address=str(self.qr.get("address") or ""),
                issue_date=date.fromisoformat(str(issue)) if issue else None,
            )
        except (KeyError, ValueError):
            return None

    def set_qr(self, details: CitizenDetails, source: str, warnings: list[dict[str, str]]) -> None:
        self.qr = dict(details.to_json())
        self.qr_source = source
        self.qr_warnings = [dict(w) for w in warnings]

    def fill_from_qr(self, *, overwrite: bool = False) -> list[str]:
        """Copy the QR's details into the fields (empty ones, or all); returns what changed."""
        details = self.qr_details
        if details is None:
            return []
        values = {
            "full_name": details.full_name,
            "date_of_birth": details.date_of_birth.strftime("%d/%m/%Y"),
            "sex": details.sex.value,
            "old_id_number": details.old_id_number,
            "address": details.address,
        }
        changed = []
        for name, value in values.items():
            if value and (overwrite or not getattr(self, name)) and getattr(self, name) != value:
                setattr(self, name, value)
                changed.append(name)
        return changed

    def forget_pdf(self) -> None:
        self.pdf_size = self.pdf_dpi = self.pdf_quality = 0
        self.qr_side = ""
        self.scan_qr_problem = ""
        self.scan_qr_code = ""

    def copy(self) -> AccountCase:
        """An independent copy: work on a worker thread never shares lists with the screen."""
        return copy.deepcopy(self)

    # -- the journal's plain dict ------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _CASE.dump_python(self, mode="json")
        data["schema"] = SCHEMA
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AccountCase:
        """Rebuild from the journal; unknown keys (a newer kiosk's, "schema") are ignored."""
        return _CASE.validate_python(data)


def outcome_dict(outcome: Outcome) -> dict[str, Any]:
    """The gateway's answer as the journal keeps it."""
    data: dict[str, Any] = _OUTCOME.dump_python(outcome, mode="json")
    return data


def outcome_from_dict(data: dict[str, Any]) -> Outcome:
    """The gateway's answer as the journal (or a replay) holds it; other keys are ignored."""
    return _OUTCOME.validate_python(data)


# pydantic (de)serialises the dataclasses field by field, nested ones and the Step included,
# and ignores keys it does not know: no hand-kept list of fields to drift.
_CASE: TypeAdapter[AccountCase] = TypeAdapter(AccountCase)
_OUTCOME: TypeAdapter[Outcome] = TypeAdapter(Outcome)
