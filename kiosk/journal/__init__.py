"""The local journal of cases: drafts, outcomes, audit; personal data encrypted at rest.

Qt-free. The wizard saves every step here before it moves on (`Journal.save_step`), records the
Idempotency-Key before it sends "create" (`Journal.mark_creating`), and on start offers
`Journal.unfinished_cases()` for resumption, reconciling a case that died mid-create with the
gateway first (`reconcile.decide` / `reconcile.settle`). Personal data is sealed with
AES-256-GCM under a key kept in the OS keyring (`keys`); scans and PDFs leave the journal in
clear only through `private_files.private_temp_file`. `Journal.apply_retention` deletes what
has outlived its purpose, for real. `health.journal_health` is what `kiosk doctor` reports.
See docs/privacy.md.
"""

from kiosk.journal.damaged_files import OpenedJournal, open_journal, quarantine
from kiosk.journal.errors import (
    BlobNotFound,
    BlobTooLarge,
    CaseNotFound,
    DataTampered,
    DiskFull,
    InsecureKeyring,
    InvalidTransition,
    JournalBusy,
    JournalCorrupt,
    JournalError,
    KeyMissing,
    KeyringUnavailable,
    StorageError,
    WrongKey,
)
from kiosk.journal.health import journal_health
from kiosk.journal.keys import (
    EphemeralKeyProvider,
    KeyProvider,
    KeyringKeyProvider,
    is_secure_backend,
)
from kiosk.journal.private_files import private_temp_file, purge_leftovers
from kiosk.journal.records import AuditEntry, CaseRecord, CaseSummary, PendingCreate, Status
from kiosk.journal.store import IntegrityReport, Journal, RetentionReport, default_path

__all__ = [
    "AuditEntry",
    "BlobNotFound",
    "BlobTooLarge",
    "CaseNotFound",
    "CaseRecord",
    "CaseSummary",
    "DataTampered",
    "DiskFull",
    "EphemeralKeyProvider",
    "InsecureKeyring",
    "IntegrityReport",
    "InvalidTransition",
    "Journal",
    "JournalBusy",
    "JournalCorrupt",
    "JournalError",
    "KeyMissing",
    "KeyProvider",
    "KeyringKeyProvider",
    "KeyringUnavailable",
    "OpenedJournal",
    "PendingCreate",
    "RetentionReport",
    "Status",
    "StorageError",
    "WrongKey",
    "default_path",
    "is_secure_backend",
    "journal_health",
    "open_journal",
    "private_temp_file",
    "purge_leftovers",
    "quarantine",
]
