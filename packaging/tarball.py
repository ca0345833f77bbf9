"""The Linux archive: `python packaging/tarball.py dist/kiosk` -> dist/kiosk-VER-linux-ARCH.tar.gz.

Inside: the bundle folder `kiosk/` with the desktop entry and install-linux.sh beside the
executable; unpacked into /opt it is ready (docs/deploy.md). Owner and times are normalised so
the same bundle gives the same archive listing.
"""

from __future__ import annotations

import platform
import shutil
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle_plan  # noqa: E402

EXTRAS = {
    "kiosk.desktop": HERE / "linux" / "kiosk.desktop",
    "install-linux.sh": HERE / "linux" / "install.sh",
}


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = 0
    return info


def build(bundle: Path) -> Path:
    for name, source in EXTRAS.items():
        target = bundle / name
        shutil.copy2(source, target)
        if name.endswith(".sh"):
            target.chmod(0o755)
    machine = platform.machine().lower() or "unknown"
    out = bundle.parent / f"kiosk-{bundle_plan.version()}-linux-{machine}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname="kiosk", filter=_normalise)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python packaging/tarball.py dist/kiosk", file=sys.stderr)
        return 2
    out = build(Path(argv[0]))
    print(f"{out}: {out.stat().st_size / 1024 / 1024:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
