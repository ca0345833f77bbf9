"""Account creation over HTTP: the happy path, idempotency, and every refusal leaving no trace."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.idempotency import fingerprint
from kiosk.sandbox.models import (
    Attachment,
    AuditEvent,
    CitizenAccount,
    IdempotencyRecord,
    Officer,
    OfficerUnit,
    SmsMessage,
)
from kiosk.sandbox.passwords import meets_rule
from tests.helpers.gateway import (
    COMMUNE_UNIT,
    NO_UNIT_OFFICER,
    OFFICER,
    OTHER_COMMUNE_UNIT,
    SEEDED_ID_NUMBER,
    SEEDED_OLD_ID_NUMBER,
    WRONG_NAME_OFFICER,
    WRONG_NAME_UNIT,
    GatewayClient,
    ManualClock,
    citizen_data,
    padded_pdf,
    phone_number,
    sample_pdf,
)


def _count(gateway: RunningGateway, model: type) -> int:
    with gateway.gateway.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_records_who_where_when_and_sends_the_password(
    client: GatewayClient, gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    data = client.otp_for(
        citizen_data(1, unit_id=COMMUNE_UNIT, email="an.nguyen@example.vn", counter="Quầy 3")
    )
    pdf = sample_pdf("front/back", pages=2)
    response = client.create(data, pdf)
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == data["id_number"]
    assert body["password_sms"] == "sent"
    assert body["level"] == 2
    assert datetime.fromisoformat(body["created_at"]) == gateway_clock()
    with gateway.gateway.db.read() as s:
        account = s.get(CitizenAccount, body["account_id"])
        assert account is not None
        assert account.full_name == "Nguyễn Văn An"
        assert account.phone == "+84912300001"
        assert account.email == "an.nguyen@example.vn"
        assert account.unit_id == COMMUNE_UNIT
        assert account.counter == "Quầy 3"
        assert account.client_address == "127.0.0.1"
        assert account.created_by is not None and account.created_by.username == "canbo.demo"
        stored = s.get(Attachment, account.id)
        assert stored is not None and stored.content == pdf
    # the citizen's phone shows the password, and it follows the portal's rule
    password_sms = [m for m in client.sms(data["phone"]) if m["kind"] == "password"]
    assert len(password_sms) == 1
    text = password_sms[0]["text"]
    assert data["id_number"] in text
    password = text.split("Mat khau: ")[1].split(" ")[0]
    assert meets_rule(password)


def test_same_key_and_body_replays_the_first_response(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(2))
    key = str(uuid.uuid4())
    first = client.create(data, key=key)
    # the retry is a new multipart body (new boundary, keys in another order): same meaning
    reordered = json.dumps(dict(reversed(list(data.items()))), ensure_ascii=False)
    second = client.create(reordered, key=key)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert _count(gateway, CitizenAccount) == 3 + 1
    assert len([m for m in client.sms(data["phone"]) if m["kind"] == "password"]) == 1
    with gateway.gateway.db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions.count("account.create") == 1
    assert actions.count("account.create.replay") == 1


def test_same_key_with_another_body_is_refused(client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(3))
    key = str(uuid.uuid4())
    assert client.create(data, key=key).status_code == 201
    other = client.create({**data, "full_name": "Nguyễn Văn Ân"}, key=key)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    other_file = client.create(data, sample_pdf("another scan"), key=key)
    assert other_file.json()["error"]["code"] == "idempotency_key_reused"


def test_a_refusal_is_replayed_too_without_burning_otp_tries(client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(4))
    wrong = {**data, "otp_code": f"{(int(data['otp_code']) + 1) % 1_000_000:06d}"}
    key = str(uuid.uuid4())
    first = client.create(wrong, key=key)
    retry = client.create(wrong, key=key)
    assert first.json()["error"]["details"]["attempts_left"] == 4
    assert retry.json() == first.json()  # a retry is not a second try
    assert client.create(data).status_code == 201


def test_a_request_in_flight_is_answered_409(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(5))
    key = str(uuid.uuid4())
    pdf = sample_pdf()
    # another worker holds this key right now: its claim is in the database
    with gateway.gateway.db.write() as s:
        officer = s.scalars(select(Officer).where(Officer.username == "canbo.demo")).one()
        now = gateway.settings.now()
        s.add(
            IdempotencyRecord(
                officer_id=officer.id,
                key=key,
                fingerprint=fingerprint(data, _sha(pdf)),
                state="in_progress",
                created_at=now,
                expires_at=now + timedelta(days=1),
                locked_until=now + timedelta(seconds=60),
            )
        )
    response = client.create(data, pdf, key=key)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "request_in_progress"
    assert response.headers["Retry-After"] == "1"
    assert _count(gateway, CitizenAccount) == 3


def test_a_claim_left_by_a_dead_worker_is_taken_over(
    client: GatewayClient, gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    data = client.otp_for(citizen_data(6))
    key = str(uuid.uuid4())
    pdf = sample_pdf()
    with gateway.gateway.db.write() as s:
        officer = s.scalars(select(Officer).where(Officer.username == "canbo.demo")).one()
        now = gateway.settings.now()
        s.add(
            IdempotencyRecord(
                officer_id=officer.id,
                key=key,
                fingerprint=fingerprint(data, _sha(pdf)),
                state="in_progress",
                created_at=now,
                expires_at=now + timedelta(days=1),
                locked_until=now + timedelta(seconds=60),
            )
        )
    gateway_clock.advance(61)
    assert client.create(data, pdf, key=key).status_code == 201


def _sha(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


def test_missing_or_malformed_idempotency_key(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(7))
    files = {
        "data": (None, json.dumps(data), "application/json"),
        "attachment": ("cccd.pdf", sample_pdf(), "application/pdf"),
    }
    missing = client.post("/v1/citizen-accounts", files=files)
    assert missing.status_code == 400
    assert missing.json()["error"]["code"] == "idempotency_key_missing"
    bad = client.create(data, key="short")
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "idempotency_key_invalid"
    assert _count(gateway, CitizenAccount) == 3
    assert client.create(data).status_code == 201  # the code was not spent by the refusals


def test_an_existing_account_is_refused_with_masked_details(client: GatewayClient) -> None:
    for number in (SEEDED_ID_NUMBER, SEEDED_OLD_ID_NUMBER):
        data = client.otp_for(citizen_data(8, id_number=number, phone=f"091230{len(number):04d}"))
        response = client.create(data)
        assert response.status_code == 409
        error = response.json()["error"]
        assert error["code"] == "account_exists"
        assert error["details"]["username_masked"] == "033*******34"
        assert "Trần" not in json.dumps(error, ensure_ascii=False)
        assert "Quên mật khẩu" in error["message"]


def test_non_pdf_attachments_are_refused_by_content(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(9))
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    fake = b"%PDF-1.7\n" + b"this is not really a pdf" * 10
    docx = b"PK\x03\x04" + b"\0" * 100
    for content, name in (
        (png, "cccd.pdf"),
        (fake, "cccd.pdf"),
        (docx, "cccd.docx"),
        (b"", "cccd.pdf"),
    ):
        response = client.create(data, content, filename=name)
        assert response.status_code == 415, response.text
        assert response.json()["error"]["code"] == "attachment_not_pdf"
    assert _count(gateway, CitizenAccount) == 3
    assert _count(gateway, Attachment) == 2


def test_an_attachment_over_5_mb_is_refused(client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(10))
    big = padded_pdf(5 * 1024 * 1024 + 100)
    assert 5 * 1024 * 1024 < len(big) < 5 * 1024 * 1024 + 1000
    response = client.create(data, big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "attachment_too_large"
    assert client.create(data, padded_pdf(4 * 1024 * 1024)).status_code == 201


def test_a_body_over_6_mb_is_refused_before_parsing(client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(11))
    response = client.create(data, b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024))
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert "6 MB" in response.json()["error"]["message"]


def test_unit_rules_apply_to_creation(gateway: RunningGateway, client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(12, unit_id=OTHER_COMMUNE_UNIT))
    not_mine = client.create(data)
    assert not_mine.status_code == 403
    assert not_mine.json()["error"]["code"] == "unit_not_allowed"
    assert not_mine.json()["error"]["details"]["reason"] == "not_assigned"

    # an officer with an eligible unit and a wrongly named one chooses the wrong one
    with gateway.gateway.db.write() as s:
        officer_id = s.scalar(select(Officer.id).where(Officer.username == OFFICER))
        s.add(OfficerUnit(officer_id=officer_id, unit_id=WRONG_NAME_UNIT))
    mixed = GatewayClient(gateway.url)
    mixed.login(OFFICER)
    data = mixed.otp_for(citizen_data(13, unit_id=WRONG_NAME_UNIT))
    response = mixed.create(data)
    assert response.status_code == 403
    assert response.json()["error"]["details"]["reason"] == "name_rule"
    assert "Bộ phận một cửa" in response.json()["error"]["message"]

    # officers with no eligible unit at all are stopped earlier: no OTP reaches the citizen
    for username in (WRONG_NAME_OFFICER, NO_UNIT_OFFICER):
        stuck = GatewayClient(gateway.url)
        stuck.login(username)
        sent = stuck.send_otp(phone_number(14), citizen_data(14)["id_number"])
        assert sent.status_code == 403
        assert sent.json()["error"]["details"]["reason"] == "no_eligible_unit"
    assert _count(gateway, CitizenAccount) == 3


def test_bad_fields_are_refused_with_the_field_named(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(15))
    cases = {
        "unknown field": ({**data, "is_admin": True}, "is_admin"),
        "sql in name": (
            {**data, "full_name": "Robert'); DROP TABLE citizen_accounts;--"},
            "full_name",
        ),
        "future birth": ({**data, "date_of_birth": "2999-01-01"}, "date_of_birth"),
        "bad date": ({**data, "date_of_birth": "17/05/1990"}, "date_of_birth"),
        "bad email": ({**data, "email": "not-an-email"}, "email"),
        "bad sex": ({**data, "sex": "M"}, "sex"),
        "missing name": ({k: v for k, v in data.items() if k != "full_name"}, "full_name"),
        "long name": ({**data, "full_name": "A" * 101}, "full_name"),
        "bad otp format": ({**data, "otp_code": "12345"}, "otp_code"),
    }
    for label, (body, field) in cases.items():
        response = client.create(body)
        assert response.status_code == 422, label
        error = response.json()["error"]
        assert error["code"] == "validation_failed", label
        assert field in [f["field"] for f in error["details"]["fields"]], label
        assert error["message"].startswith("Dữ liệu chưa hợp lệ"), label
    number = client.create({**data, "id_number": 33090001234})
    assert number.status_code == 422
    assert number.json()["error"]["code"] == "invalid_id_number"
    landline = client.create({**data, "phone": "02213829883"})
    assert landline.json()["error"]["code"] == "not_a_mobile_number"
    not_json = client.create("{not json")
    assert not_json.status_code == 400
    assert not_json.json()["error"]["code"] == "malformed_request"
    a_list = client.create("[1, 2]")
    assert a_list.status_code == 422
    # nothing was written, and the OTP is still good
    assert _count(gateway, CitizenAccount) == 3
    assert client.create(data).status_code == 201


def test_names_of_every_vietnamese_kind_are_accepted(client: GatewayClient) -> None:
    for n, name in enumerate(["H'Hen Niê", "Y-Moan Ênuôl", "  Đặng   Thị   Ánh  "]):
        data = client.otp_for(citizen_data(20 + n, full_name=name))
        response = client.create(data)
        assert response.status_code == 201, response.text


def test_refusals_are_audited(client: GatewayClient, gateway: RunningGateway) -> None:
    data = client.otp_for(citizen_data(30))
    client.create({**data, "unit_id": OTHER_COMMUNE_UNIT})
    client.create(data, b"not a pdf")
    client.create(data)
    with gateway.gateway.db.read() as s:
        outcomes = [
            e.outcome
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "account.create")
                .order_by(AuditEvent.id)
            )
        ]
        details = " ".join(e.details for e in s.scalars(select(AuditEvent)))
    assert outcomes == ["unit_not_allowed", "attachment_not_pdf", "ok"]
    assert data["id_number"] not in details  # masked


def test_the_sms_outbox_holds_otp_and_password_in_order(client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(31))
    before = datetime.now(UTC) - timedelta(days=3650)
    client.create(data)
    messages = client.sms(data["phone"])
    assert [m["kind"] for m in messages] == ["otp", "password"]
    assert all(m["to"] == "+84912300031" and m["sender"] == "DichVuCong" for m in messages)
    assert all(datetime.fromisoformat(m["sent_at"]) > before for m in messages)
    assert _count_sms(client) >= 2


def _count_sms(client: GatewayClient) -> int:
    return len(client.sms())


def test_sms_rows_are_kept_in_the_database(client: GatewayClient, gateway: RunningGateway) -> None:
    client.otp_for(citizen_data(32))
    assert _count(gateway, SmsMessage) == 1


def test_a_form_with_two_files_is_refused(client: GatewayClient, gateway: RunningGateway) -> None:
    data = client.otp_for(citizen_data(33))
    files = [
        ("data", (None, json.dumps(data), "application/json")),
        ("attachment", ("a.pdf", sample_pdf("one"), "application/pdf")),
        ("attachment", ("b.pdf", sample_pdf("two"), "application/pdf")),
    ]
    response = client.post(
        "/v1/citizen-accounts", files=files, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_request"
    assert _count(gateway, CitizenAccount) == 3
