"""A case that died while sending "create" is settled by asking again, never by a new create.

The gateway here is a few lines of the contract's idempotency rule (same key + same body ->
the first answer again; same key + other body -> 422), enough to show that the journal and
the decision never make a second account. The proof over HTTP against the training gateway
comes with the soak tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest

from kiosk.journal import Journal, Status
from kiosk.journal.reconcile import (
    AccountFound,
    NoAccount,
    NoAnswer,
    Refused,
    Replayed,
    ResendResult,
    decide,
    settle,
)
from kiosk.journal.records import CaseRecord, PendingCreate
from tests.unit.journal import citizen


@dataclass
class TinyGateway:
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    keys: dict[str, tuple[str, ResendResult]] = field(default_factory=dict)
    creates: int = 0
    offline: bool = False
    otp_code: str = "482913"

    def create(self, key: str, body: dict[str, Any]) -> ResendResult:
        if self.offline:
            return NoAnswer("offline")
        fingerprint = json.dumps(body, sort_keys=True)
        if key in self.keys:
            first_print, first_answer = self.keys[key]
            return first_answer if first_print == fingerprint else Refused("idempotency_key_reused")
        answer: ResendResult
        if body["otp_code"] != self.otp_code:
            answer = Refused("otp_invalid")
        elif body["id_number"] in self.accounts:
            answer = Refused("account_exists")
        else:
            self.creates += 1
            account = {"account_id": f"acc-{self.creates}", "username": body["id_number"]}
            self.accounts[body["id_number"]] = account
            answer = Replayed(account)
        self.keys[key] = (fingerprint, answer)
        return answer

    def resend(self, pending: PendingCreate) -> ResendResult:
        assert pending.request is not None
        return self.create(pending.idempotency_key, pending.request)

    def lookup(self, case: CaseRecord) -> AccountFound | NoAccount | NoAnswer:
        if self.offline:
            return NoAnswer("offline")
        if case.fields.get("id_number") in self.accounts:
            return AccountFound({"username_masked": case.masked_id_number})
        return NoAccount()


def _sending(journal: Journal, otp_code: str = "482913") -> tuple[str, dict[str, Any]]:
    """A case journalled as "creating", as the wizard does before the request leaves."""
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(case.id, "otp", citizen.fields(), "officer-7")
    request = {**citizen.fields(), "otp_id": "otp-1", "otp_code": otp_code}
    journal.mark_creating(case.id, f"key-{case.id}", request=request)
    return case.id, request


def test_create_that_reached_the_gateway_is_replayed_not_repeated(journal: Journal) -> None:
    gateway = TinyGateway()
    case_id, request = _sending(journal)
    first = gateway.create(f"key-{case_id}", request)  # the answer the killed app never read
    assert isinstance(first, Replayed)

    case = journal.load_case(case_id)
    verdict = decide(case, gateway.resend, gateway.lookup)
    settled = settle(journal, case_id, verdict, "officer-7")

    assert (verdict.state, verdict.via) == ("created", "replay")
    assert settled.status is Status.CREATED and settled.outcome == first.body
    assert gateway.creates == 1 and len(gateway.accounts) == 1


def test_create_that_never_left_is_sent_once_under_the_same_key(journal: Journal) -> None:
    gateway = TinyGateway()
    case_id, _ = _sending(journal)
    first = decide(journal.load_case(case_id), gateway.resend)
    # The app died again before writing that verdict: the next start asks once more.
    second = decide(journal.load_case(case_id), gateway.resend)
    assert first == second and first.state == "created"
    settle(journal, case_id, second, "officer-7")
    settle(journal, case_id, first, "officer-7")  # a late duplicate is harmless
    case = journal.load_case(case_id)
    assert case.status is Status.CREATED and case.outcome == first.outcome
    assert gateway.creates == 1 and list(gateway.keys) == [f"key-{case_id}"]


def test_no_answer_keeps_the_case_creating_and_resumable(journal: Journal) -> None:
    gateway = TinyGateway(offline=True)
    case_id, _ = _sending(journal)
    verdict = decide(journal.load_case(case_id), gateway.resend, gateway.lookup)
    case = settle(journal, case_id, verdict, "officer-7")
    assert (verdict.state, verdict.code) == ("unknown", "offline")
    assert case.status is Status.CREATING and case.pending is not None
    assert [c.id for c in journal.unfinished_cases() if c.needs_reconcile] == [case_id]
    assert journal.audit_trail(case_id)[-1].action == "reconcile_unknown"

    gateway.offline = False
    settle(journal, case_id, decide(case, gateway.resend), "officer-7")
    assert journal.load_case(case_id).status is Status.CREATED
    assert gateway.creates == 1


def test_in_progress_is_still_unknown(journal: Journal) -> None:
    case_id, _ = _sending(journal)

    def busy(_: PendingCreate) -> ResendResult:
        return Refused("request_in_progress")

    assert decide(journal.load_case(case_id), busy).state == "unknown"


def test_a_replayed_refusal_reopens_the_case_for_a_new_attempt(journal: Journal) -> None:
    gateway = TinyGateway()
    case_id, _ = _sending(journal, otp_code="000000")  # the officer typed an old code
    verdict = decide(journal.load_case(case_id), gateway.resend)
    case = settle(journal, case_id, verdict, "officer-7")
    assert (verdict.state, verdict.code) == ("refused", "otp_invalid")
    assert case.status is Status.OPEN and case.idempotency_key is None
    assert gateway.creates == 0


def test_account_exists_is_final(journal: Journal) -> None:
    gateway = TinyGateway(accounts={citizen.ID_NUMBER: {"account_id": "older"}})
    case_id, _ = _sending(journal)
    case = settle(journal, case_id, decide(journal.load_case(case_id), gateway.resend), "x")
    assert (case.status, case.failure_code) == (Status.FAILED, "account_exists")


def test_after_the_key_ttl_only_a_lookup_decides(journal: Journal) -> None:
    gateway = TinyGateway()
    case_id, request = _sending(journal)
    gateway.create(f"key-{case_id}", request)
    gateway.keys.clear()  # the gateway forgot the key after its TTL
    case = journal.load_case(case_id)
    assert case.pending is not None
    later = case.pending.since + timedelta(hours=30)

    def must_not_resend(_: PendingCreate) -> ResendResult:
        raise AssertionError("a replay after the key TTL would be a new create")

    assert decide(case, must_not_resend, now=later).state == "unknown"  # no lookup given
    verdict = decide(case, must_not_resend, gateway.lookup, now=later)
    assert (verdict.state, verdict.via) == ("created", "lookup")
    settled = settle(journal, case_id, verdict, "officer-7")
    assert settled.outcome == {
        "reconciled_by": "lookup",
        "account": {"username_masked": "033*******21"},
    }
    assert gateway.creates == 1


def test_key_not_recognised_and_no_account_means_nothing_was_created(journal: Journal) -> None:
    gateway = TinyGateway()
    case_id, _ = _sending(journal)
    gateway.keys[f"key-{case_id}"] = ("another body", Replayed({}))
    verdict = decide(journal.load_case(case_id), gateway.resend, gateway.lookup)
    assert (verdict.state, verdict.code, verdict.via) == (
        "refused",
        "idempotency_key_reused",
        "lookup",
    )
    assert settle(journal, case_id, verdict, "officer-7").status is Status.OPEN


def test_only_a_creating_case_is_reconciled(journal: Journal) -> None:
    case = journal.new_case("officer-7", "unit-hy-01")
    with pytest.raises(ValueError):
        decide(case, TinyGateway().resend)
