"""`kiosk request-form DATA.json -o OUT.pdf`, run as IT staff would run it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.forms.request_data import request_form_data_from_json
from kiosk.forms.request_form import render_request_form
from tests.unit.forms import pdftools
from tests.unit.forms.samples import form_json

REPO = Path(__file__).resolve().parents[3]


def write_json(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path


def no_personal_data(out: str, values: dict[str, str]) -> bool:
    keys = ("id_number", "full_name", "phone", "email", "address", "old_id_number")
    return not [k for k in keys if values.get(k) and values[k] in out]


def test_writes_the_form_and_names_only_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    values = form_json()
    out = tmp_path / "form.pdf"
    assert main(["request-form", str(write_json(tmp_path / "d.json", values)), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "YC-20260305-K3QZ7D2M" in captured.out
    assert no_personal_data(captured.out + captured.err, values)
    assert out.read_bytes() == render_request_form(request_form_data_from_json(values))
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_same_bytes_from_separate_processes(tmp_path: Path) -> None:
    """Determinism across runs, not only within one process (hash seeds, clocks, counters)."""
    values = form_json()
    del values["case_ref"]
    source = write_json(tmp_path / "d.json", values)
    outputs = []
    for run in range(2):
        out = tmp_path / f"out{run}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", "request-form", str(source), "-o", str(out)],
            cwd=REPO,
            capture_output=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0] == render_request_form(request_form_data_from_json(values))


def test_reads_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(form_json(), ensure_ascii=False)))
    out = tmp_path / "form.pdf"
    assert main(["request-form", "-", "-o", str(out)]) == 0
    assert len(pdftools.reader(out.read_bytes()).pages) == 1


def test_bad_data_exits_2_naming_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    values = form_json(phone="02213856789", date="05/03/2026")
    del values["full_name"]
    out = tmp_path / "form.pdf"
    assert main(["request-form", str(write_json(tmp_path / "d.json", values)), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Không in được giấy đề nghị" in err
    assert [k for k in ("full_name", "phone", "date ") if k not in err] == []
    assert no_personal_data(err, values)
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "không phải JSON hợp lệ"),
        ("[1, 2]", "đối tượng JSON"),
        (b"\xff\xfe{", "không phải văn bản UTF-8"),
    ],
)
def test_unusable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes, reason: str
) -> None:
    source = tmp_path / "d.json"
    if isinstance(content, bytes):
        source.write_bytes(content)
    else:
        source.write_text(content, encoding="utf-8")
    assert main(["request-form", str(source), "-o", str(tmp_path / "o.pdf")]) == 2
    assert reason in capsys.readouterr().err


def test_missing_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["request-form", str(tmp_path / "none.json"), "-o", str(tmp_path / "o.pdf")]) == 2
    assert "không có tệp dữ liệu" in capsys.readouterr().err


def test_unwritable_output_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_json(tmp_path / "d.json", form_json())
    assert main(["request-form", str(source), "-o", str(tmp_path / "no" / "o.pdf")]) == 1
    assert "thư mục không tồn tại" in capsys.readouterr().err


def test_a_bom_from_notepad_is_tolerated(tmp_path: Path) -> None:
    source = tmp_path / "d.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(form_json()).encode("utf-8"))
    assert main(["request-form", str(source), "-o", str(tmp_path / "o.pdf")]) == 0
