"""eSCL (AirScan) over HTTP with requests: network MFPs on any OS, no driver installed.

The protocol: GET ScannerCapabilities and ScannerStatus, POST ScanJobs with ScanSettings
(201 + Location), GET {job}/NextDocument until 404, DELETE {job} to cancel. Lengths are in
1/300 inch. The scan region is set to the card area at the glass corner, so a 300-dpi colour
scan is ~1 MP instead of the 9 MP of a whole A4 page.

XML comes from a device on the local network: ElementTree never fetches external entities and
expat ≥ 2.4 (bundled with every supported Python) caps entity expansion.
"""

from __future__ import annotations

import io
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import requests
from PIL import Image

from kiosk.scanner.device import (
    Capabilities,
    Progress,
    ScanDevice,
    ScanOptions,
    Source,
    check_cancel,
)
from kiosk.scanner.errors import (
    DeviceBusyError,
    DeviceOfflineError,
    FeederEmptyError,
    PaperJamError,
    ScanCancelledError,
    ScanError,
)
from kiosk.scanner.escl_discovery import FoundScanner
from kiosk.scanner.imaging import open_image

NS = {
    "scan": "http://schemas.hp.com/imaging/escl/2011/05/03",
    "pwg": "http://www.pwg.org/schemas/2010/12/sm",
}
UNITS_PER_INCH = 300
MM_PER_INCH = 25.4
CONNECT_TIMEOUT_S = 3.0
READ_TIMEOUT_S = 60.0
BUSY_RETRY_S = 1.0
BUSY_RETRIES = 10
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024

_ADF_ERRORS: dict[str, type[ScanError]] = {
    "ScannerAdfEmpty": FeederEmptyError,
    "ScannerAdfJam": PaperJamError,
    "ScannerAdfMispick": PaperJamError,
    "ScannerAdfHatchOpen": PaperJamError,
}


@dataclass(frozen=True)
class EsclStatus:
    state: str
    adf_state: str | None


def _units(mm: float) -> int:
    return round(mm / MM_PER_INCH * UNITS_PER_INCH)


def _parse(text: bytes) -> ET.Element:
    try:
        return ET.fromstring(text)  # noqa: S314 - see the module docstring
    except ET.ParseError as exc:
        raise ScanError(f"eSCL: bad XML ({exc})") from exc


