"""The URL policy: https everywhere, plain http only to this machine or when IT allows it."""

from __future__ import annotations

import pytest

from kiosk.portal.errors import InsecureGateway
from kiosk.portal.urls import is_loopback_host, normalise_gateway_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://gateway.hungyen.gov.vn/", "https://gateway.hungyen.gov.vn"),
        ("HTTPS://Gateway.HungYen.gov.vn:8443/api/", "https://gateway.hungyen.gov.vn:8443/api"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.3.4.5:80/", "http://127.3.4.5:80"),
        ("http://localhost:9000", "http://localhost:9000"),
        ("http://kiosk.localhost:9000", "http://kiosk.localhost:9000"),
        ("http://[::1]:9000/", "http://[::1]:9000"),
        ("  https://10.1.2.3  ", "https://10.1.2.3"),
    ],
)
def test_accepted_urls_are_normalised(url: str, expected: str) -> None:
    assert normalise_gateway_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3:8000",
        "http://gateway.hungyen.gov.vn",
        "http://127.0.0.1.example.com",
        "http://localhostx:80",
        "http://[::ffff:10.0.0.1]/",
    ],
)
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(InsecureGateway) as caught:
        normalise_gateway_url(url)
    assert caught.value.code == "insecure_gateway"


def test_plain_http_to_another_machine_when_it_explicitly_allowed() -> None:
    url = "http://10.1.2.3:8000/"
    assert normalise_gateway_url(url, allow_insecure_http=True) == "http://10.1.2.3:8000"


@pytest.mark.parametrize(
    "url",
    [
        "",
        "gateway.hungyen.gov.vn",
        "ftp://gateway.hungyen.gov.vn",
        "file:///etc/passwd",
        "https://",
        "https://officer:secret@gateway.hungyen.gov.vn",
        "https://gateway.hungyen.gov.vn/?token=abc",
        "https://gateway.hungyen.gov.vn/#frag",
        "https://gateway.hungyen.gov.vn:99999",
        "https://gateway.hungyen.gov.vn:port",
    ],
)
def test_malformed_or_leaky_urls_are_refused_even_when_http_is_allowed(url: str) -> None:
    with pytest.raises(InsecureGateway):
        normalise_gateway_url(url, allow_insecure_http=True)


def test_the_refusal_never_repeats_credentials_from_the_url() -> None:
    with pytest.raises(InsecureGateway) as caught:
        normalise_gateway_url("https://officer:Secret%402026@gateway.example")
    assert "Secret" not in str(caught.value)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("::1", True),
        ("[::1]", True),
        ("LOCALHOST", True),
        ("10.0.0.1", False),
        ("192.168.1.10", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback
