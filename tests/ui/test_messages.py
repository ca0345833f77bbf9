"""One place maps every error to words for the officer; none of them English or technical."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError
from kiosk.portal import errors as portal
from kiosk.portal.tls import CaBundleError
from kiosk.sandbox.errors import CATALOGUE
from kiosk.scanner.errors import PaperJamError, ScanCancelledError
from kiosk.ui import i18n
from kiosk.ui.messages import describe


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (portal.Offline("x", operation="lookup"), "Không kết nối được máy chủ"),
        (portal.Timeout("x"), "không trả lời kịp"),
        (portal.ServerError("x", status=500), "đang gặp lỗi"),
        (portal.CertificateError("x"), "chứng chỉ"),
        (portal.InsecureGateway("x"), "không an toàn"),
        (CaBundleError("x"), "gateway.ca_bundle"),
        (portal.SessionExpired("invalid_refresh_token", status=401), "hết hạn"),
        (portal.Conflict("account_exists", status=409), "đã có tài khoản"),
        (PaperJamError("sane: jammed"), "kẹt"),
        (ConfigError("Cấu hình sai ở /x, khoá ui.language"), "Cấu hình sai"),
        (KeyError("internal"), "chưa thực hiện được"),
    ],
)
def test_each_error_class_gets_vietnamese_words(qapp, exc, words) -> None:
    msg = describe(exc)
    assert words in msg.text
    assert "Error" not in msg.text + msg.title + msg.hint
    assert "Traceback" not in msg.text


def test_network_failures_say_the_case_is_kept_and_may_be_retried(qapp) -> None:
    for exc in (portal.Offline("x"), portal.Timeout("x"), portal.ServerError("x")):
        msg = describe(exc)
        assert msg.retryable and "vẫn được giữ" in msg.hint


def test_wait_time_from_retry_after(qapp) -> None:
    msg = describe(portal.RateLimited("otp_cooldown", status=429, retry_after=42))
    assert "42 giây" in msg.hint and msg.retry_after == 42
    msg = describe(portal.RateLimited("too_many_attempts", status=429, retry_after=600))
    assert "10 phút" in msg.hint


def test_otp_attempts_left_are_counted(qapp) -> None:
    msg = describe(portal.Rejected("otp_invalid", details={"attempts_left": 2}, status=422))
    assert "Còn 2 lần thử" in msg.hint


def test_every_gateway_code_gets_a_vietnamese_text(qapp) -> None:
    for code, (status, gateway_text) in CATALOGUE.items():
        msg = describe(portal.Rejected(code, gateway_text, status=status))
        assert msg.text.strip(), code


def test_unknown_code_falls_back_to_the_gateways_words(qapp) -> None:
    msg = describe(portal.Rejected("brand_new_rule", "Quy định mới: chưa cho phép.", status=422))
    assert msg.text == "Quy định mới: chưa cho phép."


def test_cancel_is_not_an_error(qapp) -> None:
    msg = describe(ScanCancelledError())
    assert msg.title == "Đã hủy" and not msg.retryable


def test_english_when_the_officer_chose_english(qapp) -> None:
    i18n.install(qapp, "en")
    try:
        assert describe(portal.Offline("x")).text == "Cannot reach the gateway."
    finally:
        i18n.install(qapp, "vi")
    assert describe(portal.Offline("x")).text == "Không kết nối được máy chủ."


def test_the_gateway_answers_only_codes_of_the_kiosks_list() -> None:
    from kiosk.domain.gateway_codes import GatewayCode

    assert set(CATALOGUE) == set(GatewayCode)


def test_every_gateway_code_has_the_kiosks_own_words_in_both_languages(qapp) -> None:
    """A code the gateway can answer and the kiosk has no words for (or no English for)
    fails here, not at a counter."""
    from kiosk.domain.gateway_codes import GatewayCode
    from kiosk.ui.messages import words_for

    vietnamese = {code: words_for(code) for code in GatewayCode}
    assert [code for code, words in vietnamese.items() if words is None] == []
    i18n.install(qapp, "en")
    try:
        english = {code: words_for(code) for code in GatewayCode}
    finally:
        i18n.install(qapp, "vi")
    untranslated = [
        code for code in GatewayCode if english[code] == vietnamese[code] or english[code] is None
    ]
    assert untranslated == []


def test_every_case_error_code_has_words_in_the_catalogue(qapp) -> None:
    from kiosk.cases.errors import CODES, CaseError

    for code in CODES:
        assert describe(CaseError(code)).text.strip(), code
        assert describe(CaseError(code)).text != code


def test_network_messages_name_no_button(qapp) -> None:
    """They are shown on every screen (log-in, start screen, wizard): a button named in them
    would be missing from most ("Thử lại" is "Đăng nhập" on one, "Làm mới" on another)."""
    for exc in (portal.Offline("x"), portal.Timeout("x"), portal.ServerError("x")):
        msg = describe(exc)
        assert "“" not in msg.text + msg.hint
