"""The price of durability and encryption in the journal.

save_step (AES-GCM sealed fields + audit row, one transaction, synchronous=FULL in WAL) next to
the same transaction with the fields in clear; put_blob of a ~1 MB PDF sealed next to the same
insert in clear. Baselines use the same SQLite settings in the same run, so the ratio is the
cost of sealing (and of the journal's checks), not of the disk.
"""

from __future__ import annotations

import io
import json
import random
import sqlite3
import tempfile
import uuid
from pathlib import Path

from PIL import Image

from bench.harness import Row, timed
from kiosk.journal import Journal
from kiosk.journal.crypto import Sealer, new_key

FIELDS = {
    "id_number": "033190004321",
    "full_name": "Nguyễn Thị Ánh Tuyết",
    "date_of_birth": "1990-03-05",
    "sex": "Nữ",
    "address": "Thôn Đông Kết, Xã Khoái Châu, Hưng Yên",
    "phone": "+84912345678",
    "email": "anh.tuyet@example.vn",
    "unit_id": "unit-hy-01",
    "phone_confirmed": True,
}


class _MemoryKeys:
    """Keys for a throwaway journal; the real provider needs an OS keyring."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def create_key(self, journal_id: str) -> bytes:
        self.keys[journal_id] = new_key()
        return self.keys[journal_id]

    def load_key(self, journal_id: str) -> bytes:
        return self.keys[journal_id]

    def has_key(self, journal_id: str) -> bool:
        return journal_id in self.keys

    def delete_key(self, journal_id: str) -> None:
        self.keys.pop(journal_id, None)


def _pdf_about_1mb() -> bytes:
    rng = random.Random(1)
    image = Image.frombytes("RGB", (1180, 880), rng.randbytes(1180 * 880 * 3))
    out = io.BytesIO()
    image.save(out, "PDF", quality=92)
    return out.getvalue()


def _plain_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for pragma in ("foreign_keys = ON", "secure_delete = ON", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE cases (id TEXT PRIMARY KEY, step TEXT, fields BLOB)")
    conn.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, case_id TEXT, detail TEXT)")
    conn.execute(
        "CREATE TABLE blobs (case_id TEXT, name TEXT, data BLOB, PRIMARY KEY (case_id, name))"
    )
    return conn


def run(repeat: int = 40) -> list[Row]:
    pdf = _pdf_about_1mb()
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "journal.sqlite3", _MemoryKeys())
        case_id = journal.new_case("officer-1", "unit-1").id
        plain = _plain_db(Path(folder) / "plain.sqlite3")
        plain_id = str(uuid.uuid4())
        plain.execute("INSERT INTO cases VALUES (?, 'start', NULL)", (plain_id,))
        step = iter(range(10**9))

        def plain_save() -> None:
            n = next(step)
            plain.execute("BEGIN IMMEDIATE")
            plain.execute(
                "UPDATE cases SET step = ?, fields = ? WHERE id = ?",
                (f"step-{n}", json.dumps(FIELDS, ensure_ascii=False).encode(), plain_id),
            )
            plain.execute("INSERT INTO audit (case_id, detail) VALUES (?, ?)", (plain_id, "step"))
            plain.execute("COMMIT")

        def sealed_save() -> None:
            journal.save_step(case_id, f"step-{next(step)}", FIELDS, "officer-1")

        def plain_put() -> None:
            plain.execute("BEGIN IMMEDIATE")
            plain.execute("INSERT OR REPLACE INTO blobs VALUES (?, 'form.pdf', ?)", (plain_id, pdf))
            plain.execute("COMMIT")

        def sealed_put() -> None:
            journal.put_blob(case_id, "form.pdf", pdf)

        save_base = timed(plain_save, repeat=repeat, warmup=3)
        save = timed(sealed_save, repeat=repeat, warmup=3)
        put_base = timed(plain_put, repeat=repeat // 2, warmup=2)
        put = timed(sealed_put, repeat=repeat // 2, warmup=2)
        load = timed(lambda: journal.load_case(case_id), repeat=repeat, warmup=3)
        get = timed(lambda: journal.get_blob(case_id, "form.pdf"), repeat=repeat, warmup=3)
        journal.close()
        plain.close()
    # Sealing alone, without SQLite: what encryption adds on any disk.
    sealer = Sealer(new_key(), "bench")
    fields_json = json.dumps(FIELDS, ensure_ascii=False).encode()
    seal_fields = timed(lambda: sealer.seal(fields_json, "case", "fields"), repeat=repeat)
    seal_pdf = timed(lambda: sealer.seal(pdf, "case", "blob:form.pdf"), repeat=repeat)
    size = f"{len(pdf) / 1e6:.2f} MB PDF"
    return [
        Row("journal", "save_step in clear, FULL sync (baseline)", save_base, "ms"),
        Row("journal", "save_step sealed + audit, FULL sync", save, "ms", baseline=save_base),
        Row("journal", f"put {size} in clear (baseline)", put_base, "ms"),
        Row("journal", f"put_blob {size} sealed", put, "ms", baseline=put_base),
        Row("journal", "AES-GCM seal of the fields alone", seal_fields * 1000, "µs"),
        Row("journal", f"AES-GCM seal of the {size} alone", seal_pdf, "ms"),
        Row("journal", "load_case (decrypt fields)", load * 1000, "µs", note=f"median of {repeat}"),
        Row("journal", f"get_blob {size} (decrypt)", get, "ms", note=f"median of {repeat}"),
    ]
