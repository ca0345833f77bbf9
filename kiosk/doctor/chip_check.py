"""The ID card chip: the PC/SC readers this PC sees and whether a CSCA is installed to verify
what the chip says (docs/chip.md).

`chip_findings` says what was found as codes with values; `chip_check` hands them to the
doctor's result. Most counters have no chip reader: none found is a skip, not a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.chip import errors, pcsc, sod
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed, skipped

Phrase = tuple[str, dict[str, str | int]]


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
        return ChipFindings("skip", [("chip_pcsc_unavailable", {"error": exc.detail})])
    if not readers:
        return ChipFindings("skip", [("chip_no_reader", {})])
    detail.append(("chip_readers", {"readers": "; ".join(readers), "count": len(readers)}))
    if not csca_path:
        detail.append(("chip_csca_none", {}))
        return ChipFindings("ok", detail)
    if not Path(csca_path).exists():
        detail.append(("chip_csca_missing", {"path": csca_path}))
        return ChipFindings("fail", detail, [("chip_csca_install", {"key": "scanner.chip_csca"})])
    certificates = sod.load_csca(csca_path)
    if not certificates:
        detail.append(("chip_csca_unreadable", {"path": csca_path}))
        return ChipFindings("fail", detail, [("chip_csca_install", {"key": "scanner.chip_csca"})])
    detail.append(("chip_csca_installed", {"path": csca_path, "count": len(certificates)}))
    return ChipFindings("ok", detail)


def _text(phrases: list[Phrase]) -> str:
    # Until the doctor's catalogue words these codes: the code and its values, never a sentence.
    return "; ".join(
        code + (" (" + ", ".join(f"{k}={v}" for k, v in values.items()) + ")" if values else "")
        for code, values in phrases
    )


def chip_check(ctx: DoctorContext) -> CheckResult:
    name = "chip"
    found = chip_findings(ctx.settings.scanner.chip_csca)
    if found.state == "skip":
        return skipped(name, _text(found.detail))
    if found.state == "fail":
        return failed(name, _text(found.detail), _text(found.hint))
    return passed(name, _text(found.detail))
