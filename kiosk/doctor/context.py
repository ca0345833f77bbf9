"""What every check of one `kiosk doctor` run shares: the settings, the gateway and one answer.

The gateway is asked for its health once; the reachability, TLS, clock and log-in checks all
read that one answer, so a slow or dead gateway costs one timeout, not four. With no gateway
configured (training mode) the doctor starts the embedded training gateway on a temporary
database, exactly as the kiosk would start its own, and checks that one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kiosk import config
from kiosk.portal.client import GatewayClient
from kiosk.portal.models import Health

if TYPE_CHECKING:
    from kiosk.sandbox import RunningGateway
    from kiosk.scanner.device import ScanDevice

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoctorOptions:
    """Choices of the person running the doctor; none of them is ever written anywhere."""

    gateway_url: str = ""  # check this gateway instead of the configured one
    username: str = ""  # a real log-in to try (production); empty: a refusal is asked for
    password: str = field(default="", repr=False)
    # Upper bound on each network wait: the doctor must answer in seconds, not minutes.
    timeout: float = 10.0


@dataclass(frozen=True)
class Probe:
    """The one health call: the answer or the error, and when it was sent and received."""

    url: str
    health: Health | None
    error: BaseException | None
    sent_at: float  # time.time() before the request
    received_at: float  # time.time() after the answer

    @property
    def elapsed_ms(self) -> float:
        return (self.received_at - self.sent_at) * 1000


class DoctorContext:
    """Settings (or the configuration error), the gateway to check, and the cached answer."""

    def __init__(
        self,
        settings: config.Settings,
        *,
        options: DoctorOptions | None = None,
        config_error: str = "",
        config_problem: config.ConfigError | None = None,
        config_files: list[Path] | None = None,
    ) -> None:
        self.settings = settings
        self.options = options or DoctorOptions()
        self.config_error = config_error
        self.config_problem = config_problem
        self.config_files = list(config_files or [])
        self._training: RunningGateway | None = None
        self._training_error: BaseException | None = None
        self._client: GatewayClient | None = None
        self._client_error: BaseException | None = None
        self._probe: Probe | None = None
        # Cameras are reached through Qt Multimedia, which this Qt-free package cannot load:
        # whoever runs the doctor (CLI, settings dialog) passes the lister; None: not known.
        self.cameras: Callable[[], list[ScanDevice]] | None = None

    @classmethod
    def load(cls, options: DoctorOptions | None = None) -> DoctorContext:
        """Read the configuration as the kiosk would; a bad file is a finding, not a crash."""
        try:
            files = config.config_files()
            settings = config.load(files)
        except config.ConfigError as exc:
            # The other checks still run, on the defaults, so one bad key hides nothing else.
            return cls(
                config.Settings(), options=options, config_error=str(exc), config_problem=exc
            )
        return cls(settings, options=options, config_files=files)

    # -- the gateway --------------------------------------------------------------------------
    @property
    def training(self) -> bool:
        """No gateway to check but the embedded training one."""
        return not (self.options.gateway_url.strip() or self.settings.gateway.url.strip())

    def gateway_url(self) -> str:
        """The URL under test; starts the training gateway when that is what the kiosk uses."""
        if not self.training:
            return (self.options.gateway_url or self.settings.gateway.url).strip()
        if self._training is None:
            if self._training_error is not None:
                raise self._training_error
            from kiosk.sandbox import serve_in_thread  # heavy: FastAPI, SQLAlchemy

            try:
                self._training = serve_in_thread()  # temporary database, never the real one
            except Exception as exc:
                self._training_error = exc
                raise
        return self._training.url

    def client(self) -> GatewayClient:
        """A client as the kiosk builds it, but patient for one try only (no retries)."""
        if self._client is not None:
            return self._client
        if self._client_error is not None:
            raise self._client_error
        gw = self.settings.gateway
        try:
            self._client = GatewayClient(
                self.gateway_url(),
                ca_bundle=gw.ca_bundle or None,
                allow_insecure_http=gw.allow_insecure_http,
                connect_timeout=min(gw.connect_timeout, self.options.timeout),
                read_timeout=min(gw.read_timeout, self.options.timeout),
                retries=0,
                timeout_retries=0,
                user_agent=None,
            )
        except Exception as exc:
            self._client_error = exc
            raise
        return self._client

    def probe(self) -> Probe:
        """GET /v1/health once per run."""
        if self._probe is not None:
            return self._probe
        url = ""
        sent = time.time()
        try:
            client = self.client()
            url = client.base_url
            sent = time.time()
            health: Health | None = client.health()
            error: BaseException | None = None
        except Exception as exc:
            health, error = None, exc
        self._probe = Probe(url, health, error, sent, time.time())
        return self._probe

    # -- life cycle ---------------------------------------------------------------------------
    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._training is not None:
            self._training.stop()
            self._training = None

    def __enter__(self) -> DoctorContext:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def describe(self) -> dict[str, Any]:
        """For the JSON report: what was checked (no secrets)."""
        return {
            "training": self.training,
            "gateway_url": "" if self.training else self.gateway_url(),
            "config_files": [str(p) for p in self.config_files],
        }
