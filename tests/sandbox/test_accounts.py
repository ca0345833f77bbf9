"""Lookup, lists, details, attachment and reviews: who sees what, over HTTP."""

from __future__ import annotations

import io
import json
from datetime import timedelta

from pypdf import PdfReader
from sqlalchemy import select

from kiosk.domain.masking import mask_id_number, mask_name
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import AuditEvent, CitizenAccount
from tests.helpers.gateway import (
    COMMUNE_UNIT,
    OFFICER,
    OFFICER_2,
    OTHER_COMMUNE_UNIT,
    PROVINCE_UNIT,
    SEEDED_ID_NUMBER,
    SEEDED_OLD_ID_NUMBER,
    SUPERVISOR,
    GatewayClient,
    ManualClock,
    citizen_data,
    sample_pdf,
)


def _login(gateway: RunningGateway, username: str) -> GatewayClient:
    c = GatewayClient(gateway.url)
    c.login(username)
    return c


def _create(c: GatewayClient, n: int, **overrides: object) -> str:
    response = c.create(c.otp_for(citizen_data(n, **overrides)), sample_pdf(f"scan {n}"))
    assert response.status_code == 201, response.text
    account_id: str = response.json()["account_id"]
    return account_id


def test_lookup_says_exists_with_masked_details_only(client: GatewayClient) -> None:
    for number in (SEEDED_ID_NUMBER, SEEDED_OLD_ID_NUMBER):
        response = client.post("/v1/citizen-accounts/lookup", json={"id_number": number})
        assert response.status_code == 200
        body = response.json()
        assert body["exists"] is True
        assert body["account"]["username_masked"] == "033*******34"
        assert body["account"]["full_name_masked"] == "T. V. B."
        assert "Trần" not in response.text and SEEDED_ID_NUMBER not in response.text
    absent = client.post("/v1/citizen-accounts/lookup", json={"id_number": "001203099999"})
    assert absent.json() == {"exists": False, "account": None}
    # a self-registered citizen exists too
    online = client.post("/v1/citizen-accounts/lookup", json={"id_number": "033201007777"})
    assert online.json()["exists"] is True


