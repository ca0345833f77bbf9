"""Supervision operations over HTTP: search, totals, reveal, request form; who may call them."""

from __future__ import annotations

import io
import json
import uuid

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import AuditEvent
from kiosk.sandbox.supervision import CHANGES_OVERLAP, fold_text
from tests.helpers.gateway import (
    COMMUNE_UNIT,
    OFFICER_2,
    OTHER_COMMUNE_UNIT,
    PROVINCE_UNIT,
    SUPERVISOR,
    GatewayClient,
    ManualClock,
    citizen_data,
    sample_pdf,
)
from tests.unit.report.factory import DAY, PREVIOUS_DAY, insert_accounts

DAY_TEXT = DAY.isoformat()


def _login(gateway: RunningGateway, username: str) -> GatewayClient:
    c = GatewayClient(gateway.url)
    c.login(username)
    return c


def _create(c: GatewayClient, n: int, **overrides: object) -> str:
    response = c.create(c.otp_for(citizen_data(n, **overrides)), sample_pdf(f"scan {n}"))
    assert response.status_code == 201, response.text
    account_id: str = response.json()["account_id"]
    return account_id


def _audit(gateway: RunningGateway, action: str) -> list[AuditEvent]:
    with gateway.gateway.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_an_officer_token_reads_no_supervisor_endpoint(
    gateway: RunningGateway, client: GatewayClient
) -> None:
    own = _create(client, 1)
    other_officer = _login(gateway, OFFICER_2)
    theirs = _create(other_officer, 2, unit_id=OTHER_COMMUNE_UNIT)
    refusals = [
        client.post("/v1/citizen-accounts/search", json={"date": DAY_TEXT}),
        client.get("/v1/citizen-accounts/totals", params={"date": DAY_TEXT}),
        client.post(f"/v1/citizen-accounts/{own}/reveal", json={"reason": "review"}),
        client.post(f"/v1/citizen-accounts/{theirs}/reveal"),
    ]
    for response in refusals:
        assert response.status_code == 403, response.text
        assert response.json()["error"]["code"] == "forbidden_role"
        assert "Nguyễn" not in response.text
    # another officer's request form: neither readable nor replaceable
    upload = other_officer.http.put(
        other_officer.url(f"/v1/citizen-accounts/{theirs}/request-form"),
        files={"request_form": ("f.pdf", sample_pdf("form"), "application/pdf")},
    )
    assert upload.status_code == 200
    assert client.get(f"/v1/citizen-accounts/{theirs}/request-form").status_code == 404
    stolen = client.http.put(
        client.url(f"/v1/citizen-accounts/{theirs}/request-form"),
        files={"request_form": ("f.pdf", sample_pdf("other"), "application/pdf")},
    )
    assert stolen.status_code == 404
    assert stolen.json()["error"]["code"] == "account_not_found"
    refused = [e.outcome for e in _audit(gateway, "supervision.search")]
    assert refused == ["forbidden_role"]
    other_officer.close()


def test_search_masks_numbers_finds_names_without_accents_and_pages(
    gateway: RunningGateway, supervisor: GatewayClient
) -> None:
    made = insert_accounts(gateway, 130)
    first = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "page_size": 100}
    )
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["total"] == 130 and len(body["items"]) == 100
    times = [i["created_at"] for i in body["items"]]
    assert times == sorted(times, reverse=True)
    # any() keeps the numbers themselves out of a failure report
    assert not any(m.id_number in first.text for m in made)
    assert not any(m.phone in first.text or "0" + m.phone[3:] in first.text for m in made)
    item = body["items"][0]
    assert "*" in item["id_number_masked"] and "*" in item["phone_masked"]
    second = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "page": 2, "page_size": 100}
    ).json()
    ids = {i["account_id"] for i in body["items"]} | {i["account_id"] for i in second["items"]}
    assert ids == {m.account_id for m in made}

    target = made[17]
    plain = fold_text(target.full_name)  # "nguyen van an", as typed without accents
    by_name = supervisor.post(
        "/v1/citizen-accounts/search",
        json={"date": DAY_TEXT, "q": plain.upper(), "page_size": 100},
    ).json()
    expected = {m.account_id for m in made if fold_text(m.full_name) == plain}
    assert {i["account_id"] for i in by_name["items"]} == expected and by_name["total"] == len(
        expected
    )
    by_number = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "q": target.id_number[-7:]}
    ).json()
    assert [i["account_id"] for i in by_number["items"]] == [target.account_id]
    local_phone = "0" + target.phone[3:]
    spaced = f"{local_phone[:4]} {local_phone[4:7]} {local_phone[7:]}"
    by_phone = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "q": spaced}
    ).json()
    assert [i["account_id"] for i in by_phone["items"]] == [target.account_id]
    # the searched text is never written to the audit trail
    events = _audit(gateway, "supervision.search")
    assert not any(target.id_number[-7:] in e.details or plain in e.details for e in events)
    assert all(json.loads(e.details)["date"] == DAY_TEXT for e in events)


