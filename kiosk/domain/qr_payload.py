"""The text of the QR code on chip CCCD and Căn cước cards (domain-facts.md §2).

`số CCCD|số CMND cũ|Họ và tên|ngày sinh ddMMyyyy|giới tính|nơi thường trú|ngày cấp ddMMyyyy`,
7 fields on 2021 cards, 11 on cards from about 09/2024 (the last 4 seen empty). The same text
reaches us decoded from an image or typed by a keyboard-wedge scanner, which may add CR/LF and
spaces, send NFD, or mangle every non-ASCII letter. The rule is all or nothing: either every
field is valid and a CitizenDetails comes out, or CardQrError says why, with a stable code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kiosk.domain import vn_time
from kiosk.domain.citizen import CitizenDetails, parse_sex
from kiosk.domain.findings import Finding, FindingCode, Param, Severity
from kiosk.domain.id_number import CCCD_LENGTH, CMND_LENGTH, check_id_number
from kiosk.domain.names import check_full_name, collapse_spaces

FIELD = "qr"
SEPARATOR = "|"
MIN_FIELDS = 7
MAX_LENGTH = 1000  # a card QR holds about 150 characters; far beyond that it is not one
# Symbology identifier some scanners prefix (AIM "]Q1" = QR Code, model 2).
_AIM_PREFIX = re.compile(r"^\]Q[0-6]")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
_WHITESPACE = re.compile(r"\s+")
# UTF-8 Vietnamese read back as cp1252/latin-1: lead bytes C3–C6 show as Ã Ä Å Æ before a
# continuation byte; the 3-byte letters (E1 BA xx, E1 BB xx) show as "áº" / "á»".
_CONTINUATION = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"á[º»]|[ÃÄÅÆ][{_CONTINUATION}]")
# What is left of "Nữ" when a scanner strips accents or drops non-ASCII letters.
_MANGLED_FEMALE = frozenset({"nu", "n"})
_CONTROL = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})


class CardQrError(ValueError):
    """The text is not a usable card QR; `finding` carries the code (the UI words it)."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding

    @property
    def code(self) -> str:
        return self.finding.code


@dataclass(frozen=True)
class CardQr:
    """A card QR read completely; warnings are for the officer to confirm, not blocks."""

    details: CitizenDetails
    warnings: tuple[Finding, ...]
    field_count: int
    extra_fields: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = dict(self.details.to_json())
        data["warnings"] = [w.to_json() for w in self.warnings]
        return data


def _reject(code: FindingCode, **params: Param) -> CardQrError:
    return CardQrError(Finding(FIELD, code, Severity.ERROR, tuple(params.items())))


def clean_payload(text: str) -> str:
    """NFC, invisible characters and a scanner's symbology prefix removed, ends trimmed."""
    cleaned = unicodedata.normalize("NFC", text).translate(_INVISIBLE).strip()
    return _AIM_PREFIX.sub("", cleaned).strip()


def looks_mangled(text: str) -> bool:
    """True when the text shows the marks of a scanner that garbled non-ASCII letters."""
    if "?" in text or "\ufffd" in text:
        return True
    if any(unicodedata.category(c) in _CONTROL and not c.isspace() for c in text):
        return True
    if text.isascii():
        return False
    if _MOJIBAKE.search(text):
        return True
    for encoding in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        # Genuine Vietnamese never survives this round trip; mojibake turns back into text.
        if repaired != text:
            return True
    return False


def _digits(raw: str) -> str:
    return _WHITESPACE.sub("", raw)


def _is_ascii_digits(value: str) -> bool:
    return value.isascii() and value.isdigit()


def _parse_date(raw: str, code: FindingCode) -> date:
    value = _digits(raw)
    bad = _reject(code)
    if len(value) != 8 or not _is_ascii_digits(value):
        raise bad
    try:
        parsed = date(int(value[4:]), int(value[2:4]), int(value[:2]))
    except ValueError:
        raise bad from None
    if parsed.year < 1900:
        raise bad
    return parsed