def test_lookup_refuses_what_is_not_an_id_number(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    for bad in (
        "12345678",
        "1234567890",
        "03309000123a",
        "' OR '1'='1",
        "０３３０９０００１２３４",
        "033090001234 ",
        "",
    ):
        response = client.post("/v1/citizen-accounts/lookup", json={"id_number": bad})
        assert response.status_code == 422, bad
        assert response.json()["error"]["code"] == "invalid_id_number"
        assert response.json()["error"]["message"] == "Số CMND/CCCD phải gồm đúng 9 hoặc 12 chữ số."
    with gateway.gateway.db.read() as s:
        assert len(list(s.scalars(select(CitizenAccount)))) == 3


def test_officers_see_their_own_accounts_only(gateway: RunningGateway) -> None:
    lan = _login(gateway, OFFICER)
    minh = _login(gateway, OFFICER_2)
    mine = _create(lan, 1, unit_id=COMMUNE_UNIT)
    _create(minh, 2, unit_id=OTHER_COMMUNE_UNIT)
    page = lan.get("/v1/citizen-accounts").json()
    ids = [i["account_id"] for i in page["items"]]
    assert mine in ids
    assert all(i["created_by"]["username"] == OFFICER for i in page["items"])
    assert page["total"] == 2  # one seeded + one new
    item = next(i for i in page["items"] if i["account_id"] == mine)
    assert item["unit"]["id"] == COMMUNE_UNIT and item["has_attachment"] is True
    # masked as the counter's history shows it: the list is read at a public counter
    data = citizen_data(1, unit_id=COMMUNE_UNIT)
    assert not {"id_number", "full_name", "phone", "date_of_birth"} & item.keys()
    assert data["id_number"] not in json.dumps(page) and data["full_name"] not in json.dumps(page)
    assert item["id_number_masked"] == mask_id_number(data["id_number"])
    assert item["full_name_masked"] == mask_name(data["full_name"])
    assert "*" in item["phone_masked"]
    other_officer = lan.get("/v1/citizen-accounts", params={"officer_id": 2})
    assert other_officer.status_code == 403
    assert other_officer.json()["error"]["code"] == "forbidden_scope"
    # someone else's account is not there for this officer (404, as an unknown id); own is
    others = minh.get("/v1/citizen-accounts").json()["items"][0]["account_id"]
    not_theirs = lan.get(f"/v1/citizen-accounts/{others}")
    assert not_theirs.status_code == 404
    assert not_theirs.json()["error"]["code"] == "account_not_found"
    details = lan.get(f"/v1/citizen-accounts/{mine}")
    assert details.status_code == 200
    assert details.json()["created_by"]["username"] == OFFICER
    # the scan is for supervisors
    assert lan.get(f"/v1/citizen-accounts/{mine}/attachment").status_code == 403


def test_officers_filter_and_page_their_own_list(gateway: RunningGateway) -> None:
    lan = _login(gateway, OFFICER)
    for n in range(5):
        _create(lan, 10 + n, unit_id=PROVINCE_UNIT if n % 2 else COMMUNE_UNIT)
    everything = lan.get("/v1/citizen-accounts").json()
    assert everything["total"] == 6  # 5 new + 1 seeded for this officer
    by_unit = lan.get("/v1/citizen-accounts", params={"unit_id": PROVINCE_UNIT}).json()
    assert {i["unit"]["id"] for i in by_unit["items"]} == {PROVINCE_UNIT}
    first = lan.get("/v1/citizen-accounts", params={"page_size": 4, "page": 1}).json()
    second = lan.get("/v1/citizen-accounts", params={"page_size": 4, "page": 2}).json()
    assert len(first["items"]) == 4 and len(second["items"]) == 2
    assert first["total"] == second["total"] == 6
    newest_first = [i["created_at"] for i in everything["items"]]
    assert newest_first == sorted(newest_first, reverse=True)


def test_supervisors_read_accounts_only_masked_or_revealed(gateway: RunningGateway) -> None:
    """A supervisor token cannot pull the units' full records around search and reveal."""
    lan = _login(gateway, OFFICER)
    data = lan.otp_for(citizen_data(16, unit_id=COMMUNE_UNIT))
    account_id = lan.create(data, sample_pdf()).json()["account_id"]
    boss = _login(gateway, SUPERVISOR)
    listing = boss.get("/v1/citizen-accounts")
    assert listing.status_code == 403
    assert listing.json()["error"]["code"] == "forbidden_role"
    one = boss.get(f"/v1/citizen-accounts/{account_id}")
    assert one.status_code == 403 and data["id_number"] not in one.text
    # The way a supervisor sees it: masked in the day's search, full only when revealed.
    day = lan.get(f"/v1/citizen-accounts/{account_id}").json()["created_at"][:10]
    found = boss.post("/v1/citizen-accounts/search", json={"date": day}).json()["items"]
    item = next(i for i in found if i["account_id"] == account_id)
    assert data["id_number"] not in str(item)
    revealed = boss.post(f"/v1/citizen-accounts/{account_id}/reveal", json={"reason": "review"})
    assert revealed.json()["id_number"] == data["id_number"]
    with gateway.gateway.db.read() as s:
        events = {(e.action, e.outcome) for e in s.scalars(select(AuditEvent))}
    assert ("account.list", "forbidden_role") in events  # the attempt itself is on record
    assert ("account.reveal", "ok") in events


def test_list_by_local_day(gateway: RunningGateway, gateway_clock: ManualClock) -> None:
    lan = _login(gateway, OFFICER)
    # 2026-03-05 02:00 UTC is 09:00 in Hưng Yên; 18:00 UTC is already the 6th there
    _create(lan, 20)
    gateway_clock.advance(16 * 3600)
    lan.login(OFFICER)
    _create(lan, 21)
    fifth = lan.get("/v1/citizen-accounts", params={"date": "2026-03-05"}).json()
    sixth = lan.get("/v1/citizen-accounts", params={"date": "2026-03-06"}).json()
    masked = [mask_id_number(citizen_data(n)["id_number"]) for n in (20, 21)]
    assert [i["id_number_masked"] for i in fifth["items"]] == masked[:1]
    assert [i["id_number_masked"] for i in sixth["items"]] == masked[1:]
    for bad in ("05/03/2026", "2026-02-30", "0"):
        response = lan.get("/v1/citizen-accounts", params={"date": bad})
        assert response.status_code == 422, bad


def test_unknown_query_parameters_are_refused(client: GatewayClient) -> None:
    response = client.get("/v1/citizen-accounts", params={"unit": "HY-PHOHIEN"})
    assert response.status_code == 422
    assert response.json()["error"]["details"]["fields"][0] == {
        "field": "unit",
        "problem": "extra_forbidden",
        "message": "trường không được phép",
    }
    assert client.get("/v1/citizen-accounts", params={"unit_id": "HY-PHOHIEN"}).ok


def test_sql_like_filters_find_nothing_and_break_nothing(client: GatewayClient) -> None:
    response = client.get(
        "/v1/citizen-accounts", params={"unit_id": "x' OR '1'='1", "page_size": 100}
    )
    assert response.status_code == 200
    assert response.json()["total"] == 0
    assert client.get("/v1/citizen-accounts").json()["total"] == 1


def test_supervisor_downloads_the_scan_as_sent(gateway: RunningGateway) -> None:
    lan = _login(gateway, OFFICER)
    pdf = sample_pdf("scan of the card", pages=2)
    data = lan.otp_for(citizen_data(30, unit_id=COMMUNE_UNIT))
    account_id = lan.create(data, pdf).json()["account_id"]
    boss = _login(gateway, SUPERVISOR)
    response = boss.get(f"/v1/citizen-accounts/{account_id}/attachment")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Cache-Control"] == "no-store"
    assert data["id_number"] not in response.headers["Content-Disposition"]
    assert response.content == pdf
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 2
    assert "scan of the card" in reader.pages[0].extract_text()
    unknown = "00000000-0000-4000-8000-0000000000ff"
    assert boss.get(f"/v1/citizen-accounts/{unknown}/attachment").status_code == 404
    assert boss.get("/v1/citizen-accounts/not-a-uuid/attachment").status_code == 404


def test_supervisor_reviews_are_stored_shown_and_audited(gateway: RunningGateway) -> None:
    lan = _login(gateway, OFFICER)
    account_id = _create(lan, 40, unit_id=COMMUNE_UNIT)
    boss = _login(gateway, SUPERVISOR)
    response = boss.post(
        f"/v1/citizen-accounts/{account_id}/review",
        json={"status": "needs_action", "note": "Ảnh mặt sau bị mờ"},
    )
    assert response.status_code == 200
    review = response.json()
    assert review["status"] == "needs_action"
    assert review["reviewed_by"]["username"] == SUPERVISOR
    shown = lan.get(f"/v1/citizen-accounts/{account_id}").json()["review"]
    assert shown["note"] == "Ảnh mặt sau bị mờ"
    again = boss.post(f"/v1/citizen-accounts/{account_id}/review", json={"status": "checked"})
    assert again.json()["status"] == "checked" and again.json()["note"] == ""
    # officers cannot review; bad status and unknown fields are refused
    refused = lan.post(f"/v1/citizen-accounts/{account_id}/review", json={"status": "checked"})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "forbidden_role"
    bad = boss.post(f"/v1/citizen-accounts/{account_id}/review", json={"status": "ok"})
    assert bad.status_code == 422
    extra = boss.post(
        f"/v1/citizen-accounts/{account_id}/review", json={"status": "checked", "approve": True}
    )
    assert extra.status_code == 422
    missing = boss.post(
        "/v1/citizen-accounts/00000000-0000-4000-8000-0000000000ff/review",
        json={"status": "checked"},
    )
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "account_not_found"
    with gateway.gateway.db.read() as s:
        events = [
            (e.action, e.outcome, json.loads(e.details).get("status"))
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "account.review"))
        ]
    assert events[:3] == [
        ("account.review", "ok", "needs_action"),
        ("account.review", "ok", "checked"),
        ("account.review", "forbidden_role", "checked"),
    ]


