"""What the account-request form prints, checked and normalised before anything is drawn.

The wizard builds a `RequestFormData` from its case; `kiosk request-form` builds one from a
JSON object with `request_form_data_from_json`. Either way every problem is collected and
raised together as a `FormDataError`, each with a Vietnamese reason for the officer. The
rules for ID numbers, phones, e-mail, sex and names are the domain's (`kiosk.domain`); the
length limits are this form's: they keep every form on one signed page.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, Strict, StrictStr, TypeAdapter, ValidationError

from kiosk.domain.citizen import parse_sex
from kiosk.domain.email_address import check_email
from kiosk.domain.findings import Finding
from kiosk.domain.id_number import check_id_number, normalize_id_number
from kiosk.domain.masking import mask_id_number, mask_name, mask_phone
from kiosk.domain.names import bad_name_characters, collapse_spaces
from kiosk.domain.phone import check_phone, format_phone_display
from kiosk.forms.case_ref import MAX_LENGTH as CASE_REF_MAX_LENGTH
from kiosk.forms.case_ref import derive_case_ref, is_valid_case_ref

# What each key means on the form, for messages (also the order of docs/forms.md).
LABELS: dict[str, str] = {
    "id_number": "Số CCCD/CMND",
    "old_id_number": "Số CMND cũ",
    "full_name": "Họ và tên",
    "date_of_birth": "Ngày sinh",
    "sex": "Giới tính",
    "phone": "Số điện thoại di động",
    "email": "Email",
    "address": "Địa chỉ",
    "unit_name": "Đơn vị tiếp nhận",
    "officer_name": "Cán bộ tiếp nhận",
    "place": "Địa danh",
    "date": "Ngày lập",
    "case_ref": "Mã hồ sơ",
}
REQUIRED_KEYS = (
    "id_number",
    "full_name",
    "date_of_birth",
    "phone",
    "unit_name",
    "officer_name",
    "place",
    "date",
)
OPTIONAL_KEYS = ("old_id_number", "sex", "email", "address", "case_ref")
DATE_KEYS = ("date_of_birth", "date")

# Longest values the one-page layout is proven to hold (tests render all of them at once).
MAX_LENGTHS: dict[str, int] = {
    "full_name": 120,
    "address": 300,
    "unit_name": 160,
    "officer_name": 100,
    "place": 60,
    "email": 254,
    "case_ref": CASE_REF_MAX_LENGTH,
}
EARLIEST_BIRTH = date(1900, 1, 1)


class FormDataError(ValueError):
    """The details cannot be printed; `findings` says why, field by field."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(self.describe())

    def describe(self) -> str:
        lines = []
        for f in self.findings:
            label = LABELS.get(f.field)
            where = f"{f.field} ({label})" if label else f.field
            lines.append(f"- {where}: {f.values.get('text') or f.code}")
        return "\n".join(lines)


@dataclass(frozen=True, kw_only=True, repr=False)
class RequestFormData:
    """The citizen's details as entered, the unit and officer, and where and when.

    Construction normalises (NFC, single spaces, E.164 phone, canonical sex) and validates;
    an unusable value raises FormDataError. `sex`, `old_id_number`, `email` and `address`
    may be empty.
    """

    id_number: str
    full_name: str
    date_of_birth: date
    phone: str
    unit_name: str
    officer_name: str
    place: str
    date: date
    case_ref: str
    old_id_number: str = ""
    sex: str = ""
    email: str = ""
    address: str = ""

    def __post_init__(self) -> None:
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        normalised, findings = _check(values)
        if findings:
            raise FormDataError(findings)
        for name, value in normalised.items():
            object.__setattr__(self, name, value)  # frozen: set once, here

    def __repr__(self) -> str:
        # Tracebacks and debug logs show this: never the citizen's data in clear.
        return (
            f"RequestFormData(case_ref={self.case_ref!r}, "
            f"id_number={mask_id_number(self.id_number)!r}, "
            f"full_name={mask_name(self.full_name)!r}, phone={mask_phone(self.phone)!r})"
        )

    @property
    def phone_display(self) -> str:
        """'0912 345 678', the grouping a citizen reads back."""
        return format_phone_display(self.phone)


def _blank_is_none(value: object) -> object:
    return None if value == "" else value


def _iso_date(value: object) -> object:
    """An ISO day from text (ValueError if it is not one); anything else is left to the type
    check, which takes only a date, so a number is 'not text', not a timestamp."""
    value = _blank_is_none(value)
    return date.fromisoformat(value.strip()) if isinstance(value, str) else value


# Each key's shape, by pydantic: text must be text (no number for a name), dates ISO, and an
# empty value counts as absent.
_TEXT: TypeAdapter[str | None] = TypeAdapter(
    Annotated[StrictStr | None, BeforeValidator(_blank_is_none)]
)
_DAY: TypeAdapter[date | None] = TypeAdapter(
    Annotated[date | None, Strict(), BeforeValidator(_iso_date)]
)


