"""A small real eSCL scanner on loopback: what an MFP answers, from a page image we choose.

ScannerCapabilities, ScannerStatus, POST ScanJobs → 201 + Location, NextDocument → the
requested region of `page` as JPEG at the requested resolution, then 404; DELETE cancels.
Faults are set on the instance: `state`, `adf_state`, `post_status`, `document_delay_s`.
Both our EsclClient and sane-airscan talk to it.
"""

from __future__ import annotations

import io
import itertools
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image

SCAN = "http://schemas.hp.com/imaging/escl/2011/05/03"
PWG = "http://www.pwg.org/schemas/2010/12/sm"
NS = {"scan": SCAN, "pwg": PWG}
# A4 glass at 300 units per inch.
MAX_W, MAX_H = 2550, 3508

CAPABILITIES = f"""<?xml version="1.0" encoding="UTF-8"?>
<scan:ScannerCapabilities xmlns:scan="{SCAN}" xmlns:pwg="{PWG}">
  <pwg:Version>2.63</pwg:Version>
  <pwg:MakeAndModel>Mock eSCL Scanner</pwg:MakeAndModel>
  <pwg:SerialNumber>MOCK0001</pwg:SerialNumber>
  <scan:UUID>4509a320-00a0-008f-00b6-002507510eca</scan:UUID>
  <scan:AdminURI>http://127.0.0.1/</scan:AdminURI>
  <scan:Platen>
    <scan:PlatenInputCaps>
      <scan:MinWidth>16</scan:MinWidth>
      <scan:MaxWidth>{MAX_W}</scan:MaxWidth>
      <scan:MinHeight>16</scan:MinHeight>
      <scan:MaxHeight>{MAX_H}</scan:MaxHeight>
      <scan:MaxScanRegions>1</scan:MaxScanRegions>
      <scan:SettingProfiles>
        <scan:SettingProfile>
          <scan:ColorModes>
            <scan:ColorMode>RGB24</scan:ColorMode>
            <scan:ColorMode>Grayscale8</scan:ColorMode>
          </scan:ColorModes>
          <scan:DocumentFormats>
            <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
            <scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt>
          </scan:DocumentFormats>
          <scan:SupportedResolutions>
            <scan:DiscreteResolutions>
              <scan:DiscreteResolution>
                <scan:XResolution>150</scan:XResolution>
                <scan:YResolution>150</scan:YResolution>
              </scan:DiscreteResolution>
              <scan:DiscreteResolution>
                <scan:XResolution>300</scan:XResolution>
                <scan:YResolution>300</scan:YResolution>
              </scan:DiscreteResolution>
              <scan:DiscreteResolution>
                <scan:XResolution>600</scan:XResolution>
                <scan:YResolution>600</scan:YResolution>
              </scan:DiscreteResolution>
            </scan:DiscreteResolutions>
          </scan:SupportedResolutions>
        </scan:SettingProfile>
      </scan:SettingProfiles>
      <scan:SupportedIntents>
        <scan:Intent>Document</scan:Intent>
        <scan:Intent>Photo</scan:Intent>
      </scan:SupportedIntents>
      <scan:MaxOpticalXResolution>600</scan:MaxOpticalXResolution>
      <scan:MaxOpticalYResolution>600</scan:MaxOpticalYResolution>
    </scan:PlatenInputCaps>
  </scan:Platen>
</scan:ScannerCapabilities>
"""


@dataclass
class Job:
    id: int
    settings: dict[str, str]
    pages_left: int = 1
    cancelled: bool = False


