"""Reachability, clock and log-in against the real training gateway over loopback HTTP."""

from __future__ import annotations

from kiosk.doctor import DoctorOptions
from kiosk.doctor.gateway_checks import clock_check, gateway_check, login_check, tls_check
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import OFFICER, SUPERVISOR
from tests.helpers.pc_zone import UTC_PC, VIETNAM_PC, pc_zone  # noqa: F401


def test_a_reachable_gateway_passes(gateway, make_context) -> None:
    ctx = make_context(gateway.url)
    result = gateway_check(ctx)
    assert result.ok and not result.skipped, result
    assert result.codes[:2] == ["gateway_answered", "mode_training"]
    assert result.detail[0].values["contract"] == "v1"
    # Every network check read the same single answer.
    assert ctx.probe() is ctx.probe()


def test_tls_does_not_apply_to_a_gateway_on_this_machine(gateway, make_context) -> None:
    result = tls_check(make_context(gateway.url))
    assert result.skipped and result.ok


def test_a_closed_port_fails_and_says_which_step_broke(closed_port_url, make_context) -> None:
    ctx = make_context(closed_port_url)
    result = gateway_check(ctx)
    assert not result.ok
    assert result.codes == ["gateway_offline", "port_refused"]
    assert result.hint_codes == ["check_network"]
    # What cannot be checked without an answer is skipped, not failed twice.
    assert clock_check(ctx).skipped
    assert login_check(ctx).skipped


def test_the_clock_matches_a_gateway_on_time(gateway, make_context) -> None:
    result = clock_check(make_context(gateway.url))
    assert result.ok and not result.skipped
    assert result.codes[0] in ("clock_ok", "clock_fast", "clock_slow")


def test_a_clock_ten_minutes_off_fails(gateway, gateway_clock, make_context, pc_zone) -> None:  # noqa: F811
    pc_zone(VIETNAM_PC)
    gateway_clock.advance(600)  # the gateway is 10 minutes ahead of this PC
    result = clock_check(make_context(gateway.url))
    assert not result.ok
    assert result.codes == ["clock_slow"]
    assert 599 <= int(result.detail[0].values["seconds"]) <= 601
    assert result.hint_codes == ["sync_clock"]


def test_a_pc_in_another_zone_is_noted_not_failed(gateway, make_context, pc_zone) -> None:  # noqa: F811
    pc_zone(UTC_PC)
    result = clock_check(make_context(gateway.url))
    assert result.ok and result.codes[-1] == "clock_zone_differs"
    assert result.detail[-1].values["zone"] == "UTC+00:00"
    pc_zone(VIETNAM_PC)
    assert "clock_zone_differs" not in clock_check(make_context(gateway.url)).codes


def test_login_without_an_account_asks_for_a_refusal(gateway, make_context) -> None:
    result = login_check(make_context(gateway.url))
    assert result.ok, result
    assert result.codes == ["login_service_ok"]


def test_login_with_a_real_account(gateway, make_context) -> None:
    options = DoctorOptions(username=SUPERVISOR, password=DEMO_PASSWORD, timeout=5.0)
    result = login_check(make_context(gateway.url, options=options))
    assert result.ok, result
    assert result.codes == ["login_ok"]
    found = result.detail[0].values
    assert found["user"] == SUPERVISOR and "supervisor" in str(found["roles"])


def test_a_wrong_password_fails_without_echoing_it(gateway, make_context) -> None:
    options = DoctorOptions(username=OFFICER, password="Sai-mat-khau-1", timeout=5.0)
    result = login_check(make_context(gateway.url, options=options))
    assert not result.ok
    assert result.codes == ["login_refused"] and result.hint_codes == ["check_credentials"]
    assert "Sai-mat-khau-1" not in repr(result)


def test_a_unit_the_officer_does_not_have_is_named(gateway, make_context) -> None:
    options = DoctorOptions(username=OFFICER, password=DEMO_PASSWORD, timeout=5.0)
    ctx = make_context(gateway.url, options=options)
    ctx.settings = ctx.settings.model_copy(
        update={"counter": ctx.settings.counter.model_copy(update={"unit_id": "HY-KHONGCO"})}
    )
    result = login_check(ctx)
    assert result.ok
    assert result.codes == ["login_ok", "counter_unit_not_listed"]
    assert result.detail[1].values == {"unit": "HY-KHONGCO"}


def test_training_mode_checks_the_embedded_gateway(make_context) -> None:
    ctx = make_context("")
    assert ctx.training
    gw = gateway_check(ctx)
    assert gw.ok and gw.codes == ["local_gateway_answered", "mode_training"]
    login = login_check(ctx)
    assert login.ok and login.detail[0].values["user"] == "canbo.demo"


def test_a_production_gateway_in_training_mode_is_flagged(gateway, make_context) -> None:
    # The loopback training gateway stands in for a remote one IT pointed the desk at.
    result = gateway_check(make_context(gateway.url))
    assert "training_gateway_warning" in result.codes


def test_a_url_the_kiosk_refuses_fails_with_the_rule(make_context) -> None:
    result = gateway_check(make_context("http://10.20.30.40:8000"))
    assert not result.ok
    assert result.codes == ["url_refused"] and result.hint_codes == ["fix_url"]
