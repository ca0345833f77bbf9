"""The ID card chip: the PC/SC readers this PC sees and whether a CSCA is installed to verify
what the chip says (docs/chip.md).

`chip_findings` says what was found as codes with values; `chip_check` hands them to the
doctor's result. Most counters have no chip reader: none found is a skip, not a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.chip import errors, pcsc, sod
from kiosk.doctor.codes import Hint, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed, skipped

Phrase = tuple[Said | Hint, dict[str, str | int]]


@dataclass(frozen=True)
class ChipFindings:
    """`detail` and `hint`: (code, values) pairs; `state` ok, fail or skip."""

    state: str
    detail: list[Phrase] = field(default_factory=list)
    hint: list[Phrase] = field(default_factory=list)


def chip_findings(csca_path: str) -> ChipFindings:
    detail: list[Phrase] = []
    try:
        readers = pcsc.list_readers()
    except errors.PcscUnavailable as exc:
        return ChipFindings("skip", [(Said.CHIP_PCSC_UNAVAILABLE, {"error": exc.detail})])
    if not readers:
        return ChipFindings("skip", [(Said.CHIP_NO_READER, {})])
    detail.append((Said.CHIP_READERS, {"readers": "; ".join(readers), "count": len(readers)}))
    if not csca_path:
        detail.append((Said.CHIP_CSCA_NONE, {}))
        return ChipFindings("ok", detail)
    if not Path(csca_path).exists():
        detail.append((Said.CHIP_CSCA_MISSING, {"path": csca_path}))
        return ChipFindings(
            "fail", detail, [(Hint.CHIP_CSCA_INSTALL, {"key": "scanner.chip_csca"})]
        )
    certificates = sod.load_csca(csca_path)
    if not certificates:
        detail.append((Said.CHIP_CSCA_UNREADABLE, {"path": csca_path}))
        return ChipFindings(
            "fail", detail, [(Hint.CHIP_CSCA_INSTALL, {"key": "scanner.chip_csca"})]
        )
    detail.append((Said.CHIP_CSCA_INSTALLED, {"path": csca_path, "count": len(certificates)}))
    return ChipFindings("ok", detail)


def chip_check(ctx: DoctorContext) -> CheckResult:
    name = "chip"
    found = chip_findings(ctx.settings.scanner.chip_csca)
    detail = [say(code, **values) for code, values in found.detail]
    if found.state == "skip":
        return skipped(name, *detail)
    if found.state == "fail":
        return failed(name, detail, [say(code, **values) for code, values in found.hint])
    return passed(name, *detail)
