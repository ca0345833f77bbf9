"""Cases of the officer's wizard, without Qt: what the pages call, and what a soak drives.

    service = CaseService(journal, client, officer, unit, place="Hưng Yên")
    case = service.start()
    service.lookup(case, "033190012345")
    service.add_side(case, "front", front_page); service.add_side(case, "back", back_page)
    service.finish_scan(case)               # QR read, one PDF ≤ 5 MB, sealed in the journal
    case.phone, case.phone_confirmed = "0912345678", True   # plus the other details
    service.save(case); service.render_form(case); case.citizen_signed = True
    service.send_otp(case)
    service.create(case, "123456")          # idempotent: key journalled before sending

Every method blocks: the GUI runs them through kiosk.ui.tasks.run_task.
"""

from kiosk.cases.errors import CaseError
from kiosk.cases.service import CaseService, Reconciled, ScanSummary

__all__ = ["CaseError", "CaseService", "Reconciled", "ScanSummary"]
