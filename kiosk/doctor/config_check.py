"""Is this counter configured at all: a gateway, or training chosen on purpose (config.mode)?

An installed kiosk whose system-wide file was not found (or never written) has no gateway URL;
before, it silently became a training desk and every check passed against the embedded
training gateway. Now that state is a failure with its own line.
"""

from __future__ import annotations

from kiosk import config, paths
from kiosk.doctor.codes import Hint, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed, skipped


def mode_check(ctx: DoctorContext) -> CheckResult:
    name = "mode"
    if ctx.config_error:
        return skipped(name, say(Said.MODE_SKIPPED_BAD_CONFIG))
    mode = config.mode(ctx.settings)
    if mode == "production":
        return passed(name, say(Said.MODE_PRODUCTION))
    if mode == "training":
        if ctx.settings.gateway.mode == "training":
            return passed(name, say(Said.MODE_TRAINING_CHOSEN))
        return passed(name, say(Said.MODE_TRAINING_FROM_SOURCE))
    searched = ", ".join(str(p) for p in paths.system_config_files())
    return failed(
        name, say(Said.MODE_NOT_CONFIGURED, searched=searched), say(Hint.CONFIGURE_GATEWAY)
    )