def test_supervisor_cannot_see_accounts_of_other_units(gateway: RunningGateway) -> None:
    with gateway.gateway.db.read() as s:
        # a self-registered account has no unit: no supervisor sees it in lists or details
        online = s.scalars(
            select(CitizenAccount).where(CitizenAccount.source == "self_registered")
        ).one()
        online_id = online.id
        day = (online.created_at + timedelta(hours=7)).date().isoformat()
    boss = _login(gateway, SUPERVISOR)
    revealed = boss.post(f"/v1/citizen-accounts/{online_id}/reveal", json={"reason": "review"})
    assert revealed.status_code == 404  # as if it did not exist: no existence oracle
    assert boss.get(f"/v1/citizen-accounts/{online_id}/attachment").status_code == 404
    found = boss.post("/v1/citizen-accounts/search", json={"date": day}).json()["items"]
    assert online_id not in [i["account_id"] for i in found]


def test_every_action_lands_in_the_audit_table(gateway: RunningGateway) -> None:
    lan = _login(gateway, OFFICER)
    account_id = _create(lan, 50, unit_id=COMMUNE_UNIT)
    lan.post("/v1/citizen-accounts/lookup", json={"id_number": SEEDED_ID_NUMBER})
    lan.get("/v1/units")
    lan.get("/v1/citizen-accounts")
    lan.get(f"/v1/citizen-accounts/{account_id}")
    boss = _login(gateway, SUPERVISOR)
    boss.get(f"/v1/citizen-accounts/{account_id}/attachment")
    boss.post("/v1/auth/logout")
    with gateway.gateway.db.read() as s:
        actions = {e.action for e in s.scalars(select(AuditEvent))}
        details = " ".join(e.details for e in s.scalars(select(AuditEvent)))
    assert actions >= {
        "auth.login",
        "otp.send",
        "account.create",
        "account.lookup",
        "units.view",
        "account.list",
        "account.view",
        "account.attachment",
        "auth.logout",
    }
    assert SEEDED_ID_NUMBER not in details
