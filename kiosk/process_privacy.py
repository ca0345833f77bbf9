"""What a kiosk process does so that its memory never reaches the disk.

The GUI and the SANE child hold decrypted citizen details and card scans in memory; a crash
that writes a core file would put them on disk in clear, outside the journal's encryption.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def no_core_dumps() -> None:
    """No core file for this process (Linux, macOS); Windows crash dumps are an OS setting."""
    try:
        import resource
    except ImportError:
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as exc:
        log.warning("core files could not be turned off: %s", type(exc).__name__)
