"""What the journal hands out: whole cases (decrypted), masked summaries, audit entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    OPEN = "open"  # the wizard is (or was) on it
    CREATING = "creating"  # the create request may be in flight: reconcile before anything
    CREATED = "created"  # the gateway confirmed the account
    ABANDONED = "abandoned"  # the officer stopped it
    FAILED = "failed"  # the gateway refused it for good (e.g. the account already existed)


UNFINISHED = (Status.OPEN, Status.CREATING)
FINISHED = (Status.CREATED, Status.ABANDONED, Status.FAILED)


@dataclass(frozen=True)
class PendingCreate:
    """The create request as it was sent, so a retry sends exactly the same thing.

    The gateway fingerprints the JSON part and the attachment: anything else under the same
    Idempotency-Key is refused (422 idempotency_key_reused), so both are kept until the case
    is settled, and the attachment blob cannot change meanwhile.
    """

    idempotency_key: str
    since: datetime
    request: dict[str, Any] | None
    attachment: str | None  # blob name


@dataclass(frozen=True)
class CaseSummary:
    """What a list of cases shows without decrypting anything."""

    id: str
    created_at: datetime
    updated_at: datetime
    officer_id: str
    unit_id: str
    step: str
    status: Status
    masked_id_number: str
    masked_name: str

    @property
    def needs_reconcile(self) -> bool:
        """Died while sending "create": ask the gateway before offering anything else."""
        return self.status is Status.CREATING


@dataclass(frozen=True)
class CaseRecord:
    id: str
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    officer_id: str
    unit_id: str
    step: str
    status: Status
    masked_id_number: str
    masked_name: str
    fields: dict[str, Any]
    blobs: tuple[str, ...]
    pending: PendingCreate | None
    outcome: dict[str, Any] | None
    failure_code: str | None
    # Set when retention has removed the details; only the masked summary is left.
    reduced_at: datetime | None = None

    @property
    def idempotency_key(self) -> str | None:
        return self.pending.idempotency_key if self.pending else None

    def summary(self) -> CaseSummary:
        return CaseSummary(
            id=self.id,
            created_at=self.created_at,
            updated_at=self.updated_at,
            officer_id=self.officer_id,
            unit_id=self.unit_id,
            step=self.step,
            status=self.status,
            masked_id_number=self.masked_id_number,
            masked_name=self.masked_name,
        )


@dataclass(frozen=True)
class AuditEntry:
    case_id: str
    at: datetime
    actor: str
    action: str
    detail: str
