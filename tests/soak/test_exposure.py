"""Nothing exposed: after a whole case, no file of the kiosk holds the citizen or the password.

A case is run headless through CaseService, with the kiosk's own log file at DEBUG and a temp
dir of its own; the create's answer is lost three times so the journal holds the pending
request (with the OTP code) while we look. Every file under KIOSK_HOME (config, data with the
journal and its -wal/-shm, logs, cache), every file in the temp dir and every keyring entry
is searched for the citizen's ID number, phone (national and E.164), name and address (NFC
and NFD, UTF-8 and UTF-16), the OTP code, the officer's password and the session's refresh
token: while the create is pending, after the account is created and the papers printed, and
after retention. The same search finds them all in the gateway's database, so it can find.
"""

from __future__ import annotations

import base64
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cases import Unknown
from kiosk.journal import Journal, KeyringKeyProvider, Status, default_path, private_temp_file
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import ManualClock
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak.desk import Desk
from tests.soak.exposure import Hit, Needle, TempWatch, needles, search_keyring, search_tree
from tests.soak.flow import OTP, HeadlessOfficer
from tests.soak.ledger import table
from tests.unit.cases.citizens import Citizen, citizen

CREATE = "/v1/citizen-accounts"
N = 4242


def ascii_fold(text: str) -> str:
    """The name as a form without diacritics would print it (Đ is a letter, not a mark)."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return stripped.replace("Đ", "D").replace("đ", "d")


def citizen_secrets(person: Citizen) -> dict[str, str]:
    details = person.details
    return {
        "ID number": details.id_number,
        "phone (national)": person.phone,
        "phone (E.164)": "+84" + person.phone[1:],
        "name": details.full_name,
        "name without diacritics": ascii_fold(details.full_name),
        "address": details.address,
        "officer's password": DEMO_PASSWORD,
    }


def otp_codes(desk: Desk, phone_e164: str) -> dict[str, str]:
    texts = [m.text for m in desk.service.training_sms(phone_e164) if m.kind == "otp"]
    codes = [found.group(1) for text in texts if (found := OTP.search(text))]
    assert codes, "no OTP was sent"
    return {f"OTP code {i + 1}": code for i, code in enumerate(codes)}


def keyring_is_only_keys(store: dict[tuple[str, str], str]) -> list[str]:
    """Entries other than a journal's data key (32 random bytes) or a refresh token."""
    odd = []
    for (service, username), value in store.items():
        if service == "kiosk" and username.startswith("journal-key:"):
            if len(base64.b64decode(value)) == 32:
                continue
        elif service.startswith("kiosk-gateway") and username == "refresh-token":
            continue
        odd.append(f"{service}/{username.split(':')[0]}")
    return odd


def test_no_file_of_the_kiosk_holds_the_citizen_or_the_password(
    gateway_outside: RunningGateway,
    gateway_clock: ManualClock,
    kiosk_home: Path,
    private_tmp: Path,
    kiosk_log: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    report: Callable[[str], None],
) -> None:
    person = citizen(N)
    tokens: list[str] = []
    rows: list[tuple[str, object]] = []
    found: list[Hit] = []

    def look(moment: str, wanted: list[Needle]) -> None:
        home_files, home_hits = search_tree(kiosk_home, wanted)
        temp_files, temp_hits = search_tree(private_tmp, wanted)
        allowed_in_keyring = [n for n in wanted if not n.label.startswith("refresh token")]
        keyring_hits = search_keyring(memory_keyring.store, allowed_in_keyring)
        rows.append((f"{moment}: files searched (home / temp)", f"{home_files} / {temp_files}"))
        rows.append((f"{moment}: hits (must be 0)", len(home_hits + temp_hits + keyring_hits)))
        found.extend(home_hits + temp_hits + keyring_hits)

    with TempWatch.watch(private_tmp) as created:
        journal = Journal(default_path(), KeyringKeyProvider(), clock=gateway_clock)
        with FaultProxy("127.0.0.1", gateway_outside.port) as proxy:
            desk = Desk(
                proxy.url,
                journal,
                gateway_clock,
                on_tokens_changed=lambda t: tokens.append(t or ""),
            )
            officer = HeadlessOfficer(desk.service, desk.log_in, scanner_pages_every=1)
            case, code = officer.prepare(N)
            # The answer to "create" is lost three times: the request, OTP code included,
            # waits in the journal for a retry.
            proxy.add(Fault.drop_response(), method="POST", path=CREATE, times=3)
            assert isinstance(desk.service.create(case, code), Unknown)
            pending = desk.service.status(case) is Status.CREATING
            assert pending
            secrets = {**citizen_secrets(person), **otp_codes(desk, "+84" + person.phone[1:])}
            secrets |= {f"refresh token {i + 1}": t for i, t in enumerate(tokens) if t}
            wanted = needles(secrets)
            look("create pending", wanted)

            created_case = officer.finish(case, code)
            is_created = created_case.outcome is not None
            assert is_created  # (no case in an assertion message: it holds the citizen)
            # The result page prints the citizen's guide; the form was printed before.
            for pdf in (desk.service.guide_pdf(case), journal.get_blob(case.case_id, "form.pdf")):
                with private_temp_file(pdf, ".pdf") as printing:
                    assert printing.stat().st_size == len(pdf)
            look("account created", wanted)

            retention = journal.apply_retention()
            assert retention.blobs_deleted >= 4
            look("after retention", wanted)
            desk.close()
        journal.close()

    # The search does find what is there: the gateway keeps the citizen in clear.
    _files, at_gateway = search_tree(tmp_path / "gateway", needles(citizen_secrets(person)))
    assert {h.label.split(" (")[0] for h in at_gateway} >= {"ID number", "name", "address"}
    logged = kiosk_log.read_text(encoding="utf-8")
    assert "account created" in logged and "create_account: offline" in logged

    rows.append(("files created in the temp dir (must be 0)", len(created)))
    rows.append(("keyring entries", len(memory_keyring.store)))
    report(table("exposure scan, headless case", rows))
    assert found == []
    assert created == []
    assert keyring_is_only_keys(memory_keyring.store) == []


def test_a_pdf_scan_without_an_image_leaves_nothing_in_the_temp_dir(
    private_tmp: Path, tmp_path: Path
) -> None:
    import shutil

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from kiosk.scanner.file_import import load_first_page

    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    # A scanner's "PDF" that holds its page as drawing operations, not as an image.
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.drawString(72, 760, ascii_fold(citizen(N).details.full_name))
    pdf.rect(72, 560, 243, 153)
    pdf.save()
    with TempWatch.watch(private_tmp) as created:
        page = load_first_page(path)
    assert page.size[0] > 0
    assert created == [], f"{len(created)} files or folders created in the temp dir"
