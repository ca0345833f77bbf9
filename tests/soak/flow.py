"""A headless officer: whole cases through CaseService, saved step by step as the wizard saves
them, with an officer's answers to failures ("Thử lại", wait out a countdown, log in again,
ask the citizen for the newest code).

Shared by the soaks in tests/soak, their child process (tests/helpers/soak_child.py) and
bench/bench_soak.py. Citizens are numbered: citizen `n` has its own ID number and phone
(tests.unit.cases.citizens.citizen), and its card images are drawn with a real QR of its
details, so the QR read from the scans matches the number looked up.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from kiosk.cases import (
    AlreadyExists,
    CaseService,
    Created,
    NeedsLogin,
    NeedsNewCode,
    OtpNoAnswer,
    OtpRefused,
    OtpSent,
    OtpWait,
    Refused,
    RetrySame,
    Unknown,
)
from kiosk.domain import gateway_codes as codes
from kiosk.domain.account_case import AccountCase, Step
from kiosk.journal import Status
from kiosk.portal import PortalError, RateLimited, Rejected, SessionExpired
from kiosk.scanner.imaging import CardImage
from tests.unit.cases.citizens import Citizen, card_pages, citizen
from tests.unit.qr.synthetic_cards import draw_card

T = TypeVar("T")

# Timeouts and backoff of a soak's client: a fault costs milliseconds, not the 20 s a counter
# waits, and "a delay past the timeout" stays cheap to inject.
FAST_CLIENT: dict[str, Any] = {
    "connect_timeout": 1.0,
    "read_timeout": 0.35,
    "retries": 2,
    "backoff_factor": 0.01,
    "backoff_max": 0.05,
    "backoff_jitter": 0.0,
    "longest_wait": 2.0,
}

OTP = re.compile(r"\b(\d{6})\b")

Event = Callable[[str, int, AccountCase | None], None]


def citizen_number(case: AccountCase) -> int | None:
    """The soak citizen a case belongs to (its ID number ends with the number), if looked up."""
    if not case.id_number:
        return None
    return int(case.id_number[-6:])


class GaveUp(Exception):
    """The officer stopped trying for now; the case stays in the journal, resumable."""

    def __init__(self, step: str, last: object = None) -> None:
        super().__init__(f"{step}: {type(last).__name__ if last else 'no answer'}")
        self.step = step
        self.last = last


class HeadlessOfficer:
    """Serves numbered citizens through one CaseService; counts what it had to do."""

    def __init__(
        self,
        service: CaseService,
        log_in: Callable[[], None],
        *,
        wait: Callable[[float], None] = lambda _seconds: None,
        attempts: int = 8,
        scanner_pages_every: int = 0,
        on_event: Event | None = None,
    ) -> None:
        self.service = service
        self.log_in = log_in
        self.wait = wait
        self.attempts = attempts
        # Every k-th citizen goes through the scanner-page path (card finding) too; the
        # others hand the crop over directly, which keeps a 200-case soak short.
        self.scanner_pages_every = scanner_pages_every
        self.on_event = on_event
        self.tally: Counter[str] = Counter()

    def _event(self, what: str, n: int, case: AccountCase | None) -> None:
        if self.on_event is not None:
            self.on_event(what, n, case)

    # -- a whole case --------------------------------------------------------------------------
    def serve(self, n: int) -> AccountCase:
        """A new case for citizen n, from the lookup to the created account."""
        self._event("starting", n, None)
        case = self.service.start()
        self._event("started", n, case)
        return self.carry_on(case, n)

    def prepare(self, n: int) -> tuple[AccountCase, str]:
        """A new case for citizen n, up to the code read from the phone; nothing sent yet."""
        self._event("starting", n, None)
        case = self.service.start()
        self._event("started", n, case)
        return self._ready(case, n)

    def finish(self, case: AccountCase, code: str) -> AccountCase:
        """The officer presses "Tạo tài khoản" with the code, then does what it takes."""
        n = citizen_number(case) or 0
        self._event("creating", n, case)
        return self._create(case, citizen(n), code)

    def carry_on(self, case: AccountCase, n: int) -> AccountCase:
        """Take a case (new or resumed) from wherever it stands to the created account."""
        if case.finished:
            return case
        if self.service.status(case) is Status.CREATING:
            # Died while sending "create": only the same request may go (same key, same body).
            self._event("creating", n, case)
            return self._create(case, citizen(n), "")
        case, code = self._ready(case, n)
        self._event("creating", n, case)
        return self._create(case, citizen(n), code)

    def _ready(self, case: AccountCase, n: int) -> tuple[AccountCase, str]:
        """Every step before "create", from where the case stands; the case and the code."""
        person = citizen(n)
        if not case.looked_up:
            number = person.details.id_number
            case = self._call("lookup", lambda: self.service.lookup(case, number))
            if case.exists:
                raise AssertionError(f"citizen {n} already has an account")
            self._next(case, Step.SCAN)
            self._event("looked_up", n, case)
        if not case.has_pdf:
            case = self._scan(case, person, n)
            self._next(case, Step.DETAILS)
            self._event("scanned", n, case)
        if not case.phone_confirmed:
            case.fill_from_qr()
            case.phone = person.phone
            case.phone_confirmed = True
            self._next(case, Step.FORM)
            self._event("details", n, case)
        if not case.citizen_signed:
            case = self.service.render_form(case).case
            case = self.service.form_printed(case)
            case.citizen_signed = True
            self._next(case, Step.OTP)
            self._event("form", n, case)
        if not case.otp_id or self.service.otp_expired(case):
            case = self._send_otp(case)
            self._event("otp_sent", n, case)
        return case, self._read_code(case)

    def _next(self, case: AccountCase, step: Step) -> None:
        """What the wizard does when the officer presses Enter: the step goes to the journal."""
        case.step = step
        self.service.save(case)

    def _scan(self, case: AccountCase, person: Citizen, n: int) -> AccountCase:
        if self.scanner_pages_every and n % self.scanner_pages_every == 0:
            front_page, back_page = card_pages(person)
            if not case.has_front:
                case = self.service.add_side(case, "front", front_page).case
            if not case.has_back:
                case = self.service.add_side(case, "back", back_page).case
        else:
            sides = draw_card(person.payload)
            if not case.has_front:
                case = self.service.store_side(case, "front", CardImage(sides.front, 300.0))
            if not case.has_back:
                case = self.service.store_side(case, "back", CardImage(sides.back, 300.0))
        summary = self.service.finish_scan(case)
        case = summary.case
        if summary.qr is None or case.other_card_scanned:
            raise AssertionError(f"citizen {n}: the card's QR was not read from the scans")
        return case

    # -- the network steps ---------------------------------------------------------------------
    def _call(self, step: str, fn: Callable[[], T]) -> T:
        """One call, tried again the way an officer does until it works or they give up."""
        last: BaseException | None = None
        for _ in range(self.attempts):
            try:
                return fn()
            except SessionExpired as exc:
                last = exc
                self._log_in_again()
            except Rejected as exc:
                last = exc
                if exc.code in codes.WAIT or isinstance(exc, RateLimited):
                    self.tally["waited"] += 1
                    self.wait(exc.retry_after or 1.0)
                    continue
                raise
            except PortalError as exc:
                last = exc
                self.tally["retried"] += 1
        self.tally["gave_up"] += 1
        raise GaveUp(step, last)

    def _log_in_again(self) -> None:
        self.tally["logged_in_again"] += 1
        try:
            self.log_in()
        except PortalError:
            self.tally["retried"] += 1  # the next attempt finds the session still missing

    def _send_otp(self, case: AccountCase) -> AccountCase:
        """ "Gửi mã OTP", then what the OTP page shows the officer to do next."""
        last: object = None
        for _ in range(self.attempts):
            outcome = self.service.send_otp(case)
            case, last = outcome.case, outcome
            match outcome:
                case OtpSent():
                    self.tally["otp_sent"] += 1
                    return case
                case NeedsLogin():
                    self._log_in_again()
                case OtpWait():
                    self.tally["waited"] += 1
                    self.wait(outcome.retry_after or 1.0)
                case OtpNoAnswer():
                    self.tally["retried"] += 1
                case OtpRefused():
                    raise AssertionError(f"send refused: {outcome.code}")
        self.tally["gave_up"] += 1
        raise GaveUp("send_otp", last)

    def _read_code(self, case: AccountCase) -> str:
        """The newest code on the citizen's (simulated) phone, read out to the officer."""

        def newest() -> str:
            texts = [m.text for m in self.service.training_sms(case.otp_phone) if m.kind == "otp"]
            found = OTP.search(texts[-1]) if texts else None
            if found is None:
                raise AssertionError("no OTP on the citizen's phone")
            return found.group(1)

        return self._call("read_otp", newest)

    def _create(self, case: AccountCase, person: Citizen, code: str) -> AccountCase:
        """ "Tạo tài khoản", then what the wizard's OTP page shows the officer to do next:
        the same CaseService answer, acted on as a person would."""
        last: object = None
        for _ in range(self.attempts):
            outcome = self.service.create(case, code)
            case = outcome.case
            last = outcome
            match outcome:
                case Created():
                    self.tally["replayed" if outcome.replayed else "created"] += 1
                    self._event("created", citizen_number(case) or 0, case)
                    return case
                case AlreadyExists():
                    self.tally["refused_exists"] += 1
                    return case  # the journal holds it as failed; the tally will say so
                case NeedsLogin():
                    self._log_in_again()
                case RetrySame(code="request_in_progress"):
                    time.sleep(0.05)  # the first try is still at the gateway
                case RetrySame():
                    self.tally["waited"] += 1
                    self.wait(outcome.retry_after or 1.0)
                case Unknown():
                    self.tally["retried"] += 1  # "Thử lại": the same request again
                case NeedsNewCode():
                    self.tally["new_code"] += 1
                    case = self._send_otp(case)
                    code = self._read_code(case)
                case Refused(code=refused) if refused in codes.RETYPE_OTP:
                    # Not the newest code: the citizen reads the newest one out again.
                    self.tally["new_code"] += 1
                    code = self._read_code(case)
                case Refused():
                    raise AssertionError(f"create refused: {outcome.code}")
        self.tally["gave_up"] += 1
        raise GaveUp("create", last)

    # -- a restart -----------------------------------------------------------------------------
    def settle_unfinished(self) -> tuple[int, int]:
        """What the kiosk's start screen does (the same CaseService method): reconcile the
        cases a crash left "creating". Returns (reconciled, still unknown)."""
        settled = self.service.settle_unfinished()
        self.tally["reconciled"] += settled.reconciled
        return settled.reconciled, settled.still_unknown
