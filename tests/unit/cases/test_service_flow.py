"""A whole case through CaseService, headless, against the real training gateway."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from kiosk.cases import CaseError, CaseService, Created
from kiosk.domain.account_case import Step
from kiosk.forms.citizen_guide import GuideReason
from kiosk.journal import Journal, Status
from kiosk.portal.client import GatewayClient as KioskClient
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import SEEDED_ID_NUMBER
from tests.unit.cases.citizens import card_pages, citizen
from tests.unit.cases.conftest import accounts_with_id, attachment_of, fill_details, latest_otp


def pdf_text(data: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def test_one_citizen_from_lookup_to_account(
    service: CaseService, journal: Journal, gateway: RunningGateway
) -> None:
    person = citizen(1)
    case = service.start()
    assert journal.load_case(case.case_id).step == "lookup"

    case = service.lookup(case, person.details.id_number)
    assert case.looked_up and not case.exists
    front, back = card_pages(person)
    case = service.add_side(case, "front", front).case
    case = service.add_side(case, "back", back).case
    summary = service.finish_scan(case)
    case = summary.case
    assert summary.qr is not None and summary.qr_side == "front"
    assert 0 < case.pdf_size == summary.pdf_size <= 5 * 1024 * 1024
    assert case.qr_details is not None and case.qr_source == "scan"

    fill_details(case, person)
    case.step = Step.FORM
    service.save(case)
    assert service.check(case).passes(case.confirmed_warnings)
    rendered = service.render_form(case)
    case, form = rendered.case, rendered.pdf
    text = pdf_text(form)
    assert "GIẤY ĐỀ NGHỊ" in text and person.details.full_name in text
    assert case.case_ref and case.case_ref in text

    case = service.form_printed(case)
    case.citizen_signed = True
    case.step = Step.OTP
    service.save(case)
    case = service.send_otp(case).case
    assert case.otp_id and service.resend_wait(case) == pytest.approx(60, abs=1)
    attached = service.pdf(case)

    created = service.create(case, latest_otp(service, case.otp_phone))
    assert isinstance(created, Created)
    case = created.case
    assert case.outcome is not None and case.outcome.username == person.details.id_number
    assert case.outcome.password_sms == "sent" and case.step is Step.RESULT
    record = journal.load_case(case.case_id)
    assert record.status is Status.CREATED and record.outcome is not None

    accounts = accounts_with_id(gateway, person.details.id_number)
    assert len(accounts) == 1
    assert accounts[0].full_name == person.details.full_name
    stored = attachment_of(gateway, accounts[0].id)
    assert stored == attached
    assert len(PdfReader(io.BytesIO(stored)).pages) == 1
    messages = service.training_sms(case.otp_phone)
    assert [m.kind for m in messages] == ["otp", "password"]

    guide = pdf_text(service.guide_pdf(case))
    assert "Quên mật khẩu" in guide

    # The supervisor reviewing today's accounts sees the form this counter printed.
    with KioskClient(gateway.url) as supervisor:
        supervisor.login("giamsat.demo", DEMO_PASSWORD)
        assert supervisor.request_form(case.outcome.account_id) == form
    assert "form_uploaded" in [e.action for e in journal.audit_trail(case.case_id)]


def test_an_existing_account_ends_the_case(service: CaseService, journal: Journal) -> None:
    case = service.start()
    case = service.lookup(case, SEEDED_ID_NUMBER)
    assert case.exists and case.existing is not None
    assert "*" in case.existing.username_masked
    service.end_existing(case)
    record = journal.load_case(case.case_id)
    assert record.status is Status.FAILED and record.failure_code == "account_exists"
    assert record.step == Step.EXISTS.value
    with pytest.raises(CaseError) as refused:
        case = service.lookup(case, "033190000009")
    assert refused.value.code == "case_ended"
    assert GuideReason.EXISTS.value == "exists"
    assert "Quên mật khẩu" in pdf_text(service.guide_pdf(case))


def test_lookup_refuses_a_malformed_number_before_asking(service: CaseService) -> None:
    case = service.start()
    with pytest.raises(CaseError) as refused:
        case = service.lookup(case, "12345")
    assert refused.value.code == "id_bad_length"
    assert not case.looked_up


def test_the_card_qr_on_the_back_fills_the_case(service: CaseService) -> None:
    person = citizen(2)
    case = service.start()
    case = service.lookup(case, person.details.id_number)
    front, back = card_pages(person, qr_on_back=True)
    case = service.add_side(case, "front", front).case
    case = service.add_side(case, "back", back).case
    summary = service.finish_scan(case)
    case = summary.case
    assert summary.qr_side == "back"
    assert case.qr_details is not None
    assert case.qr_details.full_name == person.details.full_name


def test_a_card_of_someone_else_blocks(service: CaseService) -> None:
    case = service.start()
    case = service.lookup(case, citizen(3).details.id_number)
    front, back = card_pages(citizen(4))
    case = service.add_side(case, "front", front).case
    case = service.add_side(case, "back", back).case
    summary = service.finish_scan(case)
    case = summary.case
    assert summary.problem is not None and summary.problem.code == "qr_other_card"
    assert case.other_card_scanned and case.qr_details is None


def test_rescanning_a_side_drops_the_old_pdf(service: CaseService, journal: Journal) -> None:
    person = citizen(5)
    case = service.start()
    case = service.lookup(case, person.details.id_number)
    front, back = card_pages(person)
    case = service.add_side(case, "front", front).case
    case = service.add_side(case, "back", back).case
    case = service.finish_scan(case).case
    assert "idcard.pdf" in journal.load_case(case.case_id).blobs
    case = service.turn_side(case, "back").case
    assert not case.has_pdf
    assert "idcard.pdf" not in journal.load_case(case.case_id).blobs
    case = service.finish_scan(case).case
    assert case.has_pdf


def test_a_resumed_case_is_the_saved_one(service: CaseService) -> None:
    person = citizen(6)
    case = service.start()
    case = service.lookup(case, person.details.id_number)
    case.full_name = "trần thị   minh hằng"  # as typed, not yet valid or tidy
    case.step = Step.DETAILS
    service.save(case)
    again = service.load(case.case_id)
    assert again == case
    assert [s.id for s in service.unfinished()] == [case.case_id]


def test_a_case_opened_but_never_saved_resumes_at_its_start(
    service: CaseService, journal: Journal
) -> None:
    """The kiosk died between opening the case and its first save."""
    record = journal.new_case(service.actor, service.unit.id, step="lookup")
    case = service.load(record.id)
    assert case.case_id == record.id and case.step is Step.LOOKUP
    assert case.unit_id == service.unit.id and not case.looked_up
    case = service.lookup(case, citizen(7).details.id_number)
    service.save(case)
    assert service.load(record.id).looked_up
