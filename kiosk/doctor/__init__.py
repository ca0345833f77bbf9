"""`kiosk doctor`: why does this desk not work? Qt-free checks, each a small function.

    from kiosk.doctor import DoctorContext, run_checks, standard_checks
    with DoctorContext.load() as ctx:
        results = run_checks(standard_checks(printers=...), ctx)

A check takes the DoctorContext and returns a CheckResult(name, ok, detail, hint) with the
detail and the fix in Vietnamese. The printer check needs Qt and lives in kiosk/ui/printers.py;
the CLI and the GUI hand it in. See docs/deploy.md for what each line means.
"""

from kiosk.doctor.context import DoctorContext, DoctorOptions, Probe
from kiosk.doctor.report import as_dict, as_json, as_table
from kiosk.doctor.result import CheckResult, failed, passed, skipped
from kiosk.doctor.runner import (
    ORDER,
    TITLES,
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
    "TITLES",
    "Check",
    "CheckResult",
    "DoctorContext",
    "DoctorOptions",
    "NamedCheck",
    "Probe",
    "as_dict",
    "as_json",
    "as_table",
    "exit_code",
    "failed",
    "passed",
    "run_check",
    "run_checks",
    "select",
    "skipped",
    "standard_checks",
]
