"""Typed results and errors: stable codes for ui/messages.py, no personal data in repr()."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.portal import errors
from kiosk.portal.models import Account, NewAccount, OtpSent, TokenPair

ACCOUNT = {
    "account_id": "a1",
    "id_number": "033090001234",
    "old_id_number": "145123456",
    "full_name": "Trần Văn Bình",
    "date_of_birth": "1990-04-12",
    "sex": "Nam",
    "phone": "+84912000101",
    "email": "binh@example.vn",
    "address": "Hưng Yên",
    "level": 2,
    "unit": {"id": "HY-TTPVHCC", "name": "Trung tâm"},
    "created_by": {"id": 1, "username": "canbo.demo", "full_name": "Nguyễn Thị Lan"},
    "created_at": "2026-03-05T02:00:00Z",
    "counter": None,
    "has_attachment": True,
    "review": None,
    "a_field_from_a_newer_gateway": 1,
}


def test_repr_shows_the_shape_not_the_citizen() -> None:
    account = Account.model_validate(ACCOUNT)
    text = repr(account)
    for secret in ("033090001234", "145123456", "Trần", "0912000101", "binh@", "Nguyễn"):
        assert secret not in text
    assert "a1" in text
    assert account.full_name == "Trần Văn Bình"


def test_tokens_and_codes_stay_out_of_repr() -> None:
    pair = TokenPair.model_validate(
        {
            "access_token": "A" * 43,
            "refresh_token": "R" * 43,
            "expires_in": 900,
            "officer": {"id": 1, "username": "canbo.demo", "full_name": "N", "roles": ["officer"]},
        }
    )
    assert "AAAA" not in repr(pair)
    assert "RRRR" not in repr(pair)
    request = NewAccount(
        id_number="033090001234",
        full_name="Trần Văn Bình",
        date_of_birth=dt.date(1990, 4, 12),
        phone="0912000101",
        unit_id="HY-TTPVHCC",
        otp_id="o1",
        otp_code="123456",
    )
    assert "123456" not in repr(request)
    assert "033090001234" not in repr(request)
    sent = OtpSent.model_validate(
        {
            "otp_id": "o1",
            "phone": "+84912000101",
            "expires_at": "2026-03-05T02:05:00Z",
            "resend_after": "2026-03-05T02:01:00Z",
            "attempts_left": 5,
        }
    )
    assert "912000101" not in repr(sent)


def test_a_request_with_an_unknown_field_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        NewAccount.model_validate({"id_number": "1", "nickname": "x"})


@pytest.mark.parametrize(
    ("error", "kind", "code"),
    [
        (errors.Offline("x"), "offline", "offline"),
        (errors.Timeout("x"), "timeout", "timeout"),
        (errors.CertificateError("x"), "tls_error", "tls_error"),
        (errors.BadResponse("x"), "bad_response", "bad_response"),
        (errors.ServerError("x", gateway_code="internal_error"), "server_error", "internal_error"),
        (errors.ServerError("x"), "server_error", "server_error"),
        (
            errors.Rejected("otp_invalid", "Mã OTP không đúng.", {"attempts_left": 2}, 422),
            "rejected",
            "otp_invalid",
        ),
        (errors.Unauthorised("invalid_credentials"), "unauthorised", "invalid_credentials"),
        (
            errors.SessionExpired("invalid_refresh_token"),
            "session_expired",
            "invalid_refresh_token",
        ),
        (errors.Conflict("account_exists"), "conflict", "account_exists"),
        (errors.RateLimited("otp_cooldown", retry_after=42), "rate_limited", "otp_cooldown"),
    ],
)
def test_every_error_has_a_stable_kind_and_code(
    error: errors.PortalError, kind: str, code: str
) -> None:
    assert isinstance(error, errors.PortalError)
    assert (error.kind, error.code) == (kind, code)


def test_the_hierarchy_lets_the_ui_catch_broadly() -> None:
    assert issubclass(errors.SessionExpired, errors.Unauthorised)
    assert issubclass(errors.Unauthorised, errors.Rejected)
    assert issubclass(errors.Conflict, errors.Rejected)
    assert issubclass(errors.RateLimited, errors.Rejected)
    rejected = errors.Rejected(
        "otp_invalid", "Mã OTP không đúng.", {"attempts_left": 2}, 422, operation="create_account"
    )
    assert rejected.details == {"attempts_left": 2}
    assert rejected.message == "Mã OTP không đúng."
    assert str(rejected) == "create_account: refused with otp_invalid (HTTP 422)"
