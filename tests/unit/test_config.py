import tomllib
from pathlib import Path

import pytest

from kiosk import config, paths


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_mean_training_mode() -> None:
    settings = config.load()
    assert settings.training
    assert settings.ui.language == "vi"
    assert settings.ui.idle_lock_minutes == 5
    assert settings.gateway.read_timeout == 20.0


def test_layers_apply_system_then_user_then_env(tmp_path: Path, monkeypatch) -> None:
    write(
        paths.system_config_file(),
        '[gateway]\nurl = "https://gw.example.vn"\nretries = 2\n[counter]\nplace = "Hưng Yên"\n',
    )
    write(paths.user_config_file(), '[gateway]\nretries = 4\n[ui]\nlanguage = "en"\n')
    env_file = write(tmp_path / "env.toml", "[ui]\nidle_lock_minutes = 9\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(env_file))
    settings = config.load()
    assert settings.gateway.url == "https://gw.example.vn"
    assert settings.gateway.retries == 4  # user over system
    assert settings.counter.place == "Hưng Yên"  # untouched keys of a table survive
    assert settings.ui.language == "en"
    assert settings.ui.idle_lock_minutes == 9
    assert not settings.training


@pytest.mark.parametrize(
    ("text", "key", "found", "expected", "limit"),
    [
        ('[gateway]\nread_timeout = "abc"\n', "gateway.read_timeout", "'abc'", "number", ""),
        ("[ui]\nidle_lock_minutes = 0\n", "ui.idle_lock_minutes", "0", "at_least", "1"),
        ('[ui]\nlanguage = "fr"\n', "ui.language", "'fr'", "one_of", "'vi' or 'en'"),
        ("[gateway]\nurll = 1\n", "gateway.urll", "1", "known_key", ""),
        ("gateway = 3\n", "gateway", "3", "table", ""),
    ],
)
def test_bad_value_names_file_key_found_and_expected(text, key, found, expected, limit) -> None:
    bad = write(paths.user_config_file(), text)
    with pytest.raises(config.ConfigError) as info:
        config.load()
    exc = info.value
    assert exc.code == config.ConfigProblem.BAD_VALUE
    assert (exc.path, exc.key, exc.found, exc.expected, exc.limit) == (
        str(bad),
        key,
        found,
        expected,
        limit,
    )
    assert "\n" not in str(exc)


def test_error_names_the_layer_that_brought_the_fault(tmp_path: Path, monkeypatch) -> None:
    write(paths.system_config_file(), "[gateway]\nretries = 3\n")
    env_file = write(tmp_path / "bad.toml", "[gateway]\nretries = 99\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(env_file))
    with pytest.raises(config.ConfigError) as info:
        config.load()
    assert info.value.path == str(env_file)
    assert (info.value.expected, info.value.limit) == ("at_most", "10")


def test_broken_toml_and_missing_env_file(tmp_path: Path, monkeypatch) -> None:
    write(paths.user_config_file(), "[gateway\nurl=")
    with pytest.raises(config.ConfigError) as info:
        config.load()
    assert info.value.code == config.ConfigProblem.BAD_TOML and info.value.detail
    paths.user_config_file().unlink()
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(config.ConfigError) as info:
        config.load()
    assert info.value.code == config.ConfigProblem.ENV_MISSING
    assert info.value.path == str(tmp_path / "nope.toml")


def test_save_user_validates_before_writing() -> None:
    config.save_user({"ui": {"language": "en"}, "counter": {"name": 'Quầy "1"'}})
    settings = config.load()
    assert settings.ui.language == "en"
    assert settings.counter.name == 'Quầy "1"'
    with pytest.raises(Exception):  # noqa: B017 (pydantic's ValidationError)
        config.save_user({"ui": {"language": "xx"}})
    assert config.load().ui.language == "en"


def test_every_key_is_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    for section_name, section in config.Settings.model_fields.items():
        assert f"[{section_name}]" in doc
        assert section.annotation is not None
        for key in section.annotation.model_fields:  # type: ignore[union-attr]
            assert f"`{key}`" in doc, f"{section_name}.{key} is not in docs/configuration.md"


def ubuntu_session(monkeypatch, tmp_path: Path) -> tuple[Path, Path]:
    """No KIOSK_HOME: the real lookup, with an Ubuntu GNOME session's XDG_CONFIG_DIRS."""
    ubuntu, xdg = tmp_path / "etc" / "xdg" / "xdg-ubuntu", tmp_path / "etc" / "xdg"
    monkeypatch.delenv("KIOSK_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{ubuntu}:{xdg}")
    return ubuntu / "kiosk" / "config.toml", xdg / "kiosk" / "config.toml"


def test_the_system_file_is_found_in_every_xdg_config_dir(monkeypatch, tmp_path: Path) -> None:
    first, second = ubuntu_session(monkeypatch, tmp_path)
    write(second, '[gateway]\nurl = "https://gw.example.vn"\n[counter]\nname = "Quầy 5"\n')
    assert config.load().gateway.url == "https://gw.example.vn"
    assert paths.system_config_file() == second  # the file IT wrote, for the settings dialog
    # The XDG rule: the first entry is the most important, key by key.
    write(first, '[counter]\nname = "Quầy 6"\n')
    settings = config.load()
    assert settings.counter.name == "Quầy 6"
    assert settings.gateway.url == "https://gw.example.vn"
    assert config.config_files() == [second, first]
    assert paths.system_config_file() == first


def test_without_any_system_file_the_installers_target_is_named(monkeypatch, tmp_path) -> None:
    _first, second = ubuntu_session(monkeypatch, tmp_path)
    assert paths.system_config_file() == second  # /etc/xdg/kiosk/config.toml


def test_an_installed_kiosk_without_gateway_is_not_configured(monkeypatch) -> None:
    settings = config.load()
    assert config.mode(settings, installed=False) == "training"  # make run
    assert config.mode(settings, installed=True) == "not_configured"
    monkeypatch.setattr("sys.frozen", True, raising=False)  # the PyInstaller bundle
    assert config.mode(settings) == "not_configured"
    write(paths.system_config_file(), '[gateway]\nmode = "training"\n')
    assert config.mode(config.load()) == "training"  # chosen on purpose
    write(paths.system_config_file(), '[gateway]\nurl = "https://gw.example.vn"\n')
    assert config.mode(config.load()) == "production"


def test_training_and_a_gateway_together_is_refused() -> None:
    write(
        paths.system_config_file(), '[gateway]\nurl = "https://gw.example.vn"\nmode = "training"\n'
    )
    with pytest.raises(config.ConfigError) as info:
        config.load()
    assert (info.value.key, info.value.expected) == ("gateway", "not_both")


def test_the_doctor_fails_an_installed_counter_without_gateway(monkeypatch, capsys) -> None:
    import json

    from kiosk import cli

    monkeypatch.setenv("KIOSK_INSTALLED", "1")
    assert cli.main(["doctor", "--json", "--only", "config,mode"]) == 1
    checks = {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["mode"]["status"] == "fail"
    assert checks["config"]["status"] == "ok"
    write(paths.system_config_file(), '[gateway]\nmode = "training"\n')
    assert cli.main(["doctor", "--json", "--only", "mode"]) == 0


def test_save_changes_only_its_keys_and_writes_what_tomllib_reads() -> None:
    target = write(
        paths.system_config_file(),
        '# IT\'s notes\n[gateway]\nurl = "https://gw.example.vn"\n[retention]\ncase_days = 7\n',
    )
    config.save({"counter": {"name": 'Quầy 5\ntầng 1 "A" \\'}}, target, shared=True)
    with target.open("rb") as fh:
        data = tomllib.load(fh)
    assert data["counter"]["name"] == 'Quầy 5\ntầng 1 "A" \\'
    assert data["gateway"]["url"] == "https://gw.example.vn"
    assert data["retention"]["case_days"] == 7
    assert target.stat().st_mode & 0o777 == 0o644
    assert config.load().retention.case_days == 7


def test_typed_values_turn_parameters_into_the_keys_types() -> None:
    assert config.typed_values([("gateway.retries", "4"), ("gateway.url", "")]) == {
        "gateway": {"retries": 4, "url": ""}
    }
    with pytest.raises(config.ConfigError) as info:
        config.typed_values([("gateway.urll", "x")])
    assert (info.value.code, info.value.key) == ("unknown_key", "gateway.urll")
    with pytest.raises(config.ConfigError) as info:
        config.typed_values([("gateway.retries", "many")])
    assert (info.value.code, info.value.key, info.value.expected) == (
        "bad_parameter",
        "gateway.retries",
        "integer",
    )
