"""The machine-readable zone on the back of the card (TD1, 3 × 30; domain-facts.md §4).

A second source when the QR is damaged: it gives the ID number, birth date, sex and the name
without diacritics. This parses MRZ *text* (typed, or from an OCR step elsewhere) and checks
the ICAO 9303 check digits. The check digit is written here because the PyPI `mrz` package
is GPLv3, which does not fit a proprietary bundle, and the rule itself is a few lines.

Vietnamese layout, line 1: `IDVNM` + last 9 digits of the ID number + check + the full 12
digits + 3 characters whose meaning is not confirmed (seen `<<<`; said to end in a check digit),
so those 3 are not verified.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kiosk.domain import vn_time
from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.findings import Finding, FindingCode
from kiosk.domain.id_number import describe_id_number

FIELD = "mrz"
LINE_LENGTH = 30
_LINE = re.compile(r"[A-Z0-9<]{30}")
_WEIGHTS = (7, 3, 1)


class MrzError(ValueError):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding

    @property
    def code(self) -> str:
        return self.finding.code


@dataclass(frozen=True)
class MrzData:
    document_number: str
    id_number: str
    date_of_birth: date
    sex: Sex | None
    expiry_date: date | None  # None: no expiry written (filler)
    nationality: str
    surname: str
    given_names: str

    @property
    def name_ascii(self) -> str:
        return f"{self.surname} {self.given_names}".strip()


def _reject(code: FindingCode) -> MrzError:
    return MrzError(Finding.error(FIELD, code))


def _value(char: str) -> int:
    if char.isdigit():
        return int(char)
    if char == "<":
        return 0
    return ord(char) - ord("A") + 10


def check_digit(data: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1 repeating, sum modulo 10."""
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data)) % 10)


def _lines(text: str | Sequence[str]) -> list[str]:
    joined = text if isinstance(text, str) else "\n".join(text)
    joined = unicodedata.normalize("NFKC", joined).upper()
    # OCR and typing add spaces between characters; only line breaks separate lines.
    rows = [re.sub(r"[ \t]+", "", row) for row in joined.splitlines()]
    rows = [row for row in rows if row]
    if len(rows) == 1 and len(rows[0]) == 3 * LINE_LENGTH:
        rows = [rows[0][i : i + LINE_LENGTH] for i in range(0, 3 * LINE_LENGTH, LINE_LENGTH)]
    if len(rows) != 3 or not all(_LINE.fullmatch(r) for r in rows):
        raise _reject(FindingCode.MRZ_BAD_SHAPE)
    return rows


def _yymmdd(value: str, century: int) -> date | None:
    if not value.isdigit():
        return None
    try:
        return date(century + int(value[:2]), int(value[2:4]), int(value[4:]))
    except ValueError:
        return None


def parse_mrz(text: str | Sequence[str], *, today: date | None = None) -> MrzData:
    """Parse and verify a TD1 MRZ of a Vietnamese card, or raise MrzError with the reason."""
    today = today or vn_time.today()
    line1, line2, line3 = _lines(text)
    if not line1.startswith(("IDVNM", "I<VNM")):
        raise _reject(FindingCode.MRZ_NOT_VIETNAMESE_ID)
    checks = (
        (line1[5:14], line1[14]),
        (line2[0:6], line2[6]),
        (line2[8:14], line2[14]),
        (line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29], line2[29]),
    )
    if any(check_digit(data) != digit for data, digit in checks):
        raise _reject(FindingCode.MRZ_CHECK_DIGIT)
    document_number = line1[5:14]
    id_number = line1[15:27]
    if not (id_number.isdigit() and id_number.endswith(document_number)):
        raise _reject(FindingCode.MRZ_INCONSISTENT)
    info = describe_id_number(id_number)
    birth_century = info.birth_year // 100 * 100 if info else 1900
    date_of_birth = _yymmdd(line2[0:6], birth_century)
    if info is None or date_of_birth is None or date_of_birth > today:
        raise _reject(FindingCode.MRZ_BAD_DATE_OF_BIRTH)
    expiry_date = None
    if line2[8:14] != "<" * 6:
        expiry_date = _yymmdd(line2[8:14], 2000)
        if expiry_date is None:
            raise _reject(FindingCode.MRZ_BAD_EXPIRY_DATE)
    sex = {"M": Sex.MALE, "F": Sex.FEMALE}.get(line2[7])
    surname, _, given = line3.partition("<<")
    return MrzData(
        document_number=document_number,
        id_number=id_number,
        date_of_birth=date_of_birth,
        sex=sex,
        expiry_date=expiry_date,
        nationality=line2[15:18].replace("<", ""),
        surname=surname.replace("<", " ").strip(),
        given_names=given.replace("<", " ").strip(),
    )


def ascii_fold(name: str) -> str:
    """'Phan Ngọc Ưng' -> 'PHAN NGOC UNG', as the MRZ writes names."""
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.upper().split())


def compare_mrz(mrz: MrzData, details: CitizenDetails) -> list[Finding]:
    """Warnings where the MRZ and the other source (QR or typed) disagree."""
    findings: list[Finding] = []
    if mrz.id_number != details.id_number:
        findings.append(Finding.warning("id_number", FindingCode.MRZ_ID_DIFFERS))
    if mrz.date_of_birth != details.date_of_birth:
        findings.append(Finding.warning("date_of_birth", FindingCode.MRZ_BIRTH_DIFFERS))
    if mrz.sex is not None and mrz.sex is not details.sex:
        findings.append(Finding.warning("sex", FindingCode.MRZ_SEX_DIFFERS))
    # The MRZ truncates long names to 30 characters, so compare on what it kept.
    folded = ascii_fold(details.full_name)
    mrz_name = mrz.name_ascii
    if not (
        folded == mrz_name or (len(mrz_name) >= LINE_LENGTH - 2 and folded.startswith(mrz_name))
    ):
        findings.append(Finding.warning("full_name", FindingCode.MRZ_NAME_DIFFERS))
    return findings
