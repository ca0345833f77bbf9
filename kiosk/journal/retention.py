"""Which data has outlived its purpose: a pure plan, executed by Journal.apply_retention.

The purpose of the scans, the form and the full details is the create request. Once a case is
finished (created and confirmed by the gateway, abandoned, or refused for good) they go, by the
`[retention] scans` rule: at once ("on_created"), after the local day ends ("end_of_day"), or
after `scan_days`. What stays is the masked summary (masked ID number, initials, status, step,
times) and the audit trail, for `case_days` after the case finished; then the row goes too.
An unfinished case untouched for `case_days` cannot be resumed in any useful way (its OTP and
Idempotency-Key are long expired) and is deleted whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk.config import RetentionSettings
from kiosk.domain import vn_time
from kiosk.journal.records import FINISHED, Status


@dataclass(frozen=True)
class CaseTimes:
    id: str
    status: Status
    updated_at: datetime
    finished_at: datetime | None
    has_blobs: bool
    reduced: bool


@dataclass
class RetentionPlan:
    drop_blobs: list[str] = field(default_factory=list)  # case ids whose blobs go
    reduce: list[str] = field(default_factory=list)  # case ids reduced to the masked summary
    delete: list[str] = field(default_factory=list)  # case ids deleted whole

    @property
    def empty(self) -> bool:
        return not (self.drop_blobs or self.reduce or self.delete)


def _local_date(moment: datetime) -> date:
    return vn_time.day_of(moment)


def scans_due(finished_at: datetime, now: datetime, settings: RetentionSettings) -> bool:
    if settings.scans == "on_created":
        return True
    if settings.scans == "end_of_day":
        return _local_date(finished_at) != _local_date(now) and finished_at < now
    return now - finished_at >= timedelta(days=settings.scan_days)


def plan(cases: list[CaseTimes], now: datetime, settings: RetentionSettings) -> RetentionPlan:
    keep_for = timedelta(days=settings.case_days)
    result = RetentionPlan()
    for case in cases:
        if case.status in FINISHED and case.finished_at is not None:
            if now - case.finished_at >= keep_for:
                result.delete.append(case.id)
            elif scans_due(case.finished_at, now, settings):
                if case.has_blobs:
                    result.drop_blobs.append(case.id)
                if not case.reduced:
                    result.reduce.append(case.id)
        elif now - case.updated_at >= keep_for:
            result.delete.append(case.id)
    return result
