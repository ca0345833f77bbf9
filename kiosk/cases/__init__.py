"""Cases of the officer's wizard, without Qt: what the pages call, and what a soak drives.

    service = CaseService(journal, client, officer, unit, place="Hưng Yên")
    case = service.start()
    case = service.lookup(case, "033190012345")   # a new value; `case` given is unchanged
    case = service.add_side(case, "front", front_page).case   # and the back the same way
    case = service.finish_scan(case).case   # QR read, one PDF ≤ 5 MB, sealed in the journal
    case.phone, case.phone_confirmed = "0912345678", True   # plus the other details
    service.save(case); case = service.render_form(case).case; case.citizen_signed = True
    case = service.send_otp(case).case      # OtpSent | OtpWait | OtpRefused | ...
    outcome = service.create(case, "123456")  # Created | Unknown | NeedsNewCode | ...

No method changes the case it is given: each answers with the case as it now stands (a new
value), alone or inside its result. `create` and `send_otp` answer with typed outcomes
(kiosk.cases.outcomes) and never raise for a gateway answer. The start screen (`settle_unfinished`,
`resume`), closing a case (`close` -> Abandoned | Kept) and retention are methods here too, so
the wizard and the soak call the very same code. Every method blocks: the GUI runs them
through kiosk.ui.tasks.run_task.
"""

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
from kiosk.cases.service import CaseService, Reconciled, RenderedForm, ScanSummary, Side

__all__ = [
    "Abandoned",
    "AlreadyExists",
    "CaseError",
    "CaseService",
    "CaseState",
    "Closed",
    "CreateOutcome",
    "Created",
    "Kept",
    "NeedsLogin",
    "NeedsNewCode",
    "OtpNoAnswer",
    "OtpRefused",
    "OtpSent",
    "OtpWait",
    "Reconciled",
    "Refused",
    "RenderedForm",
    "RetrySame",
    "ScanSummary",
    "SendOutcome",
    "Settled",
    "Side",
    "Unknown",
]
