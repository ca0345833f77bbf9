"""Every operation of the contract through the client, against the real training gateway."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from kiosk.domain.masking import mask_id_number, mask_name
from kiosk.portal import (
    Conflict,
    GatewayClient,
    RateLimited,
    Rejected,
    new_idempotency_key,
)
from kiosk.portal.supervision import DayQuery
from kiosk.sandbox import RunningGateway
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import (
    COMMUNE_UNIT,
    OFFICER_2,
    PROVINCE_UNIT,
    SEEDED_ID_NUMBER,
    SUPERVISOR,
    WRONG_NAME_OFFICER,
    WRONG_NAME_UNIT,
    sample_pdf,
)
from tests.portal.conftest import FAST, Connect, accounts_with_id, new_case, password_sms_count


def test_health_needs_no_log_in(shared_gateway: RunningGateway) -> None:
    with GatewayClient(shared_gateway.url, **FAST) as client:
        health = client.health()
    assert health.status == "ok"
    assert health.training
    assert health.contract == "v1"


def test_units_of_an_officer_whose_only_unit_breaks_the_naming_rule(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    result = connect(shared_gateway.url, user=WRONG_NAME_OFFICER).units()
    assert [(u.id, u.eligible, u.reason) for u in result.units] == [
        (WRONG_NAME_UNIT, False, "name_rule")
    ]
    assert result.eligible == []
    assert result.diagnosis == "no_eligible_unit"


def test_lookup_of_an_existing_and_a_new_citizen(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    client = connect(shared_gateway.url)
    found = client.lookup(SEEDED_ID_NUMBER)
    assert found.exists and found.account is not None
    assert SEEDED_ID_NUMBER not in found.account.username_masked
    assert client.lookup("033099123456").exists is False
    with pytest.raises(Rejected) as refused:
        client.lookup("12345")
    assert (refused.value.code, refused.value.status) == ("invalid_id_number", 422)


def test_create_an_account_end_to_end(connect: Connect, shared_gateway: RunningGateway) -> None:
    client = connect(shared_gateway.url, counter_name="Quầy 3")
    case = new_case(client, 1)
    created = client.create_account(case, sample_pdf(), new_idempotency_key())
    assert created.password_sms == "sent"
    assert not created.replayed
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]
    assert password_sms_count(shared_gateway, "+84" + case.phone[1:]) == 1
    details = client.account(created.account_id)
    assert details.id_number == case.id_number
    assert details.full_name == case.full_name
    assert details.unit is not None and details.unit.id == PROVINCE_UNIT
    assert details.counter == "Quầy 3"
    assert details.has_attachment
    # The gateway's clock stands at 02:00 UTC: 09:00 the same day in Vietnam.
    page = client.list_accounts(date=details.created_at.date())
    listed = next(a for a in page.items if a.account_id == created.account_id)
    # the list comes masked, as the history shows it; the account in full is asked for alone
    assert listed.id_number_masked == mask_id_number(case.id_number)
    assert listed.full_name_masked == mask_name(case.full_name)


def test_a_second_account_for_the_same_citizen_is_a_conflict(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    client = connect(shared_gateway.url)
    first = client.create_account(new_case(client, 2), sample_pdf(), new_idempotency_key())
    again = new_case(client, 2, phone="0912399999")
    with pytest.raises(Conflict) as conflict:
        client.create_account(again, sample_pdf(), new_idempotency_key())
    assert conflict.value.code == "account_exists"
    assert conflict.value.details["username_masked"] != again.id_number
    assert accounts_with_id(shared_gateway, again.id_number) == [first.account_id]


def test_refusals_of_a_creation_carry_the_gateway_code_and_details(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    client = connect(shared_gateway.url)
    case = new_case(client, 3)
    wrong = case.model_copy(
        update={"otp_code": "000000" if case.otp_code != "000000" else "111111"}
    )
    with pytest.raises(Rejected) as refused:
        client.create_account(wrong, sample_pdf(), new_idempotency_key())
    assert refused.value.code == "otp_invalid"
    assert refused.value.details["attempts_left"] == 4
    with pytest.raises(Rejected) as not_pdf:
        client.create_account(case, b"GIF89a not a pdf", new_idempotency_key())
    assert (not_pdf.value.code, not_pdf.value.status) == ("attachment_not_pdf", 415)
    other_unit = case.model_copy(update={"unit_id": WRONG_NAME_UNIT})
    with pytest.raises(Rejected) as unit:
        client.create_account(other_unit, sample_pdf(), new_idempotency_key())
    assert (unit.value.code, unit.value.status) == ("unit_not_allowed", 403)


def test_same_key_with_another_body_is_refused(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    client = connect(shared_gateway.url)
    case = new_case(client, 4)
    key = new_idempotency_key()
    client.create_account(case, sample_pdf(), key)
    changed = case.model_copy(update={"unit_id": COMMUNE_UNIT})
    with pytest.raises(Rejected) as refused:
        client.create_account(changed, sample_pdf(), key)
    assert refused.value.code == "idempotency_key_reused"


def test_a_malformed_key_never_leaves_the_kiosk(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    client = connect(shared_gateway.url)
    with pytest.raises(ValueError):
        client.create_account(new_case(client, 5), sample_pdf(), "short")


def test_otp_refusals(connect: Connect, shared_gateway: RunningGateway) -> None:
    client = connect(shared_gateway.url)
    with pytest.raises(Rejected) as landline:
        client.send_otp("02213866123", "033090009999")
    assert landline.value.code == "not_a_mobile_number"
    client.send_otp("0912300042", "033090009999")
    with pytest.raises(RateLimited) as cooldown:
        client.send_otp("0912300042", "033090009999")
    assert cooldown.value.code == "otp_cooldown"
    assert cooldown.value.retry_after is not None and 0 < cooldown.value.retry_after <= 60


def test_supervisor_reads_attachment_and_reviews(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    officer = connect(shared_gateway.url)
    created = officer.create_account(
        new_case(officer, 6), sample_pdf("scan 6"), new_idempotency_key()
    )
    with pytest.raises(Rejected) as not_supervisor:
        officer.attachment(created.account_id)
    assert not_supervisor.value.status == 403
    supervisor = connect(shared_gateway.url, user=SUPERVISOR)
    pdf = supervisor.attachment(created.account_id)
    assert "scan 6" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    review = supervisor.review(created.account_id, "needs_action", "Ảnh mặt sau bị mờ")
    assert review.status == "needs_action"
    assert review.reviewed_by.username == SUPERVISOR
    # The creating officer sees the mark on the account; the supervisor reads no full record
    # but through reveal.
    again = officer.account(created.account_id)
    assert again.review is not None and again.review.note == "Ảnh mặt sau bị mờ"
    with pytest.raises(Rejected) as role:
        supervisor.account(created.account_id)
    assert (role.value.code, role.value.status) == ("forbidden_role", 403)
    with pytest.raises(Rejected) as missing:
        officer.account(str(uuid.uuid4()))
    assert (missing.value.code, missing.value.status) == ("account_not_found", 404)


def test_lists_are_scoped_and_paged(
    connect: Connect, make_gateway: Callable[..., RunningGateway]
) -> None:
    gateway = make_gateway()  # its own: the totals below count every account of the officer
    mine = connect(gateway.url)
    ids = [
        mine.create_account(new_case(mine, n), sample_pdf(), new_idempotency_key()).account_id
        for n in (7, 8, 9)
    ]
    page = mine.list_accounts(page_size=2)
    assert page.total == 4  # three new ones and the one seeded for this officer
    assert len(page.items) == 2
    assert page.pages == 2
    second = mine.list_accounts(page=2, page_size=2)
    assert {a.account_id for a in page.items + second.items} >= set(ids)
    assert mine.list_accounts(unit_id=COMMUNE_UNIT).total == 0
    colleague = connect(gateway.url, user=OFFICER_2)
    assert not {a.account_id for a in colleague.list_accounts().items} & set(ids)
    with pytest.raises(Rejected) as scope:
        colleague.list_accounts(officer_id=mine.officer.id if mine.officer else 1)
    assert scope.value.code == "forbidden_scope"


def test_training_sms_outbox(connect: Connect, shared_gateway: RunningGateway) -> None:
    client = connect(shared_gateway.url)
    before = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    case = new_case(client, 10)
    messages = client.training_sms(case.phone, since=before)
    assert [m.kind for m in messages] == ["otp"]
    assert case.otp_code in messages[0].text
    assert messages[0].to == "+84" + case.phone[1:]


def test_no_sms_outbox_on_a_production_gateway(
    connect: Connect, make_gateway: Callable[..., RunningGateway]
) -> None:
    running = make_gateway(production=True)
    client = connect(running.url)
    assert not client.health().training
    with pytest.raises(Rejected) as refused:
        client.training_sms()
    assert (refused.value.code, refused.value.status) == ("training_only", 404)


def test_request_form_and_supervision_through_the_client(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    officer = connect(proxy.url)
    case = new_case(officer, 11)
    created = officer.create_account(case, sample_pdf(), new_idempotency_key())
    # A PUT stores the same file again when retried: its lost answer is simply asked again.
    proxy.add(Fault.drop_response(), method="PUT")
    info = officer.upload_request_form(created.account_id, sample_pdf("form 11", pages=2))
    assert (info.account_id, info.pages) == (created.account_id, 2)
    assert [r.fault.value for r in proxy.seen if r.method == "PUT"] == ["drop_response", "pass"]

    supervisor = connect(shared_gateway.url, user=SUPERVISOR)
    day = created.created_at.date()  # 02:00 UTC on the gateway's clock: the same local day
    page = supervisor.search_accounts(DayQuery(day, text=case.id_number))
    assert [item.account_id for item in page.items] == [created.account_id]
    row = page.items[0]
    assert row.has_request_form
    assert case.id_number not in row.id_number_masked
    assert supervisor.day_totals(day).all.total >= 1
    full = supervisor.reveal(created.account_id, reason="review")
    assert full.id_number == case.id_number
    form = supervisor.request_form(created.account_id)
    assert len(PdfReader(io.BytesIO(form)).pages) == 2