class EsclClient:
    """One eSCL scanner at `base_url` (e.g. http://192.0.2.10/eSCL)."""

    def __init__(self, base_url: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.session = session or requests.Session()

    def _url(self, path: str) -> str:
        return urljoin(self.base_url, path)

    def _request(self, method: str, url: str, **kwargs: object) -> requests.Response:
        try:
            return self.session.request(
                method,
                url,
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                **kwargs,  # type: ignore[arg-type]
            )
        except requests.ConnectionError as exc:
            raise DeviceOfflineError(f"eSCL: cannot connect to {self.base_url}") from exc
        except requests.Timeout as exc:
            raise DeviceOfflineError(f"eSCL: no answer from {self.base_url}") from exc
        except requests.RequestException as exc:
            raise DeviceOfflineError(f"eSCL: {type(exc).__name__}") from exc

    def capabilities_xml(self) -> ET.Element:
        resp = self._request("GET", self._url("ScannerCapabilities"))
        if resp.status_code != 200:
            raise DeviceOfflineError(f"eSCL capabilities: HTTP {resp.status_code}")
        return _parse(resp.content)

    def make_and_model(self) -> str:
        node = self.capabilities_xml().find("pwg:MakeAndModel", NS)
        return (node.text or "").strip() if node is not None else ""

    def capabilities(self) -> Capabilities:
        root = self.capabilities_xml()
        sources: list[Source] = []
        resolutions: set[int] = set()
        modes: set[str] = set()
        max_w = max_h = None
        for tag, kind in (("scan:Platen", "flatbed"), ("scan:Adf", "feeder")):
            node = root.find(tag, NS)
            if node is None:
                continue
            sources.append(kind)  # type: ignore[arg-type]
            for res in node.iterfind(".//scan:DiscreteResolution/scan:XResolution", NS):
                if res.text and res.text.strip().isdigit():
                    resolutions.add(int(res.text))
            for rng in node.iterfind(".//scan:ResolutionRange", NS):
                lo = rng.findtext("scan:XResolutionRange/scan:Min", "0", NS)
                hi = rng.findtext("scan:XResolutionRange/scan:Max", "0", NS)
                for r in (75, 100, 150, 200, 300, 600, 1200):
                    if int(lo) <= r <= int(hi):
                        resolutions.add(r)
            for mode in node.iterfind(".//scan:ColorMode", NS):
                modes.add((mode.text or "").strip())
            if kind == "flatbed":
                w = node.findtext(".//scan:MaxWidth", None, NS)
                h = node.findtext(".//scan:MaxHeight", None, NS)
                max_w = int(w) / UNITS_PER_INCH * MM_PER_INCH if w else None
                max_h = int(h) / UNITS_PER_INCH * MM_PER_INCH if h else None
        return Capabilities(
            resolutions=tuple(sorted(resolutions)),
            color="RGB24" in modes or not modes,
            grey="Grayscale8" in modes or not modes,
            sources=tuple(sources) or ("flatbed",),
            max_width_mm=max_w,
            max_height_mm=max_h,
        )

    def status(self) -> EsclStatus:
        resp = self._request("GET", self._url("ScannerStatus"))
        if resp.status_code != 200:
            raise DeviceOfflineError(f"eSCL status: HTTP {resp.status_code}")
        root = _parse(resp.content)
        state = (root.findtext("pwg:State", "", NS) or "").strip()
        adf = root.findtext("scan:AdfState", None, NS)
        return EsclStatus(state=state, adf_state=adf.strip() if adf else None)

    def scan_settings_xml(self, options: ScanOptions, caps: Capabilities) -> bytes:
        dpi = caps.nearest_dpi(options.dpi)
        scan = "{" + NS["scan"] + "}"
        pwg = "{" + NS["pwg"] + "}"
        ET.register_namespace("scan", NS["scan"])
        ET.register_namespace("pwg", NS["pwg"])
        root = ET.Element(f"{scan}ScanSettings")
        ET.SubElement(root, f"{pwg}Version").text = "2.0"
        ET.SubElement(root, f"{scan}Intent").text = "Document"
        region = options.region
        if region is not None:
            regions = ET.SubElement(root, f"{pwg}ScanRegions")
            node = ET.SubElement(regions, f"{pwg}ScanRegion")
            width = region.width_mm
            height = region.height_mm
            if caps.max_width_mm:
                width = min(width, caps.max_width_mm - region.x_mm)
            if caps.max_height_mm:
                height = min(height, caps.max_height_mm - region.y_mm)
            ET.SubElement(node, f"{pwg}ContentRegionUnits").text = "escl:ThreeHundredthsOfInches"
            ET.SubElement(node, f"{pwg}Height").text = str(_units(height))
            ET.SubElement(node, f"{pwg}Width").text = str(_units(width))
            ET.SubElement(node, f"{pwg}XOffset").text = str(_units(region.x_mm))
            ET.SubElement(node, f"{pwg}YOffset").text = str(_units(region.y_mm))
        source = "Feeder" if options.source == "feeder" else "Platen"
        ET.SubElement(root, f"{pwg}InputSource").text = source
        ET.SubElement(root, f"{scan}ColorMode").text = "RGB24" if options.color else "Grayscale8"
        ET.SubElement(root, f"{scan}XResolution").text = str(dpi)
        ET.SubElement(root, f"{scan}YResolution").text = str(dpi)
        ET.SubElement(root, f"{pwg}DocumentFormat").text = "image/jpeg"
        ET.SubElement(root, f"{scan}DocumentFormatExt").text = "image/jpeg"
        xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        return xml

    def start_job(self, settings: bytes) -> str:
        for _attempt in range(BUSY_RETRIES):
            resp = self._request(
                "POST",
                self._url("ScanJobs"),
                data=settings,
                headers={"Content-Type": "text/xml"},
            )
            if resp.status_code == 201 and resp.headers.get("Location"):
                return urljoin(self.base_url, resp.headers["Location"])
            if resp.status_code == 503:
                time.sleep(BUSY_RETRY_S)
                continue
            if resp.status_code == 409:
                raise DeviceBusyError("eSCL: 409 Conflict")
            raise ScanError(f"eSCL ScanJobs: HTTP {resp.status_code}")
        raise DeviceBusyError("eSCL: still 503 after retries")

    def next_document(self, job_url: str) -> bytes | None:
        """The next page of the job, or None when the job has no more (404)."""
        for _attempt in range(BUSY_RETRIES):
            resp = self._request("GET", job_url.rstrip("/") + "/NextDocument")
            if resp.status_code == 200:
                if len(resp.content) > MAX_DOCUMENT_BYTES:
                    raise ScanError("eSCL: document too large")
                return resp.content
            if resp.status_code == 404:
                return None
            if resp.status_code == 503:
                time.sleep(BUSY_RETRY_S)
                continue
            raise ScanError(f"eSCL NextDocument: HTTP {resp.status_code}")
        raise DeviceBusyError("eSCL: NextDocument still 503")

    def cancel_job(self, job_url: str) -> None:
        try:
            self.session.delete(job_url, timeout=(CONNECT_TIMEOUT_S, 5.0))
        except requests.RequestException:
            # The scanner drops the job on its own timeout; nothing more the kiosk can do.
            return

    def scan(
        self, options: ScanOptions, cancel: threading.Event, progress: Progress
    ) -> list[Image.Image]:
        check_cancel(cancel)
        status = self.status()
        if status.state in ("Down", "Stopped"):
            raise DeviceOfflineError(f"eSCL state {status.state}")
        if status.state == "Processing":
            raise DeviceBusyError("eSCL state Processing")
        if options.source == "feeder" and status.adf_state in _ADF_ERRORS:
            raise _ADF_ERRORS[status.adf_state](f"eSCL {status.adf_state}")
        caps = self.capabilities()
        job = self.start_job(self.scan_settings_xml(options, caps))
        progress(0.1)
        pages: list[Image.Image] = []
        try:
            while True:
                if cancel.is_set():
                    raise ScanCancelledError()
                data = self.next_document(job)
                if data is None:
                    break
                pages.append(decode_document(data))
                progress(min(0.9, 0.3 + 0.3 * len(pages)))
                # Until 404: a flatbed job ends after its one page, a feeder job after the stack.
        except ScanError:
            self.cancel_job(job)
            raise
        if not pages:
            adf = self.status().adf_state
            if adf in _ADF_ERRORS:
                raise _ADF_ERRORS[adf](f"eSCL {adf}")
            raise FeederEmptyError("eSCL: job ended without a page")
        progress(1.0)
        return pages


class EsclDriver:
    """eSCL scanners: the URLs IT configured, and those announcing themselves over mDNS when
    `discover` is given (escl_discovery.discover)."""

    name = "escl"

    def __init__(
        self,
        urls: list[str],
        session: requests.Session | None = None,
        *,
        discover: Callable[[], list[FoundScanner]] | None = None,
    ) -> None:
        self.urls = urls
        self.session = session or requests.Session()
        self.discover = discover

    def client(self, device: ScanDevice) -> EsclClient:
        return EsclClient(device.id, self.session)

    def list_devices(self) -> list[ScanDevice]:
        names = {url: "" for url in self.urls}
        for found in self.discover() if self.discover is not None else []:
            names.setdefault(found.url, found.name)
        devices = []
        for url, announced in names.items():
            try:
                model = EsclClient(url, self.session).make_and_model()
            except ScanError:
                continue  # announced or configured, but not answering as a scanner
            devices.append(ScanDevice(backend=self.name, id=url, name=model or announced or url))
        return devices

    def capabilities(self, device: ScanDevice) -> Capabilities:
        return self.client(device).capabilities()

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        return self.client(device).scan(options, cancel, progress)


def decode_document(data: bytes) -> Image.Image:
    """A NextDocument payload (JPEG, PNG or single-image PDF) as an RGB image."""
    if data[:5] == b"%PDF-":
        from kiosk.scanner.file_import import load_pdf_bytes

        return load_pdf_bytes(data, label="eSCL document", max_pages=1)[0]
    return open_image(io.BytesIO(data))
