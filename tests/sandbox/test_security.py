"""Password hashing, the citizen password rule (seed 000), tokens and OTP hashes."""

from __future__ import annotations

import re

from kiosk.sandbox.passwords import SPECIALS, generate_password, meets_rule
from kiosk.sandbox.phones import normalise_mobile
from kiosk.sandbox.security import (
    hash_password,
    new_otp_code,
    new_token,
    otp_hash,
    otp_matches,
    token_hash,
    verify_password,
)


def test_password_hash_is_salted_slow_hash_and_verifies() -> None:
    first = hash_password("Demo@2026")
    second = hash_password("Demo@2026")
    assert first != second  # a salt per hash
    assert first.startswith("scrypt$")
    assert "Demo@2026" not in first
    assert verify_password("Demo@2026", first)
    assert not verify_password("demo@2026", first)
    assert not verify_password("Demo@2026", "garbage")
    assert not verify_password("Demo@2026", "bcrypt$1$2$3$4$5")


def test_generated_passwords_follow_the_portal_rule() -> None:
    seen = set()
    for _ in range(200):
        password = generate_password()
        assert meets_rule(password), password
        assert len(password) == 12
        assert not set(password) & set("O0l1I")  # nothing misread from an SMS
        assert any(c in SPECIALS for c in password)
        seen.add(password)
    assert len(seen) == 200


def test_password_rule_refuses_each_missing_class() -> None:
    assert meets_rule("Abcdef1@")
    assert not meets_rule("Abcde1@")  # 7 characters
    assert not meets_rule("abcdef1@")  # no upper case
    assert not meets_rule("ABCDEF1@")  # no lower case
    assert not meets_rule("Abcdefg@")  # no digit
    assert not meets_rule("Abcdefg1")  # no special character


def test_tokens_are_random_and_stored_as_hashes() -> None:
    a, b = new_token(), new_token()
    assert a != b and len(a) >= 40
    assert token_hash(a) != a and len(token_hash(a)) == 64
    assert token_hash(a) == token_hash(a)


def test_otp_codes_are_six_digits_and_hashes_need_the_key() -> None:
    codes = {new_otp_code() for _ in range(300)}
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(codes) > 290
    key = b"k" * 32
    stored = otp_hash(key, "otp-1", "123456")
    assert otp_matches(key, "otp-1", "123456", stored)
    assert not otp_matches(key, "otp-1", "123457", stored)
    assert not otp_matches(key, "otp-2", "123456", stored)  # bound to its id
    assert not otp_matches(b"x" * 32, "otp-1", "123456", stored)  # useless without the key


def test_only_vietnamese_mobiles_are_accepted() -> None:
    assert normalise_mobile("0912 345 678") == "+84912345678"
    assert normalise_mobile("+84 912 345 678") == "+84912345678"
    assert normalise_mobile("84912345678") == "+84912345678"
    assert normalise_mobile("0352379009") == "+84352379009"
    assert normalise_mobile("02213856789") is None  # Hưng Yên landline (seed 002)
    assert normalise_mobile("0912") is None
    assert normalise_mobile("+14155552671") is None  # not Vietnamese
    assert normalise_mobile("'; DROP TABLE otp_codes; --") is None
