"""Scanners this PC can reach through the kiosk's own backends (WIA, SANE, eSCL, folder) and,
when the caller can list them, its cameras."""

from __future__ import annotations

from kiosk.doctor.codes import Hint, Phrase, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed
from kiosk.scanner.errors import ScanError
from kiosk.scanner.registry import drivers


def scanners_check(ctx: DoctorContext) -> CheckResult:
    name = "scanners"
    wanted = ctx.settings.scanner
    found: list[str] = []
    trouble: list[Phrase] = []
    chosen_seen = False
    for driver in drivers(wanted):
        if driver.name == "file":  # picking a file is always possible: not a scanner
            continue
        try:
            devices = driver.list_devices()
        except ScanError as exc:
            trouble.append(say(exc.code, driver=driver.name))
            continue
        except OSError as exc:
            trouble.append(
                say(
                    Said.SCANNER_DRIVER_FAILED,
                    driver=driver.name,
                    error=exc.strerror or type(exc).__name__,
                )
            )
            continue
        for device in devices:
            found.append(f"{device.name or device.id} ({driver.name})")
            if driver.name == wanted.backend and device.id == wanted.device:
                chosen_seen = True
    if ctx.cameras is not None:
        try:
            for device in ctx.cameras():
                found.append(f"{device.name or device.id} (camera)")
                chosen_seen |= wanted.backend == "camera" and device.id == wanted.device
        except Exception as exc:  # a broken multimedia stack is a finding, not a crash
            trouble.append(say(Said.CAMERAS_FAILED, error=type(exc).__name__))
    else:
        trouble.append(say(Said.CAMERAS_UNKNOWN))
        chosen_seen |= wanted.backend == "camera"  # unknowable here; the scan page will say
    detail = [say(Said.SCANNERS_SEEN, devices="; ".join(found)) if found else say(Said.NO_SCANNER)]
    detail += trouble
    missing = bool(wanted.backend and wanted.device and wanted.backend != "file")
    if missing and not chosen_seen:
        detail.append(
            say(Said.CHOSEN_SCANNER_MISSING, backend=wanted.backend, device=wanted.device)
        )
    if not found:
        return failed(name, detail, say(Hint.NO_SCANNER))
    if missing and not chosen_seen:
        return failed(name, detail, say(Hint.CHOSEN_SCANNER))
    return passed(name, *detail)
