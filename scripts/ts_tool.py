"""Small helpers for Qt .ts catalogues: write one from a dict, fill translations, list gaps.

python scripts/ts_tool.py gaps resources/i18n/kiosk_en.ts
python scripts/ts_tool.py fill-from OTHER.ts resources/i18n/kiosk_en.ts
    (after merging two branches that both added strings: refresh with lupdate, then take the
    other branch's finished translations for the entries still unfinished here)
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


def finished(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation."""
    done: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # noqa: S314 (our own catalogues)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") or not (tr.text or "").strip():
                continue
            done[(name, msg.findtext("source") or "")] = tr.text or ""
    return done


def fill_from(other: Path, path: Path) -> int:
    """Fill unfinished messages of path from other's finished ones (same context and source)."""
    known = finished(other)
    tree = ET.parse(path)  # noqa: S314 (our own catalogues)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            key = (name, msg.findtext("source") or "")
            if tr is not None and tr.get("type") == "unfinished" and key in known:
                tr.text = known[key]
                del tr.attrib["type"]
                count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "gaps":
        for context, source in gaps(Path(sys.argv[2])):
            print(f"{context}: {source}")
    elif len(sys.argv) == 4 and sys.argv[1] == "fill-from":
        print(f"{fill_from(Path(sys.argv[2]), Path(sys.argv[3]))} filled")
    else:
        print(__doc__)
