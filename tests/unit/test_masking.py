from kiosk.domain import masking


def test_mask_helpers() -> None:
    assert masking.mask_id_number("001203012345") == "001*******45"
    assert masking.mask_id_number("123456789") == "123****89"
    assert masking.mask_phone("+84912345678") == "091****678"
    assert masking.mask_phone("0912 345 678") == "091****678"
    assert masking.mask_name("Nguyễn  Văn An") == "N. V. A."
    assert masking.mask_email("an.nguyen@gmail.com") == "a***@gmail.com"


def test_redact_catches_numbers_secrets_and_emails() -> None:
    text = (
        "lookup 001203012345 phone +84 912 345 678 or 0912.345.678 otp=123456 "
        'password: "Demo@2026" Bearer abcDEF123 mail an.nguyen@gmail.com '
        "token eyJhbGciOiJIUzI1NiJ9abcdefghijklmnopqrstuvwxyz0123 port 8080"
    )
    out = masking.redact(text)
    for secret in (
        "001203012345",
        "912 345 678",
        "0912.345.678",
        "123456",
        "Demo@2026",
        "abcDEF123",
        "an.nguyen",
        "eyJhbGciOiJIUzI1NiJ9",
    ):
        assert secret not in out
    assert "port 8080" in out  # short numbers are not personal data