def test_search_filters_by_unit_officer_review_and_day(
    gateway: RunningGateway, supervisor: GatewayClient
) -> None:
    made = insert_accounts(gateway, 40)
    earlier = insert_accounts(gateway, 5, day=PREVIOUS_DAY, first=1000)

    def search(**filters: object) -> set[str]:
        response = supervisor.post(
            "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "page_size": 100, **filters}
        )
        assert response.status_code == 200, response.text
        return {i["account_id"] for i in response.json()["items"]}

    assert search(unit_id=COMMUNE_UNIT) == {m.account_id for m in made if m.unit_id == COMMUNE_UNIT}
    officer_id = supervisor.tokens["officer"]["id"]  # not an account creator: nothing
    assert search(officer_id=officer_id) == set()
    day_before = search(date=PREVIOUS_DAY.isoformat())
    assert {m.account_id for m in earlier} <= day_before
    assert not day_before & {m.account_id for m in made}

    marked = made[3].account_id
    review = supervisor.post(
        f"/v1/citizen-accounts/{marked}/review",
        json={"status": "needs_action", "note": "Sai ngày sinh"},
    )
    assert review.status_code == 200
    assert search(review="needs_action") == {marked}
    assert marked not in search(review="unreviewed")
    assert len(search(review="unreviewed")) == 39

    outside = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "unit_id": "HY-NGHIATRU"}
    )
    assert outside.status_code == 403 and outside.json()["error"]["code"] == "forbidden_scope"
    no_day = supervisor.post("/v1/citizen-accounts/search", json={"q": "an"})
    assert no_day.status_code == 422


def test_totals_per_unit_and_officer(gateway: RunningGateway, supervisor: GatewayClient) -> None:
    made = insert_accounts(gateway, 24)
    supervisor.post(f"/v1/citizen-accounts/{made[0].account_id}/review", json={"status": "checked"})
    response = supervisor.get("/v1/citizen-accounts/totals", params={"date": DAY_TEXT})
    assert response.status_code == 200, response.text
    totals = response.json()
    assert totals["all"] == {"total": 24, "unreviewed": 23, "checked": 1, "needs_action": 0}
    units = {u["unit"]["id"]: u["total"] for u in totals["units"]}
    assert units == {
        unit: sum(1 for m in made if m.unit_id == unit)
        for unit in (PROVINCE_UNIT, COMMUNE_UNIT, OTHER_COMMUNE_UNIT)
    }
    pairs = {(o["officer"]["username"], o["unit"]["id"]): o["total"] for o in totals["officers"]}
    expected: dict[tuple[str, str], int] = {}
    for m in made:
        expected[(m.officer, m.unit_id)] = expected.get((m.officer, m.unit_id), 0) + 1
    assert pairs == expected
    one_unit = supervisor.get(
        "/v1/citizen-accounts/totals", params={"date": DAY_TEXT, "unit_id": COMMUNE_UNIT}
    ).json()
    assert [u["unit"]["id"] for u in one_unit["units"]] == [COMMUNE_UNIT]


def test_reveal_gives_the_account_in_full_and_is_audited(
    gateway: RunningGateway, client: GatewayClient, supervisor: GatewayClient
) -> None:
    account_id = _create(client, 7)
    response = supervisor.post(
        f"/v1/citizen-accounts/{account_id}/reveal", json={"reason": "contact_citizen"}
    )
    assert response.status_code == 200, response.text
    full = response.json()
    assert full["id_number"] == citizen_data(7)["id_number"]
    assert full["phone"].startswith("+84")
    events = _audit(gateway, "account.reveal")
    assert [(e.outcome, e.target) for e in events] == [("ok", account_id)]
    assert json.loads(events[0].details) == {"reason": "contact_citizen"}
    assert not any(n in events[0].details for n in [citizen_data(7)["id_number"]])
    missing = supervisor.post(f"/v1/citizen-accounts/{uuid.uuid4()}/reveal")
    assert missing.status_code == 404
    bad_reason = supervisor.post(
        f"/v1/citizen-accounts/{account_id}/reveal", json={"reason": "curiosity"}
    )
    assert bad_reason.status_code == 422


