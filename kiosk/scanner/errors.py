"""Typed scanner and imaging errors, each with a stable code and, for the officer, a problem.

The code is what the UI, the journal and the tests rely on (its class); `problem` is what the
officer is told, worded by the UI catalogue (kiosk/ui/catalogue/scanner.py) with `params`:
the same code may come with a more precise problem (a watch folder that cannot be reached is
an OFFLINE error whose problem names the folder). `detail` is the technical cause for the log
(never personal data).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

Param = str | int


class ScanProblem(StrEnum):
    # one per error class
    OFFLINE = "offline"
    BUSY = "busy"
    JAMMED = "jammed"
    FEEDER_EMPTY = "feeder_empty"
    COVER_OPEN = "cover_open"
    CANCELLED = "cancelled"
    NO_CARD = "no_card"
    EMPTY_SCAN = "empty_scan"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    UNAVAILABLE = "unavailable"
    DEVICE = "device"
    # more precise problems
    FOLDER_UNREACHABLE = "folder_unreachable"  # folder
    NO_FILE_ARRIVED = "no_file_arrived"
    WIA_WINDOWS_ONLY = "wia_windows_only"
    SANE_MISSING = "sane_missing"
    WORKER_STALLED = "worker_stalled"
    WORKER_CRASHED = "worker_crashed"
    PDF_TOO_LARGE = "pdf_too_large"  # max_bytes
    CAMERA_NOT_FOUND = "camera_not_found"
    CAMERA_CANNOT_OPEN = "camera_cannot_open"
    CAMERA_SILENT = "camera_silent"
    CAMERA_NO_FRAME = "camera_no_frame"
    CAMERA_PREVIEW_ONLY = "camera_preview_only"


class ScanError(Exception):
    """Base of every scanner/imaging error; `code` is stable, `problem` is worded by the UI."""

    code: ClassVar[ScanProblem] = ScanProblem.DEVICE

    def __init__(
        self, detail: str = "", problem: ScanProblem | None = None, **params: Param
    ) -> None:
        self.detail = detail
        self.problem = problem or self.code
        self.params = params
        said = self.problem.value
        super().__init__(said if not detail else f"{said} ({detail})")


class DeviceOfflineError(ScanError):
    code = ScanProblem.OFFLINE


class DeviceBusyError(ScanError):
    code = ScanProblem.BUSY


class PaperJamError(ScanError):
    code = ScanProblem.JAMMED


class FeederEmptyError(ScanError):
    code = ScanProblem.FEEDER_EMPTY


class CoverOpenError(ScanError):
    code = ScanProblem.COVER_OPEN


class ScanCancelledError(ScanError):
    code = ScanProblem.CANCELLED


class NoCardError(ScanError):
    code = ScanProblem.NO_CARD


class EmptyScanError(ScanError):
    code = ScanProblem.EMPTY_SCAN


class ImageTooLargeError(ScanError):
    code = ScanProblem.TOO_LARGE


class UnreadableImageError(ScanError):
    code = ScanProblem.UNREADABLE


class BackendUnavailableError(ScanError):
    """The backend cannot work on this machine (other OS, missing library, no camera)."""

    code = ScanProblem.UNAVAILABLE


ERRORS_BY_CODE: dict[str, type[ScanError]] = {
    cls.code: cls
    for cls in (
        ScanError,
        DeviceOfflineError,
        DeviceBusyError,
        PaperJamError,
        FeederEmptyError,
        CoverOpenError,
        ScanCancelledError,
        NoCardError,
        EmptyScanError,
        ImageTooLargeError,
        UnreadableImageError,
        BackendUnavailableError,
    )
}
