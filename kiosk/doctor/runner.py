"""The checks in the order IT reads them, and the loop that runs them without ever crashing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.doctor import chip_check, config_check, gateway_checks, local_checks, scanner_check
from kiosk.doctor.codes import Hint, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed

log = logging.getLogger(__name__)

Check = Callable[[DoctorContext], CheckResult]

# The table's order: what stops a desk first, the machine's own state after. The titles are
# the UI catalogue's (kiosk/ui/catalogue/doctor.py).
ORDER = (
    "config",
    "mode",
    "gateway",
    "tls",
    "clock",
    "login",
    "keyring",
    "scanners",
    "chip",
    "printers",
    "fonts",
    "disk",
    "data_dir",
    "journal",
    "version",
)


@dataclass(frozen=True)
class NamedCheck:
    name: str
    run: Check


def standard_checks(*, printers: Check | None = None) -> list[NamedCheck]:
    """Every check; the printer one needs Qt, so the caller (CLI or GUI) hands it in."""
    found: dict[str, Check] = {
        "config": local_checks.config_check,
        "mode": config_check.mode_check,
        "gateway": gateway_checks.gateway_check,
        "tls": gateway_checks.tls_check,
        "clock": gateway_checks.clock_check,
        "login": gateway_checks.login_check,
        "keyring": local_checks.keyring_check,
        "scanners": scanner_check.scanners_check,
        "chip": chip_check.chip_check,
        "fonts": local_checks.fonts_check,
        "disk": local_checks.disk_check,
        "data_dir": local_checks.data_dir_check,
        "journal": local_checks.journal_check,
        "version": local_checks.version_check,
    }
    if printers is not None:
        found["printers"] = printers
    return [NamedCheck(name, found[name]) for name in ORDER if name in found]


def select(checks: list[NamedCheck], names: Iterable[str]) -> list[NamedCheck]:
    """Only the named checks (kiosk doctor --only); ValueError names an unknown one."""
    wanted = [n.strip() for n in names if n.strip()]
    unknown = [n for n in wanted if n not in {c.name for c in checks}]
    if unknown:
        raise ValueError(", ".join(unknown))
    return [c for c in checks if c.name in wanted]


def run_check(check: NamedCheck, ctx: DoctorContext) -> CheckResult:
    """One check; a bug or a surprise in it becomes a failed line, never a lost report."""
    try:
        result = check.run(ctx)
    except Exception as exc:
        log.exception("doctor check %s crashed", check.name)
        return failed(
            check.name, say(Said.CHECK_CRASHED, error=type(exc).__name__), say(Hint.SEND_LOG)
        )
    log.info("doctor %s: %s", check.name, result.status)
    return result


def run_checks(
    checks: list[NamedCheck],
    ctx: DoctorContext,
    *,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[CheckResult]:
    """Run in order; progress(percent, name) before each, stop early when cancelled()."""
    results = []
    for number, check in enumerate(checks):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(round(100 * number / max(1, len(checks))), check.name)
        results.append(run_check(check, ctx))
    return results


def exit_code(results: list[CheckResult]) -> int:
    return 0 if all(r.ok for r in results) else 1
