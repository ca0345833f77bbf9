"""What a check tells the officer: a stable code and its values, a severity; no words.

A Finding is attached to one field, so the GUI can show it inline beside that field. An
ERROR blocks the step; a WARNING is shown and confirmed by the officer, then the case goes on.
The sentence the officer reads is the UI catalogue's (kiosk/ui/catalogue/findings.py), looked
up by `code` and filled with `params`, in the language the UI speaks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")
Param = str | int


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class FindingCode(StrEnum):
    """Every finding the domain and the card readers produce; the UI has words for each."""

    # citizen's number
    ID_REQUIRED = "id_required"
    ID_NOT_DIGITS = "id_not_digits"
    ID_BAD_LENGTH = "id_bad_length"  # length
    ID_UNKNOWN_PLACE_CODE = "id_unknown_place_code"  # place_code
    ID_BAD_PLACE_CODE = "id_bad_place_code"  # place_code: in no range of places at all
    ID_YEAR_MISMATCH = "id_year_mismatch"  # stated_year, entered_year
    ID_SEX_MISMATCH = "id_sex_mismatch"  # stated_sex, entered_sex (Sex values)
    ID_YEAR_SEX_MISMATCH = "id_year_sex_mismatch"  # all four
    QR_ID_DIFFERS_FROM_LOOKUP = "qr_id_differs_from_lookup"
    # name
    NAME_REQUIRED = "name_required"
    NAME_TOO_LONG = "name_too_long"  # limit
    NAME_BAD_CHARACTERS = "name_bad_characters"  # characters
    NAME_SINGLE_WORD = "name_single_word"
    NAME_DIFFERS_FROM_QR = "name_differs_from_qr"  # qr_name
    # date of birth, sex, other fields
    DOB_REQUIRED = "dob_required"
    DOB_FORMAT = "dob_format"
    DOB_INVALID = "dob_invalid"
    DOB_FUTURE = "dob_future"
    DOB_TOO_EARLY = "dob_too_early"  # year
    DOB_DIFFERS_FROM_QR = "dob_differs_from_qr"  # qr_date (dd/mm/yyyy)
    SEX_INVALID = "sex_invalid"
    SEX_DIFFERS_FROM_QR = "sex_differs_from_qr"  # qr_sex (Sex value)
    OLD_ID_INVALID = "old_id_invalid"
    ADDRESS_TOO_LONG = "address_too_long"  # limit
    UNIT_REQUIRED = "unit_required"
    # phone, e-mail
    PHONE_REQUIRED = "phone_required"
    PHONE_NOT_DIGITS = "phone_not_digits"
    PHONE_INVALID = "phone_invalid"
    PHONE_FOREIGN = "phone_foreign"
    PHONE_NOT_MOBILE = "phone_not_mobile"
    PHONE_NOT_CONFIRMED = "phone_not_confirmed"
    EMAIL_INVALID = "email_invalid"
    # card QR
    QR_EMPTY = "qr_empty"
    QR_TOO_LONG = "qr_too_long"
    QR_IS_URL = "qr_is_url"
    QR_MANGLED_TEXT = "qr_mangled_text"
    QR_NOT_CARD = "qr_not_card"
    QR_TOO_FEW_FIELDS = "qr_too_few_fields"  # count, minimum
    QR_BAD_ID_NUMBER = "qr_bad_id_number"
    QR_BAD_OLD_ID_NUMBER = "qr_bad_old_id_number"
    QR_BAD_NAME = "qr_bad_name"  # reason (a FindingCode of the name)
    QR_BAD_DATE_OF_BIRTH = "qr_bad_date_of_birth"
    QR_BAD_ISSUE_DATE = "qr_bad_issue_date"
    QR_BAD_SEX = "qr_bad_sex"
    QR_DATES_INCONSISTENT = "qr_dates_inconsistent"
    QR_ISSUE_DATE_IN_FUTURE = "qr_issue_date_in_future"
    QR_NO_DIACRITICS = "qr_no_diacritics"
    QR_NOT_FOUND = "qr_not_found"
    QR_OTHER_CARD = "qr_other_card"
    # machine-readable zone
    MRZ_BAD_SHAPE = "mrz_bad_shape"
    MRZ_NOT_VIETNAMESE_ID = "mrz_not_vietnamese_id"
    MRZ_CHECK_DIGIT = "mrz_check_digit"
    MRZ_INCONSISTENT = "mrz_inconsistent"
    MRZ_BAD_DATE_OF_BIRTH = "mrz_bad_date_of_birth"
    MRZ_BAD_EXPIRY_DATE = "mrz_bad_expiry_date"
    MRZ_ID_DIFFERS = "mrz_id_differs"
    MRZ_BIRTH_DIFFERS = "mrz_birth_differs"
    MRZ_SEX_DIFFERS = "mrz_sex_differs"
    MRZ_NAME_DIFFERS = "mrz_name_differs"


@dataclass(frozen=True)
class Finding:
    """`code` is a FindingCode for the domain's own findings; other layers (forms) may use
    their own codes and hand their sentence in `params["text"]` until they have codes."""

    field: str
    code: str
    severity: Severity
    params: tuple[tuple[str, Param], ...] = ()

    @classmethod
    def error(cls, field: str, code: str, text: str = "", **params: Param) -> Finding:
        return cls(field, code, Severity.ERROR, _pack(text, params))

    @classmethod
    def warning(cls, field: str, code: str, text: str = "", **params: Param) -> Finding:
        return cls(field, code, Severity.WARNING, _pack(text, params))

    @property
    def values(self) -> dict[str, Param]:
        return dict(self.params)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, str]:
        """Flat strings (the case keeps QR warnings as dict[str, str]); params as JSON."""
        return {
            "field": self.field,
            "code": self.code,
            "severity": self.severity.value,
            "params": json.dumps(self.values, ensure_ascii=False),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Finding:
        """What to_json wrote; an older record's "message" (words) is dropped."""
        raw = data.get("params")
        if isinstance(raw, str):
            try:
                raw = json.loads(raw)
            except ValueError:
                raw = None
        params = raw if isinstance(raw, Mapping) else {}
        severity = Severity.ERROR if data.get("severity") == "error" else Severity.WARNING
        return cls(
            str(data.get("field") or ""),
            str(data.get("code") or ""),
            severity,
            tuple((str(k), v if isinstance(v, int) else str(v)) for k, v in params.items()),
        )


def _pack(text: str, params: Mapping[str, Param]) -> tuple[tuple[str, Param], ...]:
    packed = dict(params)
    if text:
        packed["text"] = text
    return tuple(packed.items())


@dataclass(frozen=True)
class Checked(Generic[T]):
    """A normalised value (None when unusable) and what was found while checking it."""

    value: T | None
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    @property
    def ok(self) -> bool:
        return self.value is not None and not self.errors


def has_errors(findings: tuple[Finding, ...] | list[Finding]) -> bool:
    return any(f.is_error for f in findings)
