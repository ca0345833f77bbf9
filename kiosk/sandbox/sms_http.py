"""A real SMS carrier for production: any HTTP SMS provider, described by a JSON file.

Providers differ in URL, authentication header and body, so all three come from configuration
(`kiosk sandbox --production --sms-config FILE`); the file, not the command line, holds the
API key. Example:

    {"url": "https://sms.example.vn/api/send", "method": "POST",
     "headers": {"Authorization": "Bearer …", "Content-Type": "application/json"},
     "body": "{{\\"to\\": {to_json}, \\"text\\": {text_json}, \\"brand\\": \\"DichVuCong\\"}}",
     "timeout_seconds": 10}

Placeholders in body: {to} {text} {kind} as they are, {to_json} {text_json} {kind_json} as JSON
strings (quotes included), {to_form} {text_form} {kind_form} URL-encoded for form bodies.
Any 2xx answer is a delivery; anything else, or no answer in time, is SmsUnavailable.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import requests

from kiosk.domain.masking import mask_phone

log = logging.getLogger("kiosk.sandbox.sms")

PLUGIN_NAME = "http"


class SmsUnavailable(Exception):
    """The carrier did not take the message; the request that produced it is undone."""


@dataclass(frozen=True)
class HttpSmsConfig:
    url: str
    body: str
    method: str = "POST"
    headers: dict[str, str] = field(default_factory=dict)
    timeout_seconds: float = 10.0

    @classmethod
    def load(cls, path: Path) -> HttpSmsConfig:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        unknown = set(raw) - {"url", "body", "method", "headers", "timeout_seconds"}
        if unknown:
            raise ValueError(f"unknown SMS settings: {', '.join(sorted(unknown))}")
        config = cls(
            url=str(raw["url"]),
            body=str(raw["body"]),
            method=str(raw.get("method", "POST")).upper(),
            headers={str(k): str(v) for k, v in dict(raw.get("headers", {})).items()},
            timeout_seconds=float(raw.get("timeout_seconds", 10.0)),
        )
        if not config.url.startswith(("https://", "http://")):
            raise ValueError("the SMS url must be http(s)://")
        try:  # a body that cannot be filled must stop the start, not every OTP later
            render(config.body, "+84900000000", "test", "otp")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(
                f"the SMS body template cannot be filled ({type(exc).__name__}: {exc}); "
                "literal braces are written {{ and }}"
            ) from exc
        return config


def render(template: str, to: str, text: str, kind: str) -> str:
    values = {"to": to, "text": text, "kind": kind}
    mapping: dict[str, str] = dict(values)
    for name, value in values.items():
        mapping[f"{name}_json"] = json.dumps(value, ensure_ascii=False)
        mapping[f"{name}_form"] = quote_plus(value)
    return template.format_map(mapping)


class HttpSmsSender:
    """SmsSender (to, text, kind) -> None over HTTP; one pooled session per process."""

    def __init__(self, config: HttpSmsConfig) -> None:
        self.config = config
        self._http = requests.Session()

    def __call__(self, to: str, text: str, kind: str) -> None:
        body = render(self.config.body, to, text, kind).encode("utf-8")
        try:
            response = self._http.request(
                self.config.method,
                self.config.url,
                data=body,
                headers=self.config.headers,
                timeout=self.config.timeout_seconds,
            )
        except requests.RequestException as exc:
            log.warning("SMS %s to %s: carrier unreachable (%s)", kind, mask_phone(to), type(exc))
            raise SmsUnavailable(type(exc).__name__) from exc
        if not 200 <= response.status_code < 300:
            log.warning(
                "SMS %s to %s: carrier answered %s", kind, mask_phone(to), response.status_code
            )
            raise SmsUnavailable(str(response.status_code))
