"""`kiosk doctor`: why does this desk not work? Qt-free checks, each a small function.

    from kiosk.doctor import DoctorContext, run_checks, standard_checks
    with DoctorContext.load() as ctx:
        results = run_checks(standard_checks(printers=...), ctx)

A check takes the DoctorContext and returns a CheckResult(name, ok, detail, hint) whose detail
and fix are phrases (kiosk.doctor.codes: a code and values); the UI catalogue words them
(kiosk/ui/catalogue/doctor.py) for the GUI and for `kiosk doctor`. The printer check needs Qt
and lives in kiosk/ui/printers.py; the CLI and the GUI hand it in. See docs/deploy.md for what
each line means.
"""

from kiosk.doctor.codes import Hint, Phrase, Said, say
from kiosk.doctor.context import DoctorContext, DoctorOptions, Probe
from kiosk.doctor.report import as_dict
from kiosk.doctor.result import CheckResult, failed, passed, skipped
from kiosk.doctor.runner import (
    ORDER,
    Check,
    NamedCheck,
    exit_code,
    run_check,
    run_checks,
    select,
    standard_checks,
)

__all__ = [
    "ORDER",
    "Check",
    "CheckResult",
    "DoctorContext",
    "DoctorOptions",
    "Hint",
    "NamedCheck",
    "Phrase",
    "Probe",
    "Said",
    "as_dict",
    "exit_code",
    "failed",
    "passed",
    "run_check",
    "run_checks",
    "say",
    "select",
    "skipped",
    "standard_checks",
]
