"""The rules of the details page, field by field, as the officer types (seed 002, Bước 1).

Each field gets its findings, so the page shows them inline beside it: an ERROR blocks the
step, a WARNING is shown and confirmed by the officer with one key (its code goes into
`AccountCase.confirmed_warnings`). When nothing blocks, `DetailsCheck.values` holds the
normalised values the form prints and the gateway receives.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kiosk.domain.account_case import AccountCase
from kiosk.domain.citizen import Sex, parse_sex
from kiosk.domain.email_address import check_email
from kiosk.domain.findings import Checked, Finding, FindingCode, Severity
from kiosk.domain.id_number import (
    CCCD_LENGTH,
    CMND_LENGTH,
    check_id_number,
    check_qr_matches_lookup,
    normalize_id_number,
)
from kiosk.domain.names import check_full_name, collapse_spaces, normalize_full_name
from kiosk.domain.phone import check_phone

EARLIEST_BIRTH = date(1900, 1, 1)
ADDRESS_MAX = 300
# Field names, in the order the page shows them.
FIELDS = (
    "id_number",
    "full_name",
    "date_of_birth",
    "sex",
    "old_id_number",
    "address",
    "phone",
    "phone_confirmed",
    "email",
    "unit",
)
_DATE = re.compile(r"^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class DetailsValues:
    """What is sent and printed, normalised."""

    id_number: str
    full_name: str
    date_of_birth: date
    sex: Sex | None
    old_id_number: str
    address: str
    phone: str  # E.164
    email: str
    unit_id: str

    def fingerprint(self) -> str:
        """Changes whenever anything the printed form shows changes."""
        data = {
            "id_number": self.id_number,
            "full_name": self.full_name,
            "date_of_birth": self.date_of_birth.isoformat(),
            "sex": self.sex.value if self.sex else "",
            "old_id_number": self.old_id_number,
            "address": self.address,
            "phone": self.phone,
            "email": self.email,
            "unit_id": self.unit_id,
        }
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class DetailsCheck:
    findings: dict[str, tuple[Finding, ...]]
    values: DetailsValues | None

    def of(self, name: str) -> tuple[Finding, ...]:
        return self.findings.get(name, ())

    @property
    def errors(self) -> list[Finding]:
        return [f for group in self.findings.values() for f in group if f.is_error]

    @property
    def warnings(self) -> list[Finding]:
        return [f for group in self.findings.values() for f in group if not f.is_error]

    def unconfirmed(self, confirmed: list[str]) -> list[Finding]:
        return [w for w in self.warnings if w.code not in confirmed]

    def passes(self, confirmed: list[str]) -> bool:
        """Nothing blocks: no error, and every warning confirmed by the officer."""
        return self.values is not None and not self.errors and not self.unconfirmed(confirmed)


def parse_birth_date(text: str, today: date) -> Checked[date]:
    """'17/05/1990', '17-5-1990', '17.05.1990', '17051990' or '1990-05-17'."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return Checked(None, (Finding.error("date_of_birth", FindingCode.DOB_REQUIRED),))
    day = month = year = 0
    if (m := _DATE.match(value)) is not None:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _ISO.match(value)) is not None:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif value.isdigit() and len(value) == 8:
        day, month, year = int(value[:2]), int(value[2:4]), int(value[4:])
    else:
        return Checked(
            None,
            (Finding.error("date_of_birth", FindingCode.DOB_FORMAT),),
        )
    try:
        parsed = date(year, month, day)
    except ValueError:
        return Checked(
            None,
            (Finding.error("date_of_birth", FindingCode.DOB_INVALID),),
        )
    if parsed > today:
        return Checked(None, (Finding.error("date_of_birth", FindingCode.DOB_FUTURE),))
    if parsed < EARLIEST_BIRTH:
        return Checked(
            None,
            (Finding.error("date_of_birth", FindingCode.DOB_TOO_EARLY, year=EARLIEST_BIRTH.year),),
        )
    return Checked(parsed)