def parse_card_qr(text: str, *, today: date | None = None) -> CardQr:
    """Parse a card QR text completely, or raise CardQrError; never a partial result."""
    today = today or vn_time.today()
    payload = clean_payload(text)
    if not payload:
        raise _reject(FindingCode.QR_EMPTY)
    if len(payload) > MAX_LENGTH:
        raise _reject(FindingCode.QR_TOO_LONG)
    if "://" in payload or payload.lower().startswith("www."):
        raise _reject(FindingCode.QR_IS_URL)
    if looks_mangled(payload):
        raise _reject(FindingCode.QR_MANGLED_TEXT)
    fields = payload.split(SEPARATOR)
    if len(fields) == 1:
        raise _reject(FindingCode.QR_NOT_CARD)
    if len(fields) < MIN_FIELDS:
        raise _reject(
            FindingCode.QR_TOO_FEW_FIELDS,
            count=len(fields),
            minimum=MIN_FIELDS,
        )

    id_number = _digits(fields[0])
    if len(id_number) != CCCD_LENGTH or not _is_ascii_digits(id_number):
        raise _reject(FindingCode.QR_BAD_ID_NUMBER)
    old_id = _digits(fields[1])
    if old_id and (len(old_id) not in (CMND_LENGTH, CCCD_LENGTH) or not _is_ascii_digits(old_id)):
        raise _reject(FindingCode.QR_BAD_OLD_ID_NUMBER)

    name = check_full_name(fields[2])
    if name.value is None:
        raise _reject(FindingCode.QR_BAD_NAME, reason=name.errors[0].code if name.errors else "")

    date_of_birth = _parse_date(fields[3], FindingCode.QR_BAD_DATE_OF_BIRTH)
    sex_text = collapse_spaces(fields[4])
    sex = parse_sex(sex_text)
    if sex is None:
        if sex_text.casefold() in _MANGLED_FEMALE:
            raise _reject(FindingCode.QR_MANGLED_TEXT)
        raise _reject(FindingCode.QR_BAD_SEX)
    address = collapse_spaces(fields[5])
    issue_date = _parse_date(fields[6], FindingCode.QR_BAD_ISSUE_DATE)

    if date_of_birth > today:
        raise _reject(FindingCode.QR_BAD_DATE_OF_BIRTH)
    if issue_date < date_of_birth:
        raise _reject(FindingCode.QR_DATES_INCONSISTENT)

    warnings: list[Finding] = list(name.warnings)
    id_findings = check_id_number(id_number, date_of_birth, sex)
    if any(f.is_error for f in id_findings):  # a place code no card carries
        raise _reject(FindingCode.QR_BAD_ID_NUMBER)
    warnings += id_findings
    if issue_date > today:
        warnings.append(Finding.warning("issue_date", FindingCode.QR_ISSUE_DATE_IN_FUTURE))
    if payload.isascii():
        warnings.append(Finding.warning("full_name", FindingCode.QR_NO_DIACRITICS))
    details = CitizenDetails(
        id_number=id_number,
        old_id_number=old_id,
        full_name=name.value,
        date_of_birth=date_of_birth,
        sex=sex,
        address=address,
        issue_date=issue_date,
    )
    extras = tuple(collapse_spaces(f) for f in fields[MIN_FIELDS:])
    return CardQr(details, tuple(warnings), len(fields), extras)


def format_card_qr(details: CitizenDetails, *, field_count: int = MIN_FIELDS) -> str:
    """The QR text a card with these details carries (7 fields, or 11 with 4 empty ones)."""
    issue = details.issue_date.strftime("%d%m%Y") if details.issue_date else ""
    fields = [
        details.id_number,
        details.old_id_number,
        details.full_name,
        details.date_of_birth.strftime("%d%m%Y"),
        details.sex.value,
        details.address,
        issue,
    ]
    fields += [""] * max(0, field_count - MIN_FIELDS)
    return SEPARATOR.join(fields)
