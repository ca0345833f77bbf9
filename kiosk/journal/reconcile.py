"""A case that died while sending "create": find out what happened, never send it as new.

The create request was journalled with its Idempotency-Key before it left (mark_creating).
The gateway keeps each key with the first answer for at least 24 hours and gives that answer
again to the same key and body. So the pending request is re-sent as it was, and its answer
settles the case:

- 201 replayed: the account exists, created by that first request -> created;
- a refusal replayed that proves nothing was created (kiosk.domain.gateway_codes
  NOTHING_CREATED: otp_expired, validation_failed, ...) -> the case goes back to the wizard,
  and the next attempt is a new request with a new key; account_exists is final -> failed;
- no answer, or one that proves nothing (offline, timeout, 5xx, 409 request_in_progress, 429,
  an unknown code): still unknown -> the case stays "creating", resumable, and nothing else
  may be sent for it.

When the key may have expired at the gateway (older than its TTL), or the gateway no longer
recognises the body under that key, a replay proves nothing, so a lookup of the ID number
decides: an existing account means it was created (the case is settled without a second
create); no account means the first request never took effect.

Pure logic: the two callables do the HTTP (the portal client), and tests pass small functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from kiosk.domain import gateway_codes as codes
from kiosk.journal.records import CaseRecord, PendingCreate, Status
from kiosk.journal.store import Journal

# The gateway keeps keys "≥ 24 h" (gateway contract); stay on the safe side of that.
KEY_TTL = timedelta(hours=23)


@dataclass(frozen=True)
class Replayed:
    """The gateway answered 201: its first answer, given again."""

    body: dict[str, Any]


@dataclass(frozen=True)
class Refused:
    code: str


@dataclass(frozen=True)
class NoAnswer:
    reason: str  # offline, timeout, server_error ... (never personal data)


@dataclass(frozen=True)
class AccountFound:
    account: dict[str, Any] = field(default_factory=dict)  # masked fields from the lookup


@dataclass(frozen=True)
class NoAccount:
    pass


ResendResult = Replayed | Refused | NoAnswer
LookupResult = AccountFound | NoAccount | NoAnswer
Resend = Callable[[PendingCreate], ResendResult]
Lookup = Callable[[CaseRecord], LookupResult]


@dataclass(frozen=True)
class Verdict:
    state: Literal["created", "refused", "failed", "unknown"]
    outcome: dict[str, Any] | None = None
    code: str = ""  # refusal code or why it is still unknown
    via: Literal["replay", "lookup", ""] = ""


def _by_lookup(case: CaseRecord, lookup: Lookup | None, why: str) -> Verdict:
    if lookup is None:
        return Verdict("unknown", code=why)
    found = lookup(case)
    if isinstance(found, AccountFound):
        outcome = {"reconciled_by": "lookup", "account": dict(found.account)}
        return Verdict("created", outcome=outcome, via="lookup")
    if isinstance(found, NoAccount):
        return Verdict("refused", code=why, via="lookup")
    return Verdict("unknown", code=found.reason, via="lookup")


def decide(
    case: CaseRecord,
    resend: Resend,
    lookup: Lookup | None = None,
    *,
    now: datetime | None = None,
    key_ttl: timedelta = KEY_TTL,
) -> Verdict:
    """What became of the create request of a case left in "creating"."""
    if case.status is not Status.CREATING or case.pending is None:
        raise ValueError(f"case {case.id} is {case.status.value}, not creating")
    moment = now or datetime.now(UTC)
    if moment - case.pending.since >= key_ttl:
        # The gateway may have forgotten the key: a "replay" could be taken as a new request.
        return _by_lookup(case, lookup, "idempotency_key_expired")
    answer = resend(case.pending)
    if isinstance(answer, Replayed):
        return Verdict("created", outcome=dict(answer.body), via="replay")
    if isinstance(answer, NoAnswer):
        return Verdict("unknown", code=answer.reason, via="replay")
    if answer.code in codes.KEY_NOT_RECOGNISED:
        return _by_lookup(case, lookup, answer.code)
    if answer.code in codes.FINAL:
        return Verdict("failed", code=answer.code, via="replay")
    if codes.nothing_created(answer.code):
        return Verdict("refused", code=answer.code, via="replay")
    # Still running (409), a limiter, a code this kiosk does not know: not known yet.
    return Verdict("unknown", code=answer.code, via="replay")


def settle(journal: Journal, case_id: str, verdict: Verdict, actor: str) -> CaseRecord:
    """Write the verdict to the journal; "unknown" leaves the case as it is (still creating)."""
    if verdict.state == "unknown":
        journal.record(case_id, actor, "reconcile_unknown", verdict.code)
    elif verdict.state == "created":
        journal.mark_created(case_id, verdict.outcome or {}, actor=actor)
    elif verdict.state == "failed":
        journal.mark_failed(case_id, verdict.code, actor=actor)
    elif verdict.state == "refused":
        journal.reopen_after_refusal(case_id, verdict.code, actor=actor)
    return journal.load_case(case_id)