def _old_id(text: str) -> Checked[str]:
    number = normalize_id_number(text)
    if not number:
        return Checked("")
    if not (number.isascii() and number.isdigit()) or len(number) not in (
        CMND_LENGTH,
        CCCD_LENGTH,
    ):
        return Checked(
            None,
            (Finding.error("old_id_number", FindingCode.OLD_ID_INVALID),),
        )
    return Checked(number)


def _differs_from_qr(
    case: AccountCase, name: str, dob: date | None, sex: Sex | None
) -> list[Finding]:
    """The officer changed what the card's QR says: possible, but worth a second look."""
    qr = case.qr_details
    if qr is None:
        return []
    found: list[Finding] = []
    if name and normalize_full_name(name) != qr.full_name:
        found.append(
            Finding.warning("full_name", FindingCode.NAME_DIFFERS_FROM_QR, qr_name=qr.full_name)
        )
    if dob is not None and dob != qr.date_of_birth:
        found.append(
            Finding.warning(
                "date_of_birth",
                FindingCode.DOB_DIFFERS_FROM_QR,
                qr_date=f"{qr.date_of_birth:%d/%m/%Y}",
            )
        )
    if sex is not None and sex is not qr.sex:
        found.append(Finding.warning("sex", FindingCode.SEX_DIFFERS_FROM_QR, qr_sex=qr.sex.value))
    return found


def _qr_warnings(case: AccountCase) -> list[Finding]:
    out = []
    for w in case.qr_warnings:
        field = str(w.get("field") or "id_number")
        if field in ("qr", "issue_date"):
            field = "id_number"
        stored = Finding.from_json(w)
        out.append(Finding(field, stored.code, Severity.WARNING, stored.params))
    return out


def check_details(case: AccountCase, *, today: date) -> DetailsCheck:
    """Every rule of the details page, on the case as typed."""
    found: dict[str, list[Finding]] = {name: [] for name in FIELDS}

    def add(items: list[Finding] | tuple[Finding, ...]) -> None:
        for f in items:
            found.setdefault(f.field if f.field in found else "id_number", []).append(f)

    name = check_full_name(case.full_name)
    add(name.findings)
    dob = parse_birth_date(case.date_of_birth, today)
    add(dob.findings)
    sex: Sex | None = None
    if case.sex.strip():
        sex = parse_sex(case.sex)
        if sex is None:
            add([Finding.error("sex", FindingCode.SEX_INVALID)])

    id_findings = check_id_number(case.id_number, dob.value, sex)
    if case.qr_details is not None:
        id_findings += check_qr_matches_lookup(case.qr_details.id_number, case.id_number)
    add(id_findings)
    old = _old_id(case.old_id_number)
    add(old.findings)
    address = collapse_spaces(case.address)
    if len(address) > ADDRESS_MAX:
        add([Finding.error("address", FindingCode.ADDRESS_TOO_LONG, limit=ADDRESS_MAX)])
    phone = check_phone(case.phone)
    add(phone.findings)
    if not case.phone_confirmed:
        add([Finding.error("phone_confirmed", FindingCode.PHONE_NOT_CONFIRMED)])
    email = check_email(case.email)
    add(email.findings)
    if not case.unit_id:
        add([Finding.error("unit", FindingCode.UNIT_REQUIRED)])
    add(_differs_from_qr(case, case.full_name, dob.value, sex))
    add(_qr_warnings(case))

    findings = {k: tuple(v) for k, v in found.items() if v}
    blocked = any(f.is_error for group in findings.values() for f in group)
    values = None
    if not blocked and name.value and dob.value and phone.value is not None:
        values = DetailsValues(
            id_number=normalize_id_number(case.id_number),
            full_name=name.value,
            date_of_birth=dob.value,
            sex=sex,
            old_id_number=old.value or "",
            address=address,
            phone=phone.value,
            email=email.value or "",
            unit_id=case.unit_id,
        )
    return DetailsCheck(findings, values)