def test_request_form_round_trip(
    gateway: RunningGateway, client: GatewayClient, supervisor: GatewayClient
) -> None:
    account_id = _create(client, 9)
    path = f"/v1/citizen-accounts/{account_id}/request-form"
    absent = supervisor.get(path)
    assert absent.status_code == 404
    assert absent.json()["error"]["code"] == "request_form_not_found"
    listed = supervisor.post("/v1/citizen-accounts/search", json={"date": DAY_TEXT}).json()
    assert listed["items"][0]["has_request_form"] is False

    form = sample_pdf("giay de nghi", pages=2)
    stored = client.http.put(
        client.url(path), files={"request_form": ("x.pdf", form, "application/pdf")}
    )
    assert stored.status_code == 200, stored.text
    assert stored.json()["pages"] == 2 and stored.json()["size"] == len(form)
    fetched = supervisor.get(path)
    assert fetched.status_code == 200
    assert fetched.headers["content-type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(fetched.content)).pages) == 2
    listed = supervisor.post("/v1/citizen-accounts/search", json={"date": DAY_TEXT}).json()
    assert listed["items"][0]["has_request_form"] is True

    not_pdf = client.http.put(
        client.url(path), files={"request_form": ("x.pdf", b"hello", "application/pdf")}
    )
    assert not_pdf.status_code == 415
    by_supervisor = supervisor.http.put(
        supervisor.url(path), files={"request_form": ("x.pdf", form, "application/pdf")}
    )
    assert by_supervisor.status_code == 403
    assert by_supervisor.json()["error"]["code"] == "forbidden_role"


@pytest.mark.parametrize(
    ("typed", "name", "found"),
    [
        ("nguyen van duc", "Nguyễn Văn Đức", True),
        ("ĐỨC", "Nguyễn Văn Đức", True),
        ("duc nguyen", "Nguyễn Văn Đức", True),
        ("hoa", "Lê Thị Hòa", True),
        ("hoa", "Lê Thị Hoà", True),
        ("hoang", "Lê Thị Hòa", False),
    ],
)
def test_accent_insensitive_matching(typed: str, name: str, found: bool) -> None:
    words = fold_text(typed).split()
    assert all(w in fold_text(name) for w in words) is found


def _search(c: GatewayClient, **body: object) -> dict[str, object]:
    response = c.post("/v1/citizen-accounts/search", json={"date": DAY_TEXT, **body})
    assert response.status_code == 200, response.text
    answer: dict[str, object] = response.json()
    return answer


def _ids(answer: dict[str, object]) -> list[str]:
    items = answer["items"]
    assert isinstance(items, list)
    return [i["account_id"] for i in items]


def test_since_gives_only_what_changed_after_the_cursor(
    gateway: RunningGateway,
    gateway_clock: ManualClock,
    supervisor: GatewayClient,
    client: GatewayClient,
) -> None:
    made = insert_accounts(gateway, 12)  # created 07:30–08:47 local, before the clock's 09:00
    first = _search(supervisor, page_size=100)
    assert first["total"] == 12 and first["more"] is False
    cursor = first["cursor"]
    assert isinstance(cursor, str)

    # nothing happened: a refresh gets nothing back, and still the day's total
    quiet = _search(supervisor, since=cursor)
    assert _ids(quiet) == [] and quiet["total"] == 12

    gateway_clock.advance(60)
    other = _login(gateway, SUPERVISOR)  # the same units seen from another screen
    reviewed = other.post(
        f"/v1/citizen-accounts/{made[3].account_id}/review",
        json={"status": "checked", "note": ""},
    )
    assert reviewed.status_code == 200, reviewed.text
    gateway_clock.advance(1)
    new = _create(client, 90)
    changes = _search(supervisor, since=cursor, page_size=100)
    assert _ids(changes) == [made[3].account_id, new]  # oldest change first
    assert changes["total"] == 13 and changes["more"] is False
    items = changes["items"]
    assert isinstance(items, list) and items[0]["review"]["status"] == "checked"
    # the `review` filter narrows the total, not the changes: a screen showing the unreviewed
    # learns that made[3] left its list
    unreviewed = _search(supervisor, since=cursor, review="unreviewed")
    assert _ids(unreviewed) == [made[3].account_id, new] and unreviewed["total"] == 12

    # the next cursor reaches back CHANGES_OVERLAP (a late commit is not missed), so changes
    # that recent come once more; once an answer is older than that, nothing comes again
    gateway_clock.advance(60)
    again = _search(supervisor, since=changes["cursor"])
    assert _ids(again) == [made[3].account_id, new]
    gateway_clock.advance(CHANGES_OVERLAP.total_seconds() + 1)
    settled = _search(supervisor, since=again["cursor"])
    later = _search(supervisor, since=settled["cursor"])
    assert _ids(later) == []
    other.close()


def test_many_changes_come_in_pages_of_changes(
    gateway: RunningGateway, supervisor: GatewayClient
) -> None:
    made = insert_accounts(gateway, 25)
    before_all = "c1.0"  # the epoch: every account of the day is a change
    seen: list[str] = []
    cursor, rounds = before_all, 0
    while True:
        answer = _search(supervisor, since=cursor, page_size=10)
        seen += _ids(answer)
        rounds += 1
        cursor = str(answer["cursor"])
        if not answer["more"]:
            break
    assert rounds == 3 and sorted(seen) == sorted(m.account_id for m in made)
    assert len(seen) == len(set(seen))  # a page of changes continues where the last stopped

    refused = [
        supervisor.post(
            "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "since": "c1.0", "page": 2}
        ),
        supervisor.post(
            "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "since": "yesterday"}
        ),
    ]
    assert [r.status_code for r in refused] == [422, 422]


def test_an_export_may_ask_for_larger_pages(
    gateway: RunningGateway, supervisor: GatewayClient
) -> None:
    insert_accounts(gateway, 120)
    answer = _search(supervisor, page_size=1000)
    assert len(_ids(answer)) == 120 and answer["total"] == 120
    too_large = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": DAY_TEXT, "page_size": 1001}
    )
    assert too_large.status_code == 422