def request_form_data_from_json(obj: Any) -> RequestFormData:
    """A RequestFormData from a decoded JSON object; keys not listed in LABELS are ignored.

    Dates are ISO ('2002-02-24'); optional keys may be absent, null or ''. Without a
    `case_ref`, one is derived from the content (case_ref.derive_case_ref).
    """
    if not isinstance(obj, Mapping):
        raise FormDataError(
            [Finding.error("(json)", "not_an_object", "Dữ liệu phải là một đối tượng JSON {...}.")]
        )
    findings: list[Finding] = []
    values: dict[str, Any] = {}
    for key in (*REQUIRED_KEYS, *OPTIONAL_KEYS):
        raw = obj.get(key)
        value: str | date | None
        try:
            value = _DAY.validate_python(raw) if key in DATE_KEYS else _TEXT.validate_python(raw)
        except ValidationError as exc:
            value = None
            if exc.errors()[0]["type"] == "value_error":
                findings.append(
                    _error(key, "not_iso_date", f"'{raw}' không phải ngày dạng YYYY-MM-DD.")
                )
            else:
                findings.append(_error(key, "not_text", "phải là một chuỗi trong dấu ngoặc kép."))
        else:
            if value is None and key in REQUIRED_KEYS:
                findings.append(_error(key, "required", "thiếu (bắt buộc)."))
        values[key] = value if value is not None or key in DATE_KEYS else ""
    # Check the values that did arrive, so one run names every problem.
    normalised, more = _check(values, skip_missing=True)
    findings.extend(more)
    if findings:
        raise FormDataError(findings)
    if not normalised["case_ref"]:
        content = [str(normalised[k]) for k in LABELS if k != "case_ref"]
        normalised["case_ref"] = derive_case_ref(normalised["date"], content)
    return RequestFormData(**normalised)


def _error(key: str, code: str, message: str) -> Finding:
    return Finding.error(key, f"{key}_{code}", message)


def _clean_text(key: str, value: str, findings: list[Finding], *, required: bool) -> str:
    text = collapse_spaces(value)
    if not text:
        if required:
            findings.append(_error(key, "required", "thiếu (bắt buộc)."))
        return text
    if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs") for c in text):
        findings.append(_error(key, "control_chars", "có ký tự điều khiển hoặc ký tự lạ."))
    limit = MAX_LENGTHS.get(key)
    if limit is not None and len(text) > limit:
        findings.append(
            _error(key, "too_long", f"dài {len(text)} ký tự, tối đa {limit} để vừa một trang.")
        )
    return text


def _check(
    values: Mapping[str, Any], *, skip_missing: bool = False
) -> tuple[dict[str, Any], list[Finding]]:
    """Normalised values and every problem found; `skip_missing` leaves absent keys to the
    caller, which has already reported them."""
    findings: list[Finding] = []
    out: dict[str, Any] = dict(values)

    def present(key: str) -> bool:
        return not skip_missing or values.get(key) not in (None, "")

    for key in ("full_name", "unit_name", "officer_name", "place", "address"):
        if present(key):
            required = key in REQUIRED_KEYS
            out[key] = _clean_text(key, _as_text(values.get(key)), findings, required=required)
    if out.get("full_name"):
        bad = bad_name_characters(out["full_name"])
        if bad:
            shown = " ".join(repr(c) for c in bad[:5])
            findings.append(
                _error("full_name", "bad_chars", f"có ký tự không phải chữ cái: {shown}.")
            )

    if present("id_number"):
        number = normalize_id_number(_as_text(values.get("id_number")))
        findings.extend(f for f in check_id_number(number) if f.is_error)
        out["id_number"] = number
    old = normalize_id_number(_as_text(values.get("old_id_number")))
    if old:
        for f in check_id_number(old):
            if f.is_error:
                findings.append(dataclasses.replace(f, field="old_id_number"))
    out["old_id_number"] = old

    if present("phone"):
        phone = check_phone(_as_text(values.get("phone")))
        findings.extend(phone.errors)
        out["phone"] = phone.value or ""

    email = check_email(_as_text(values.get("email")))
    findings.extend(email.errors)
    out["email"] = email.value or ""
    if len(out["email"]) > MAX_LENGTHS["email"]:
        findings.append(_error("email", "too_long", "quá dài."))

    sex_text = collapse_spaces(_as_text(values.get("sex")))
    if sex_text:
        sex = parse_sex(sex_text)
        if sex is None:
            findings.append(
                _error("sex", "invalid", f"'{sex_text}' không hợp lệ: ghi Nam hoặc Nữ.")
            )
        out["sex"] = sex.value if sex is not None else sex_text
    else:
        out["sex"] = ""

    case_ref = _as_text(values.get("case_ref")).strip()
    if case_ref and not is_valid_case_ref(case_ref):
        findings.append(
            _error(
                "case_ref",
                "invalid",
                f"chỉ gồm chữ cái không dấu, chữ số và . _ / - (tối đa {CASE_REF_MAX_LENGTH}).",
            )
        )
    elif not case_ref and not skip_missing:
        findings.append(_error("case_ref", "required", "thiếu (bắt buộc)."))
    out["case_ref"] = case_ref

    findings.extend(_check_dates(values, out, skip_missing=skip_missing))
    return out, findings


def _check_dates(
    values: Mapping[str, Any], out: dict[str, Any], *, skip_missing: bool
) -> list[Finding]:
    findings: list[Finding] = []
    for key in DATE_KEYS:
        value = values.get(key)
        if value is None and not skip_missing:
            findings.append(_error(key, "required", "thiếu (bắt buộc)."))
        if isinstance(value, datetime):  # a datetime is a date too; the form shows days only
            value = value.date()
        if value is not None and not isinstance(value, date):
            findings.append(_error(key, "not_date", "phải là một ngày."))
            value = None
        out[key] = value
    birth, day = out.get("date_of_birth"), out.get("date")
    if isinstance(birth, date):
        if birth < EARLIEST_BIRTH:
            findings.append(_error("date_of_birth", "too_early", "trước năm 1900: hãy kiểm tra."))
        if isinstance(day, date) and birth > day:
            findings.append(_error("date_of_birth", "after_form_date", "sau ngày lập giấy."))
    return findings


def _as_text(value: object) -> str:
    return value if isinstance(value, str) else ""
