"""What a step of a case came to, as values: the pages render them, the soak acts on them.

The case service decides once what the gateway's answer means for the case (with the groups
of kiosk.domain.gateway_codes) and says so with one of these; nobody downstream looks at an
exception to classify it again. Each outcome carries the case as it now stands: a new value,
never the one the caller passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.domain.account_case import AccountCase
from kiosk.journal.records import CaseSummary


# -- create ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Created:
    """The gateway confirmed the account (at once, or its first answer given again)."""

    case: AccountCase

    @property
    def replayed(self) -> bool:
        return self.case.outcome is not None and self.case.outcome.replayed


@dataclass(frozen=True)
class AlreadyExists:
    """The citizen has an account (made elsewhere): the case ends, nothing created."""

    case: AccountCase


@dataclass(frozen=True)
class Unknown:
    """No answer that says what happened: the account may exist. The case is kept
    "creating"; only the same request may go again, and a restart reconciles it."""

    case: AccountCase
    reason: str  # offline, timeout, server_error, a code that proves nothing


@dataclass(frozen=True)
class RetrySame:
    """The gateway asked to wait (still working on it, a limiter): then send the same
    request again. The account may exist meanwhile."""

    case: AccountCase
    code: str
    retry_after: float | None = None


@dataclass(frozen=True)
class NeedsLogin:
    """No session: the officer logs in again, then the same request goes."""

    case: AccountCase
    code: str


@dataclass(frozen=True)
class NeedsNewCode:
    """Nothing was created; the code the citizen read out is dead: send a new one."""

    case: AccountCase
    code: str


@dataclass(frozen=True)
class Refused:
    """Nothing was created; something must change first (the code typed, the details)."""

    case: AccountCase
    code: str
    gateway_text: str = ""  # the gateway's own words, for a code the kiosk does not know
    attempts_left: int | None = None
    retry_after: float | None = None


CreateOutcome = Created | AlreadyExists | Unknown | RetrySame | NeedsLogin | NeedsNewCode | Refused
# Outcomes after which the create request may have landed: the case stays "creating".
MAYBE_CREATED = (Unknown, RetrySame, NeedsLogin)


# -- send the OTP ------------------------------------------------------------------------------
@dataclass(frozen=True)
class OtpSent:
    """A code is on its way to the citizen's phone; the case knows its id and countdowns."""

    case: AccountCase


@dataclass(frozen=True)
class OtpWait:
    """The gateway set a countdown (a code was sent a moment ago, too many this hour): the
    case's resend countdown shows it."""

    case: AccountCase
    code: str
    retry_after: float | None = None


@dataclass(frozen=True)
class OtpRefused:
    """No code sent: the phone or the details must change first."""

    case: AccountCase
    code: str
    gateway_text: str = ""


@dataclass(frozen=True)
class OtpNoAnswer:
    """No answer: a code may or may not be on its way (the next send may meet a countdown)."""

    case: AccountCase
    reason: str


SendOutcome = OtpSent | OtpWait | OtpRefused | OtpNoAnswer | NeedsLogin


# -- what a case is, for whoever speaks of it ---------------------------------------------------
class CaseState(StrEnum):
    """What is true of a case right now, as the journal holds it."""

    WORKING = "working"  # nothing sent, or every try refused: no account made by this case
    CREATING = "creating"  # a create may have left: the account may exist; kept, reconciled
    CREATED = "created"  # the gateway confirmed the account
    ENDED = "ended"  # refused for good, abandoned, or gone from the journal


# -- leaving a case ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Abandoned:
    """The case is dropped: its details and scans are deleted; no account was made."""

    case_id: str


@dataclass(frozen=True)
class Kept:
    """The case stays in the journal (resumable, or awaiting reconciliation)."""

    case_id: str
    state: CaseState


Closed = Abandoned | Kept


# -- the start screen ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Settled:
    """Cases a crash or a lost answer left "creating", asked about at start."""

    reconciled: int  # settled one way or the other
    still_unknown: int  # no answer yet: kept, asked again next time
    unfinished: tuple[CaseSummary, ...]  # what the start screen offers afterwards
