"""Creating the account: wrong, expired and resent OTPs; the gateway lost mid-create."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.cases import (
    Abandoned,
    AlreadyExists,
    CaseError,
    CaseService,
    CaseState,
    Created,
    Kept,
    NeedsNewCode,
    OtpSent,
    OtpWait,
    Refused,
    RetrySame,
    Unknown,
)
from kiosk.domain.account_case import AccountCase, Step
from kiosk.journal import Journal, Status
from kiosk.sandbox import RunningGateway
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import ManualClock
from tests.unit.cases.citizens import Citizen, card_pages, citizen
from tests.unit.cases.conftest import accounts_with_id, fill_details, latest_otp

CREATE = "/v1/citizen-accounts"


def ready_for_otp(service: CaseService, person: Citizen) -> AccountCase:
    case = service.start()
    case = service.lookup(case, person.details.id_number)
    front, back = card_pages(person)
    case = service.add_side(case, "front", front).case
    case = service.add_side(case, "back", back).case
    case = service.finish_scan(case).case
    fill_details(case, person)
    case = service.render_form(case).case
    case.citizen_signed = True
    case.step = Step.OTP
    service.save(case)
    return case


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_a_wrong_code_is_refused_then_the_right_one_creates(
    service: CaseService, journal: Journal, gateway: RunningGateway
) -> None:
    person = citizen(11)
    case = ready_for_otp(service, person)
    case = service.send_otp(case).case
    code = latest_otp(service, case.otp_phone)
    refused = service.create(case, wrong(code))
    assert isinstance(refused, Refused) and refused.code == "otp_invalid"
    assert refused.attempts_left == 4
    assert case.outcome is None and not case.finished  # the case passed in is not changed
    # Nothing was created: the case is back in the wizard, without a key.
    record = journal.load_case(case.case_id)
    assert record.status is Status.OPEN and record.pending is None
    assert service.state(case.case_id) is CaseState.WORKING
    created = service.create(refused.case, code)
    assert isinstance(created, Created) and created.case.outcome is not None
    assert service.state(case.case_id) is CaseState.CREATED
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_an_expired_code_needs_a_new_one_after_the_cooldown(
    service: CaseService, gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    person = citizen(12)
    case = ready_for_otp(service, person)
    case = service.send_otp(case).case
    old = latest_otp(service, case.otp_phone)
    early = service.send_otp(case)
    assert isinstance(early, OtpWait) and early.code == "otp_cooldown" and early.retry_after
    assert service.resend_wait(early.case) == pytest.approx(early.retry_after, abs=1)
    gateway_clock.advance(301)
    assert service.otp_expired(case) and service.resend_wait(case) == 0
    expired = service.create(case, old)
    assert isinstance(expired, NeedsNewCode) and expired.code == "otp_expired"
    case = expired.case
    case = service.send_otp(case).case
    assert case.otp_sends == 2
    new = latest_otp(service, case.otp_phone)
    assert isinstance(service.create(case, new), Created)
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_only_the_newest_code_counts(service: CaseService, gateway_clock: ManualClock) -> None:
    person = citizen(13)
    case = ready_for_otp(service, person)
    case = service.send_otp(case).case
    first = latest_otp(service, case.otp_phone)
    gateway_clock.advance(61)
    case = service.send_otp(case).case
    newest = latest_otp(service, case.otp_phone)
    if first != newest:
        refused = service.create(case, first)
        assert isinstance(refused, Refused)
        assert refused.code in ("otp_superseded", "otp_invalid")
    assert isinstance(service.create(case, newest), Created)


def test_create_is_refused_before_the_case_is_ready(service: CaseService) -> None:
    person = citizen(14)
    case = ready_for_otp(service, person)
    with pytest.raises(CaseError) as no_otp:
        service.create(case, "123456")
    assert no_otp.value.code == "otp_not_sent"
    case = service.send_otp(case).case
    with pytest.raises(CaseError) as short:
        service.create(case, "12345")
    assert short.value.code == "otp_code_format"
    case.citizen_signed = False
    with pytest.raises(CaseError) as unsigned:
        service.create(case, "123456")
    assert unsigned.value.code == "form_not_signed"


def create_lost_on_the_way(
    service: CaseService, proxy: FaultProxy, person: Citizen, fault: Fault
) -> tuple[AccountCase, str]:
    """OTP sent and typed; "Tạo tài khoản" meets `fault` on all three tries (Offline)."""
    case = ready_for_otp(service, person)
    case = service.send_otp(case).case
    code = latest_otp(service, case.otp_phone)
    proxy.add(fault, method="POST", path=CREATE, times=3)
    unknown = service.create(case, code)
    assert isinstance(unknown, Unknown) and unknown.reason == "offline"
    assert service.state(case.case_id) is CaseState.CREATING
    return unknown.case, code


@pytest.fixture
def proxy(gateway: RunningGateway) -> FaultProxy:
    with FaultProxy("127.0.0.1", gateway.port) as running:
        yield running  # type: ignore[misc]


def test_gateway_lost_mid_create_then_retry_makes_one_account(
    make_service: Callable[..., CaseService],
    proxy: FaultProxy,
    journal: Journal,
    gateway: RunningGateway,
) -> None:
    service = make_service(proxy.url)
    person = citizen(15)
    # The gateway creates the account, but no answer ever comes back (3 tries).
    case, _code = create_lost_on_the_way(service, proxy, person, Fault.drop_response())
    record = journal.load_case(case.case_id)
    assert record.status is Status.CREATING
    key = record.pending.idempotency_key if record.pending else None
    assert key and len(accounts_with_id(gateway, person.details.id_number)) == 1

    # The officer presses "Thử lại" (even with another code typed): the same request goes.
    again = service.create(case, "000000")
    assert isinstance(again, Created) and again.replayed
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
    texts = [m.kind for m in service.training_sms(case.otp_phone)]
    assert texts.count("password") == 1


def test_a_case_left_creating_is_reconciled_at_the_next_start(
    make_service: Callable[..., CaseService],
    proxy: FaultProxy,
    journal: Journal,
    gateway: RunningGateway,
) -> None:
    service = make_service(proxy.url)
    person = citizen(16)
    case, _code = create_lost_on_the_way(service, proxy, person, Fault.drop_response())

    # The kiosk is restarted: a new session finds the case "creating" and asks the gateway.
    later = make_service(gateway.url)
    [summary] = later.unfinished()
    assert summary.needs_reconcile
    result = later.reconcile(case.case_id)
    assert result.verdict.state == "created" and result.verdict.via == "replay"
    assert result.case is not None and result.case.outcome is not None
    assert result.case.outcome.username == person.details.id_number
    assert journal.load_case(case.case_id).status is Status.CREATED
    assert later.unfinished() == []
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_a_request_that_never_arrived_goes_back_to_the_wizard(
    make_service: Callable[..., CaseService],
    proxy: FaultProxy,
    journal: Journal,
    gateway: RunningGateway,
) -> None:
    service = make_service(proxy.url)
    person = citizen(17)
    case, code = create_lost_on_the_way(service, proxy, person, Fault.drop_before_forward())
    assert journal.load_case(case.case_id).status is Status.CREATING
    assert accounts_with_id(gateway, person.details.id_number) == []
    # Retrying sends the request for the first time: it creates the account.
    again = service.create(case, code)
    assert isinstance(again, Created) and not again.replayed
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_a_refusal_that_proves_nothing_keeps_the_request_for_the_retry(
    make_service: Callable[..., CaseService],
    proxy: FaultProxy,
    journal: Journal,
    gateway: RunningGateway,
) -> None:
    """The first try lands (answer lost); the retries meet a rate limiter in front of the
    gateway. A 429 says nothing about the first try: the case keeps its key."""
    service = make_service(proxy.url)
    person = citizen(18)
    case = ready_for_otp(service, person)
    case = service.send_otp(case).case
    code = latest_otp(service, case.otp_phone)
    proxy.add(Fault.drop_response(), method="POST", path=CREATE)
    proxy.add(Fault.http_429(retry_after=1), method="POST", path=CREATE, times=2)
    limited = service.create(case, code)
    assert isinstance(limited, RetrySame) and limited.retry_after == 1
    record = journal.load_case(case.case_id)
    assert record.status is Status.CREATING and record.pending is not None
    key = record.pending.idempotency_key
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1

    again = service.create(case, code)  # "Thử lại": the first outcome, replayed, same key
    assert isinstance(again, Created) and again.replayed
    assert journal.load_case(case.case_id).status is Status.CREATED
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
    # One key, sent once as new: the retry was the same request.
    actions = [entry.action for entry in journal.audit_trail(case.case_id)]
    assert actions.count("create_sending") == 1 and "create_refused" not in actions
    assert key


def test_the_steps_answer_with_new_values_and_leave_the_case_given_alone(
    service: CaseService, gateway: RunningGateway
) -> None:
    person = citizen(19)
    case = ready_for_otp(service, person)
    before = case.to_dict()
    answer = service.send_otp(case)
    assert isinstance(answer, OtpSent)
    sent = answer.case
    assert case.to_dict() == before and not case.otp_id
    assert sent is not case and sent.otp_id
    sent_before = sent.to_dict()
    created = service.create(sent, latest_otp(service, sent.otp_phone))
    assert isinstance(created, Created) and created.case.outcome is not None
    assert sent.to_dict() == sent_before and sent.outcome is None
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_a_citizen_whose_account_appeared_meanwhile_ends_as_already_existing(
    service: CaseService, journal: Journal, gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    """Two counters serve the same citizen; the second "Tạo tài khoản" meets account_exists."""
    person = citizen(20)
    first = ready_for_otp(service, person)
    second = ready_for_otp(service, person)
    first = service.send_otp(first).case
    assert isinstance(service.create(first, latest_otp(service, first.otp_phone)), Created)
    gateway_clock.advance(61)  # the resend countdown of the citizen's phone
    second = service.send_otp(second).case
    outcome = service.create(second, latest_otp(service, second.otp_phone))
    assert isinstance(outcome, AlreadyExists) and outcome.case.finished
    assert journal.load_case(second.case_id).status is Status.FAILED
    assert service.state(second.case_id) is CaseState.ENDED
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_closing_drops_a_working_case_and_keeps_one_whose_create_may_have_left(
    make_service: Callable[..., CaseService],
    proxy: FaultProxy,
    journal: Journal,
) -> None:
    service = make_service(proxy.url)
    working = ready_for_otp(service, citizen(21))
    assert service.close(working.case_id) == Abandoned(working.case_id)
    assert journal.load_case(working.case_id).status is Status.ABANDONED
    creating, _code = create_lost_on_the_way(service, proxy, citizen(22), Fault.drop_response())
    assert service.close(creating.case_id) == Kept(creating.case_id, CaseState.CREATING)
    assert journal.load_case(creating.case_id).status is Status.CREATING


def test_a_journal_that_cannot_answer_is_not_read_as_an_ended_case(
    service: CaseService, monkeypatch
) -> None:
    """Only "no such case" means ended: a busy or broken journal says nothing about a case
    whose create may have left, and every dialog then words "state unknown"."""
    from kiosk.journal.errors import JournalBusy

    assert service.state("no-such-case") is CaseState.ENDED

    def busy(_case_id: str) -> None:
        raise JournalBusy("locked")

    monkeypatch.setattr(service.journal, "load_case", busy)
    with pytest.raises(JournalBusy):
        service.state("any-case")


def test_a_resent_request_answered_before_the_key_proves_nothing(
    make_service: Callable[..., CaseService],
    proxy: FaultProxy,
    journal: Journal,
    gateway: RunningGateway,
) -> None:
    """The gateway answers forbidden_role (and the kiosk faults) before it looks at the key:
    for a request sent again that says nothing of the first try, which here did create the
    account. The case stays "creating" under its key; it never goes back for a new key."""
    service = make_service(proxy.url)
    person = citizen(47)
    case, _code = create_lost_on_the_way(service, proxy, person, Fault.drop_response())
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
    key = journal.load_case(case.case_id).pending
    proxy.add(Fault.error(403, "forbidden_role"), method="POST", path=CREATE, times=1)
    outcome = service.create(case, "000000")
    assert isinstance(outcome, Unknown) and outcome.reason == "forbidden_role"
    record = journal.load_case(case.case_id)
    assert record.status is Status.CREATING and record.pending == key
    # Once the gateway answers again, the same request gets the first try's account.
    again = service.create(outcome.case, "000000")
    assert isinstance(again, Created) and again.replayed
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
