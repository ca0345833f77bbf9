"""Small helpers for Qt .ts catalogues: write one from a dict, fill translations, list gaps.

python scripts/ts_tool.py gaps resources/i18n/kiosk_en.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def write_catalogue(path: Path, language: str, contexts: dict[str, dict[str, str]]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    for name, messages in contexts.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source, translation in messages.items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = translation
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def gaps(path: Path) -> list[tuple[str, str]]:
    """Messages without a finished translation (obsolete ones ignored)."""
    missing = []
    root = ET.parse(path).getroot()  # noqa: S314 (our own catalogues)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            if tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append((name, msg.findtext("source") or ""))
    return missing


def fill(path: Path, translations: dict[str, str]) -> int:
    """Fill unfinished messages whose source is in translations; returns how many."""
    tree = ET.parse(path)  # noqa: S314 (our own catalogues)
    count = 0
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished" and source in translations:
            tr.text = translations[source]
            del tr.attrib["type"]
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "gaps":
        for context, source in gaps(Path(sys.argv[2])):
            print(f"{context}: {source}")
    else:
        print(__doc__)
