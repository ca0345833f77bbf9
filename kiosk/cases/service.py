"""Everything the wizard does to a case, without Qt: the layer a headless soak drives too.

One CaseService per officer session: the journal (local, sealed), the gateway client, who
works where. Each method takes the case, does its work (blocking: call it from a worker
thread), keeps the journal right, and returns what changed; the GUI passes a copy of its
case and takes the returned one back on its own thread.

The journal rules it keeps: every step saved before the screen moves on (`save`); scans and
PDFs only as sealed blobs; the Idempotency-Key and the exact request recorded BEFORE "create"
is sent (`mark_creating`), so a retry, or a restart after a crash, sends the same request and
can never make a second account.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PIL import Image

from kiosk.cases import scans
from kiosk.cases.errors import CaseError
from kiosk.cases.outcomes import (
    Abandoned,
    AlreadyExists,
    CaseState,
    Closed,
    Created,
    CreateOutcome,
    Kept,
    NeedsLogin,
    NeedsNewCode,
    OtpNoAnswer,
    OtpRefused,
    OtpSent,
    OtpWait,
    Refused,
    RetrySame,
    SendOutcome,
    Settled,
    Unknown,
)
from kiosk.config import RetentionSettings
from kiosk.domain import gateway_codes as codes
from kiosk.domain import vn_time
from kiosk.domain.account_case import (
    AccountCase,
    ExistingAccount,
    Outcome,
    Step,
    outcome_dict,
    outcome_from_dict,
)
from kiosk.domain.details_check import DetailsCheck, check_details
from kiosk.domain.findings import Finding, FindingCode
from kiosk.domain.id_number import check_id_number, normalize_id_number
from kiosk.domain.masking import mask_id_number
from kiosk.domain.place_name import place_from_unit_name
from kiosk.domain.qr_payload import CardQr
from kiosk.forms.citizen_guide import GuideReason, render_citizen_guide
from kiosk.forms.request_data import RequestFormData
from kiosk.forms.request_form import render_request_form
from kiosk.journal import Journal
from kiosk.journal.errors import BlobNotFound, CaseNotFound
from kiosk.journal.reconcile import (
    AccountFound,
    NoAccount,
    NoAnswer,
    Replayed,
    Verdict,
    decide,
    settle,
)
from kiosk.journal.reconcile import Refused as ReplayRefused
from kiosk.journal.records import CaseSummary, Status
from kiosk.portal.client import GatewayClient, new_idempotency_key
from kiosk.portal.errors import PortalError, RateLimited, Rejected, SessionExpired
from kiosk.portal.models import AccountCreated, AccountPage, NewAccount, Officer, SmsMessage, Unit
from kiosk.scanner.device import ScanDevice, ScanDriver, ScanOptions
from kiosk.scanner.idcard_pdf import MAX_BYTES
from kiosk.scanner.imaging import CardImage
from kiosk.scanner.qr_decode import read_card_qr

log = logging.getLogger(__name__)

PDF_BLOB = "idcard.pdf"
FORM_BLOB = "form.pdf"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ScanSummary:
    """After both sides: the PDF made, and what the QR said (or why nothing)."""

    pdf_size: int
    qr: CardQr | None
    qr_side: str
    problem: Finding | None  # no QR, or a QR of another card (then it blocks)
    case: AccountCase  # the case with the PDF and the QR's details


@dataclass(frozen=True)
class Side:
    """A side of the card kept: the case with it, and the crop (for the preview)."""

    case: AccountCase
    card: CardImage


@dataclass(frozen=True)
class RenderedForm:
    """The request form as printed now, and the case that knows it."""

    case: AccountCase
    pdf: bytes


@dataclass(frozen=True)
class Reconciled:
    verdict: Verdict
    case: AccountCase | None  # None when the journal no longer has the details


class CaseService:
    def __init__(
        self,
        journal: Journal,
        client: GatewayClient,
        officer: Officer,
        unit: Unit,
        *,
        place: str = "",
        counter_name: str = "",
        support_lines: tuple[str, ...] = (),
        clock: Callable[[], datetime] = utc_now,
        max_pdf_bytes: int = MAX_BYTES,
    ) -> None:
        self.journal = journal
        self.client = client
        self.officer = officer
        self.unit = unit
        self.place = place
        self.counter_name = counter_name
        self.support_lines = support_lines
        self.clock = clock
        self.max_pdf_bytes = max_pdf_bytes
        self.actor = str(officer.id)

    # -- time ----------------------------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        """The Vietnamese calendar day (UTC+7), as forms and the gateway count days."""
        return vn_time.day_of(self.now())

    # -- life of a case ------------------------------------------------------------------------
    def start(self) -> AccountCase:
        record = self.journal.new_case(self.actor, self.unit.id, step=Step.LOOKUP.value)
        case = AccountCase(
            case_id=record.id,
            officer_id=self.actor,
            unit_id=self.unit.id,
            unit_name=self.unit.name,
        )
        self.save(case)
        log.info("case %s started", case.case_id)
        return case

    def save(self, case: AccountCase) -> None:
        """The step and every field, committed to disk when this returns."""
        if case.finished:
            return  # the journal holds the outcome; nothing more to save
        self.journal.save_step(case.case_id, case.step.value, case.to_dict(), self.actor)

    def load(self, case_id: str) -> AccountCase:
        """A case from the journal as it was last saved (to resume it)."""
        record = self.journal.load_case(case_id)
        if record.reduced_at is not None:
            raise CaseError("case_ended")
        if not record.fields:
            # Opened, then the kiosk died before the first save: a case at its very start.
            if record.status is not Status.OPEN:
                raise CaseError("case_ended")
            same_unit = record.unit_id == self.unit.id
            return AccountCase(
                case_id=record.id,
                officer_id=record.officer_id,
                unit_id=record.unit_id,
                unit_name=self.unit.name if same_unit else "",
            )
        case = AccountCase.from_dict(record.fields)
        case.case_id = record.id
        if record.status is Status.CREATED and record.outcome:
            case.outcome = _outcome_from_journal(record.outcome)
            case.step = Step.RESULT
        return case

    def unfinished(self) -> list[CaseSummary]:
        return self.journal.unfinished_cases(self.actor)

    def abandon(self, case: AccountCase, reason: str = "officer_cancelled") -> None:
        self.journal.abandon(case.case_id, self.actor, reason)
        log.info("case %s abandoned", case.case_id)

    def status(self, case: AccountCase) -> Status:
        return self.journal.load_case(case.case_id).status

    def state(self, case_id: str) -> CaseState:
        """What is true of the case now: what every dialog about it words itself from."""
        try:
            record = self.journal.load_case(case_id)
        except CaseNotFound:
            return CaseState.ENDED
        # Any other journal error (busy, storage, key) raises: "ended" would be a claim the
        # journal did not make, and a create may have left. Callers word "state unknown".
        if record.reduced_at is not None:
            return CaseState.ENDED
        return _STATE_OF.get(record.status, CaseState.ENDED)

    def close(self, case_id: str, reason: str = "officer_cancelled") -> Closed:
        """The officer drops the case. A case whose create may have left is never dropped:
        it is kept, and reconciled (at the next start, or when resumed)."""
        state = self.state(case_id)
        if state is not CaseState.WORKING:
            log.info("case %s kept (%s)", case_id, state.value)
            return Kept(case_id, state)
        self.journal.abandon(case_id, self.actor, reason)
        log.info("case %s abandoned", case_id)
        return Abandoned(case_id)

    def settle_unfinished(self, check: Callable[[], None] = lambda: None) -> Settled:
        """At start: cases a crash or a lost answer left "creating" are asked about first
        (never sent as new); then the rest are offered. `check` may raise to stop early."""
        reconciled = unknown = 0
        for summary in self.unfinished():
            check()
            if not summary.needs_reconcile:
                continue
            try:
                verdict = self.reconcile(summary.id).verdict
            except PortalError as exc:  # no session, no network: asked again next time
                log.info("case %s not reconciled yet: %s", summary.id, exc.kind)
                unknown += 1
                continue
            if verdict.state == "unknown":
                unknown += 1
            else:
                reconciled += 1
        return Settled(reconciled, unknown, tuple(self.unfinished()))

    def resume(self, case_id: str) -> AccountCase:
        """An unfinished case to carry on with; one left "creating" is reconciled first, and
        stays "creating" (the same request only) when the gateway still cannot say."""
        if self.state(case_id) is CaseState.CREATING:
            settled = self.reconcile(case_id)
            if settled.case is None:
                raise CaseError("case_ended")
            return settled.case
        return self.load(case_id)

    def apply_retention(self, settings: RetentionSettings | None = None) -> None:
        """Delete what has outlived its purpose (after each case, and at start)."""
        self.journal.apply_retention(settings=settings)

    # -- page 1: lookup ------------------------------------------------------------------------
    def read_card_image(self, image: Image.Image) -> CardQr:
        """The card QR of a photo or scan the officer opened (CardQrNotFoundError if none)."""
        return read_card_qr(image, today=self.today()).card

    def lookup(self, case: AccountCase, id_number: str) -> AccountCase:
        number = normalize_id_number(id_number)
        errors = [f for f in check_id_number(number) if f.is_error]
        if errors:
            raise CaseError(errors[0].code, errors[0].code)  # the UI words finding codes
        if case.finished:
            raise CaseError("case_ended")
        found = self.client.lookup(number)
        case = case.copy()  # the case given stays as it was; the answer is a new value
        case.id_number = number
        case.looked_up = True
        case.exists = found.exists
        if found.exists and found.account is not None:
            case.existing = ExistingAccount(
                username_masked=found.account.username_masked,
                full_name_masked=found.account.full_name_masked,
                created_at=found.account.created_at.isoformat(),
            )
        else:
            case.existing = None
        self.journal.record(case.case_id, self.actor, "lookup", "exists" if found.exists else "new")
        return case

    def end_existing(self, case: AccountCase) -> None:
        """The citizen already has an account: the case ends here, nothing is created."""
        record = self.journal.load_case(case.case_id)
        if record.status is Status.OPEN:
            self.journal.save_step(case.case_id, Step.EXISTS.value, case.to_dict(), self.actor)
            self.journal.mark_failed(
                case.case_id, codes.GatewayCode.ACCOUNT_EXISTS, actor=self.actor
            )

    def guide_pdf(self, case: AccountCase) -> bytes:
        """The citizen's printed guide: log-in, "Quên mật khẩu", no password SMS."""
        reason = GuideReason.CREATED if case.outcome is not None else GuideReason.EXISTS
        if reason is GuideReason.EXISTS and case.existing is not None:
            id_number = case.existing.username_masked or mask_id_number(case.id_number)
        else:
            id_number = case.id_number
        return render_citizen_guide(
            reason=reason,
            day=self.today(),
            unit_name=case.unit_name or self.unit.name,
            place=self._place(case),
            id_number=id_number,
            phone=case.otp_phone if reason is GuideReason.CREATED else "",
            support_lines=self.support_lines,
            case_ref=case.case_ref,
        )

    # -- page 2: scan --------------------------------------------------------------------------
    @staticmethod
    def scan(
        driver: ScanDriver,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Callable[[float], None],
    ) -> list[Image.Image]:
        return driver.scan(device, options, cancel, progress)

    def add_side(self, case: AccountCase, side: str, page: Image.Image) -> Side:
        """Find the card on the page, keep the crop (sealed); the old PDF no longer holds."""
        card = scans.crop(page)
        return Side(self.store_side(case, side, card), card)

    def store_side(self, case: AccountCase, side: str, card: CardImage) -> AccountCase:
        """Keep a side's crop (sealed); the case with it, a new value."""
        case = case.copy()
        self.journal.put_blob(case.case_id, scans.blob_name(side), scans.encode(card))
        if side == "front":
            case.front_dpi = card.dpi
        else:
            case.back_dpi = card.dpi
        if case.has_pdf:
            self.journal.delete_blob(case.case_id, PDF_BLOB, actor=self.actor)
        case.forget_pdf()
        self.save(case)
        return case

    def side(self, case: AccountCase, side: str) -> CardImage:
        dpi = case.front_dpi if side == "front" else case.back_dpi
        if dpi <= 0:
            raise CaseError("no_scan")
        return scans.decode(self.journal.get_blob(case.case_id, scans.blob_name(side)), dpi)

    def turn_side(self, case: AccountCase, side: str) -> Side:
        """The officer's "turn 180°" when the card came out upside down."""
        card = self.side(case, side).rotated_180()
        return Side(self.store_side(case, side, card), card)

    def finish_scan(self, case: AccountCase) -> ScanSummary:
        """Both sides there: read the QR, build the one PDF (≤ 5 MB), keep it sealed."""
        if not (case.has_front and case.has_back):
            raise CaseError("no_scan")
        front, back = self.side(case, "front"), self.side(case, "back")
        case = case.copy()
        reading = scans.read_qr(front, back, today=self.today())
        result = scans.build_pdf(front, back, self.max_pdf_bytes)
        self.journal.put_blob(case.case_id, PDF_BLOB, result.data)
        case.pdf_size, case.pdf_dpi, case.pdf_quality = result.size, result.dpi, result.quality
        problem = reading.problem
        case.qr_side = reading.side
        if reading.card is not None:
            if normalize_id_number(reading.card.details.id_number) != case.id_number:
                problem = Finding.error("qr", FindingCode.QR_OTHER_CARD)
            elif case.qr_details is None or case.qr_source == "scan":
                warnings = [w.to_json() for w in reading.card.warnings]
                case.set_qr(reading.card.details, "scan", warnings)
        case.scan_qr_problem = problem.code if problem is not None else ""
        case.scan_qr_code = problem.code if problem is not None else ""
        self.save(case)
        return ScanSummary(result.size, reading.card, reading.side, problem, case)

    def pdf(self, case: AccountCase) -> bytes:
        return self.journal.get_blob(case.case_id, PDF_BLOB)

    # -- page 3: details -----------------------------------------------------------------------
    def check(self, case: AccountCase) -> DetailsCheck:
        return check_details(case, today=self.today())

    # -- page 4: form --------------------------------------------------------------------------
    def _place(self, case: AccountCase) -> str:
        return self.place or place_from_unit_name(case.unit_name or self.unit.name)

    def render_form(self, case: AccountCase) -> RenderedForm:
        """The request form with the details as they are now; kept sealed with the case."""
        checked = self.check(case)
        values = checked.values
        if values is None or checked.errors:
            raise CaseError("details_incomplete")
        place = self._place(case)
        if not place:
            raise CaseError("no_place")
        day = self.today()
        case = case.copy()
        if not case.case_ref:
            case.case_ref = f"YC-{day:%Y%m%d}-{case.case_id.replace('-', '')[:8].upper()}"
        data = RequestFormData(
            id_number=values.id_number,
            full_name=values.full_name,
            date_of_birth=values.date_of_birth,
            phone=values.phone,
            unit_name=case.unit_name or self.unit.name,
            officer_name=self.officer.full_name,
            place=place,
            date=day,
            case_ref=case.case_ref,
            old_id_number=values.old_id_number,
            sex=values.sex.value if values.sex else "",
            email=values.email,
            address=values.address,
        )
        pdf = render_request_form(data)
        fingerprint = values.fingerprint()
        if fingerprint != case.form_fingerprint:
            # The paper the citizen signed shows other details: print and sign again.
            case.form_printed = False
            case.citizen_signed = False
            case.form_fingerprint = fingerprint
        self.journal.put_blob(case.case_id, FORM_BLOB, pdf)
        self.save(case)
        return RenderedForm(case, pdf)

    def form_printed(self, case: AccountCase) -> AccountCase:
        case = case.copy()
        case.form_printed = True
        self.journal.record(case.case_id, self.actor, "form_printed")
        self.save(case)
        return case

    # -- page 5: OTP ---------------------------------------------------------------------------
    def gateway_skew(self) -> timedelta:
        """How far the gateway's clock is ahead of ours, so a countdown means its seconds."""
        before = self.now()
        health = self.client.health()
        after = self.now()
        return health.time.astimezone(UTC) - (before + (after - before) / 2)

    def send_otp(self, case: AccountCase) -> SendOutcome:
        """Send a code to the citizen's phone; say what came of it (never raises for a
        gateway answer). The case given stays as it was; the outcome carries the new one."""
        checked = self.check(case)
        if checked.values is None:
            raise CaseError("details_incomplete")
        case = case.copy()
        try:
            skew = self.gateway_skew()
            sent = self.client.send_otp(checked.values.phone, checked.values.id_number)
        except SessionExpired as exc:
            return NeedsLogin(case, exc.code)
        except Rejected as exc:
            if isinstance(exc, RateLimited) or exc.code in codes.WAIT:
                if exc.retry_after:
                    # The gateway said how long: the countdown shows its seconds.
                    moment = self.now() + timedelta(seconds=exc.retry_after)
                    case.otp_resend_after = moment.isoformat()
                return OtpWait(case, exc.code, exc.retry_after)
            return OtpRefused(case, exc.code, exc.message)
        except PortalError as exc:
            return OtpNoAnswer(case, exc.code)
        case.otp_id = sent.otp_id
        case.otp_phone = sent.phone
        case.otp_sent_at = self.now().isoformat()
        case.otp_resend_after = (sent.resend_after.astimezone(UTC) - skew).isoformat()
        case.otp_expires_at = (sent.expires_at.astimezone(UTC) - skew).isoformat()
        case.otp_sends += 1
        self.journal.record(case.case_id, self.actor, "otp_sent", f"send {case.otp_sends}")
        self.save(case)
        return OtpSent(case)

    def resend_wait(self, case: AccountCase) -> float:
        """Seconds until "resend" is allowed (0 when it is)."""
        if not case.otp_resend_after:
            return 0.0
        moment = datetime.fromisoformat(case.otp_resend_after)
        return max(0.0, (moment - self.now()).total_seconds())

    def otp_expired(self, case: AccountCase) -> bool:
        if not case.otp_expires_at:
            return False
        return self.now() >= datetime.fromisoformat(case.otp_expires_at)

    # -- page 6: create ------------------------------------------------------------------------
    def request_data(self, case: AccountCase, otp_code: str) -> dict[str, Any]:
        """The `data` part of the create request, exactly as it is journalled and sent."""
        checked = self.check(case)
        values = checked.values
        if values is None or not checked.passes(case.confirmed_warnings):
            raise CaseError("details_incomplete")
        code = otp_code.strip()
        if len(code) != 6 or not code.isascii() or not code.isdigit():
            raise CaseError("otp_code_format")
        data = NewAccount(
            id_number=values.id_number,
            old_id_number=values.old_id_number or None,
            full_name=values.full_name,
            date_of_birth=values.date_of_birth,
            sex=values.sex.value if values.sex else None,
            phone=values.phone,
            email=values.email or None,
            address=values.address or None,
            unit_id=values.unit_id,
            otp_id=case.otp_id,
            otp_code=code,
            counter=self.counter_name or None,
        )
        return data.model_dump(mode="json")

    def create(self, case: AccountCase, otp_code: str) -> CreateOutcome:
        """Create the account, at most once whatever happens on the way; say what came of it.

        A case left "creating" by a failed try is sent again exactly as it was (same key,
        same body): the gateway answers with the first try's outcome if it had landed. The
        case passed in is not changed: the outcome carries the case as it now stands.
        """
        case = case.copy()
        record = self.journal.load_case(case.case_id)
        if record.status is Status.CREATED and record.outcome:
            case.outcome = _outcome_from_journal(record.outcome)
            case.step = Step.RESULT
            return Created(case)
        resent = record.status is Status.CREATING and record.pending is not None
        if resent and record.pending is not None:
            key = record.pending.idempotency_key
            data = dict(record.pending.request or {})
        else:
            if record.status is not Status.OPEN:
                raise CaseError("case_ended")
            self._require_ready(case)
            data = self.request_data(case, otp_code)
            key = new_idempotency_key()
            case.step = Step.OTP
            self.save(case)
            # The key and the exact request are on disk before anything leaves the kiosk.
            self.journal.mark_creating(
                case.case_id, key, request=data, attachment=PDF_BLOB, actor=self.actor
            )
        pdf = self.journal.get_blob(case.case_id, PDF_BLOB)
        try:
            created = self.client.create_account(data, pdf, key)
        except PortalError as exc:
            return self._not_created(case, exc, resent=resent)
        self._created(case, created, "create")
        return Created(case)

    def _require_ready(self, case: AccountCase) -> None:
        if not case.looked_up or case.exists:
            raise CaseError("not_looked_up")
        if not case.has_pdf:
            raise CaseError("no_pdf")
        if not case.citizen_signed:
            raise CaseError("form_not_signed")
        if not case.otp_id:
            raise CaseError("otp_not_sent")

    def _not_created(
        self, case: AccountCase, exc: PortalError, *, resent: bool = False
    ) -> CreateOutcome:
        """The one place that decides what a failed create means for the case."""
        code = exc.code  # the client's mapping: the gateway's code, or the kind of failure
        if resent and code in codes.ANSWERED_BEFORE_THE_KEY:
            # The gateway answers these before it looks at the key: about a request sent
            # again they prove nothing of the first try. Stay "creating"; a lookup decides.
            self.journal.record(case.case_id, self.actor, "create_unanswered", _safe(code))
            return Unknown(case, code)
        if isinstance(exc, SessionExpired):
            # Log in again; the request waits, journalled, and goes again unchanged.
            self.journal.record(case.case_id, self.actor, "create_unanswered", _safe(code))
            return NeedsLogin(case, code)
        if not isinstance(exc, Rejected) or codes.may_have_been_created(code):
            # Offline, timeout, 5xx, 409 request_in_progress, 429, a code this kiosk does not
            # know: an earlier try may have landed. Stay "creating"; only the same request.
            self.journal.record(case.case_id, self.actor, "create_unanswered", _safe(code))
            if isinstance(exc, RateLimited) or (isinstance(exc, Rejected) and code in codes.WAIT):
                return RetrySame(case, code, exc.retry_after)
            return Unknown(case, code)
        if code in codes.FINAL:
            self.journal.mark_failed(case.case_id, code, actor=self.actor)
            case.exists = True
            return AlreadyExists(case)
        # Nothing was created: back to the wizard; the next try is a new request, new key.
        self.journal.reopen_after_refusal(case.case_id, code, actor=self.actor)
        if code in codes.NEW_OTP:
            case.otp_expires_at = self.now().isoformat()  # that code is dead: send a new one
            return NeedsNewCode(case, code)
        left = exc.details.get("attempts_left")
        return Refused(
            case,
            code,
            gateway_text=exc.message,
            attempts_left=left if isinstance(left, int) else None,
            retry_after=exc.retry_after,
        )

    def _created(self, case: AccountCase, created: AccountCreated, via: str) -> None:
        outcome = Outcome(
            account_id=created.account_id,
            username=created.username,
            level=created.level,
            created_at=created.created_at.isoformat(),
            password_sms=created.password_sms,
            replayed=created.replayed,
            confirmed_by=via,
        )
        self.journal.mark_created(case.case_id, outcome_dict(outcome), actor=self.actor)
        case.outcome = outcome
        case.step = Step.RESULT
        log.info("case %s: account created%s", case.case_id, " (replayed)" * created.replayed)
        self._upload_form(case.case_id, created.account_id)

    def _upload_form(self, case_id: str, account_id: str) -> None:
        """A copy of the request form for the supervisor's review. Best effort: the account
        exists whatever happens here, and the signed paper stays at the counter."""
        try:
            form = self.journal.get_blob(case_id, FORM_BLOB)
        except BlobNotFound:
            return
        try:
            self.client.upload_request_form(account_id, form)
        except PortalError as exc:
            log.warning("case %s: request form not sent to the gateway (%s)", case_id, exc.kind)
            return
        self.journal.record(case_id, self.actor, "form_uploaded")

    # -- a case that died while creating -------------------------------------------------------
    def reconcile(self, case_id: str) -> Reconciled:
        """Find out what became of a create request sent before a crash or a lost answer."""
        record = self.journal.load_case(case_id)
        if record.status is not Status.CREATING:
            return Reconciled(Verdict("unknown", code=record.status.value), self._maybe(case_id))

        def resend(pending: Any) -> Replayed | ReplayRefused | NoAnswer:
            pdf = self.journal.get_blob(case_id, pending.attachment or PDF_BLOB)
            try:
                created = self.client.create_account(
                    dict(pending.request or {}), pdf, pending.idempotency_key
                )
            except SessionExpired:
                raise  # the officer logs in again; nothing is decided meanwhile
            except Rejected as refusal:
                # What the refusal says of the first request is reconcile's to decide.
                return ReplayRefused(_safe(refusal.code))
            except PortalError as exc:
                return NoAnswer(exc.kind)
            return Replayed(created.model_dump(mode="json"))

        def lookup(case: Any) -> AccountFound | NoAccount | NoAnswer:
            number = str(case.fields.get("id_number") or "")
            try:
                found = self.client.lookup(number)
            except SessionExpired:
                raise
            except PortalError as exc:
                return NoAnswer(exc.kind)
            if found.exists and found.account is not None:
                return AccountFound(found.account.model_dump(mode="json"))
            return NoAccount()

        verdict = decide(record, resend, lookup, now=self.now())
        if verdict.state == "created" and verdict.via == "replay" and verdict.outcome:
            outcome = outcome_from_dict(
                {**verdict.outcome, "replayed": True, "confirmed_by": "replay"}
            )
            verdict = Verdict("created", outcome_dict(outcome), via="replay")
        settle(self.journal, case_id, verdict, self.actor)
        log.info("case %s reconciled: %s (%s)", case_id, verdict.state, verdict.code or verdict.via)
        return Reconciled(verdict, self._maybe(case_id))

    def _maybe(self, case_id: str) -> AccountCase | None:
        try:
            return self.load(case_id)
        except CaseError:
            return None

    # -- the start screen and the simulated phone ----------------------------------------------
    def history(self, page: int = 1, page_size: int = 20) -> AccountPage:
        """The accounts this officer created before, newest first (seed 002, Bước 1)."""
        return self.client.list_accounts(officer_id=self.officer.id, page=page, page_size=page_size)

    def training_sms(self, phone: str) -> list[SmsMessage]:
        return self.client.training_sms(phone=phone)


_STATE_OF = {
    Status.OPEN: CaseState.WORKING,
    Status.CREATING: CaseState.CREATING,
    Status.CREATED: CaseState.CREATED,
}


def _safe(code: str) -> str:
    """A gateway code as the journal accepts it (a-z, 0-9, _), or "refused"."""
    ok = bool(code) and len(code) <= 64 and all(c in _CODE_CHARS for c in code)
    return code if ok else "refused"


_CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _outcome_from_journal(data: dict[str, Any]) -> Outcome:
    if data.get("reconciled_by") == "lookup":
        # Found by a lookup: the gateway's masked view of the account is all there is.
        account = data.get("account") or {}
        return Outcome(
            username=str(account.get("username_masked", "")),
            created_at=str(account.get("created_at", "")),
            confirmed_by="lookup",
        )
    return outcome_from_dict(data)