@dataclass
class MockEscl:
    """The scanner's state; tests change the fields to inject faults."""

    page: Image.Image  # what lies on the glass, at `page_dpi`
    page_dpi: int = 300
    state: str = "Idle"
    adf_state: str | None = None
    post_status: int = 201
    document_delay_s: float = 0.0
    jobs: dict[int, Job] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def status_xml(self) -> str:
        adf = f"<scan:AdfState>{self.adf_state}</scan:AdfState>" if self.adf_state else ""
        jobs = "".join(
            f"<scan:JobInfo><pwg:JobUri>/eSCL/ScanJobs/{j.id}</pwg:JobUri>"
            f"<pwg:JobState>{'Canceled' if j.cancelled else 'Completed'}</pwg:JobState>"
            "</scan:JobInfo>"
            for j in self.jobs.values()
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<scan:ScannerStatus xmlns:scan="{SCAN}" xmlns:pwg="{PWG}">'
            f"<pwg:Version>2.63</pwg:Version><pwg:State>{self.state}</pwg:State>{adf}"
            f"<scan:Jobs>{jobs}</scan:Jobs></scan:ScannerStatus>"
        )

    def render(self, settings: dict[str, str]) -> bytes:
        """The requested region of the glass at the requested resolution, as a JPEG."""
        dpi = int(settings.get("XResolution", "300"))
        unit = self.page_dpi / 300

        def num(key: str, default: int) -> int:
            return int(settings.get(key, default))

        x, y = num("XOffset", 0), num("YOffset", 0)
        w, h = num("Width", MAX_W), num("Height", MAX_H)
        box = (round(x * unit), round(y * unit), round((x + w) * unit), round((y + h) * unit))
        region = self.page.crop(box)
        size = (max(1, round(w / 300 * dpi)), max(1, round(h / 300 * dpi)))
        region = region.resize(size, Image.Resampling.BILINEAR)
        if settings.get("ColorMode") == "Grayscale8":
            region = region.convert("L")
        out = io.BytesIO()
        region.save(out, "JPEG", quality=90, dpi=(dpi, dpi))
        return out.getvalue()


def _settings(body: bytes) -> dict[str, str]:
    root = ET.fromstring(body)
    out: dict[str, str] = {}
    for node in root.iter():
        tag = node.tag.split("}")[-1]
        if node.text and node.text.strip() and len(node) == 0:
            out[tag] = node.text.strip()
    return out


def _handler(mock: MockEscl) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def _send(
            self,
            code: int,
            body: bytes = b"",
            ctype: str = "text/xml",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self) -> None:
            mock.requests.append(f"GET {self.path}")
            path = self.path.split("?")[0]
            if path == "/eSCL/ScannerCapabilities":
                self._send(200, CAPABILITIES.encode())
            elif path == "/eSCL/ScannerStatus":
                self._send(200, mock.status_xml().encode())
            elif path.startswith("/eSCL/ScanJobs/") and path.endswith("/NextDocument"):
                job_id = int(path.split("/")[3])
                with mock.lock:
                    job = mock.jobs.get(job_id)
                if job is None or job.cancelled or job.pages_left <= 0:
                    self._send(404)
                    return
                if mock.document_delay_s:
                    deadline = time.monotonic() + mock.document_delay_s
                    while time.monotonic() < deadline and not job.cancelled:
                        time.sleep(0.02)
                    if job.cancelled:
                        self._send(404)
                        return
                job.pages_left -= 1
                self._send(200, mock.render(job.settings), "image/jpeg")
            elif path.startswith("/eSCL/ScanJobs/") and path.endswith("/ScanImageInfo"):
                self._send(200, b"<scan:ScanImageInfo xmlns:scan='%s'/>" % SCAN.encode())
            else:
                self._send(404)

        def do_POST(self) -> None:
            mock.requests.append(f"POST {self.path}")
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if self.path != "/eSCL/ScanJobs":
                self._send(404)
                return
            if mock.post_status != 201:
                self._send(mock.post_status)
                return
            with mock.lock:
                job = Job(id=next(mock._ids), settings=_settings(body))
                mock.jobs[job.id] = job
            host = self.headers.get("Host", "127.0.0.1")
            self._send(201, headers={"Location": f"http://{host}/eSCL/ScanJobs/{job.id}"})

        def do_DELETE(self) -> None:
            mock.requests.append(f"DELETE {self.path}")
            parts = self.path.rstrip("/").split("/")
            with mock.lock:
                job = mock.jobs.get(int(parts[-1])) if parts[-1].isdigit() else None
            if job is None:
                self._send(404)
                return
            job.cancelled = True
            self._send(200)

    return Handler


@contextmanager
def running(mock: MockEscl) -> Iterator[str]:
    """Serve `mock` on 127.0.0.1 on a free port; yields the eSCL base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(mock))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/eSCL"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
