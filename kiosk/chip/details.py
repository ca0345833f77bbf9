"""A chip read as the details the kiosk fills: the same keys as a card QR (read-qr) plus what
only the chip holds. Values, never sentences."""

from __future__ import annotations

from datetime import date, datetime

from kiosk.chip.reader import ChipRead

# DG13 fields beyond the card QR's seven
EXTRA_FIELDS = (
    "nationality",
    "ethnicity",
    "religion",
    "place_of_origin",
    "personal_identification",
    "expiry_date",
    "card_identifier",
)


def _iso(text: str) -> str | None:
    """dd/mm/yyyy -> ISO; other text (e.g. no expiry) -> None."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date().isoformat()
    except ValueError:
        return None


def _mrz_date(yymmdd: str, *, past: bool) -> date | None:
    try:
        day = datetime.strptime(yymmdd, "%y%m%d").date()
    except ValueError:
        return None
    # two-digit years: a birth date is never in the future
    if past and day > date.today():
        day = day.replace(year=day.year - 100)
    return day


def chip_details(read: ChipRead) -> dict[str, object]:
    fields = dict(read.dg13.fields) if read.dg13 is not None else {}
    warnings: list[str] = []
    mrz = read.mrz
    birth = _iso(fields.get("date_of_birth", ""))
    if birth is None and mrz is not None:
        mrz_birth = _mrz_date(mrz.date_of_birth, past=True)
        birth = mrz_birth.isoformat() if mrz_birth else None
    elif mrz is not None:
        mrz_birth = _mrz_date(mrz.date_of_birth, past=True)
        if mrz_birth is not None and mrz_birth.isoformat() != birth:
            warnings.append("chip_birth_mrz_mismatch")
    id_number = fields.get("id_number", "")
    if mrz is not None:
        if not id_number:
            id_number = mrz.optional_data[:12]
        elif not id_number.endswith(mrz.document_number):
            warnings.append("chip_number_mrz_mismatch")
    sex = fields.get("sex", "")
    if not sex and mrz is not None:
        sex = {"M": "Nam", "F": "Nữ"}.get(mrz.sex, "")
    data: dict[str, object] = {
        "id_number": id_number,
        "old_id_number": fields.get("old_id_number", ""),
        "full_name": fields.get("full_name", mrz.name if mrz else ""),
        "date_of_birth": birth,
        "sex": sex,
        "address": fields.get("place_of_residence", ""),
        "issue_date": _iso(fields.get("issue_date", "")),
        "warnings": warnings,
    }
    for name in EXTRA_FIELDS:
        value = fields.get(name, "")
        data[name] = _iso(value) if name == "expiry_date" and _iso(value) else value
    parents = read.dg13.parents if read.dg13 is not None else ()
    data["father_name"] = parents[0] if len(parents) > 0 else ""
    data["mother_name"] = parents[1] if len(parents) > 1 else ""
    data["spouse_name"] = fields.get("spouse", "")
    return data
