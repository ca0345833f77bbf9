"""The Logical Data Structure files a Vietnamese ID card's chip holds (Doc 9303 part 10), and
DG13, the Vietnamese data group (no public specification: docs/chip.md says what is known)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.chip import tlv
from kiosk.chip.errors import LdsError

# file ids (Doc 9303 part 10, 4.6 and 4.7)
EF_COM = 0x011E
EF_SOD = 0x011D


def dg_fid(number: int) -> int:
    return 0x0100 + number


# tags of the data groups in EF.COM's list, and each file's outer tag
DG_TAGS = {
    0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8,
    0x69: 9, 0x6A: 10, 0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16,
}  # fmt: skip


@dataclass(frozen=True)
class EfCom:
    lds_version: str
    unicode_version: str
    data_groups: tuple[int, ...]


def parse_ef_com(data: bytes) -> EfCom:
    root = tlv.parse(data)
    if root.tag != 0x60:
        raise LdsError("ef_com_tag")
    version = root.find(0x5F01)
    unicode_version = root.find(0x5F36)
    groups = root.require(0x5C).value
    try:
        numbers = tuple(DG_TAGS[t] for t in groups)
    except KeyError:
        raise LdsError("ef_com_unknown_tag") from None
    return EfCom(
        version.value.decode("ascii", "replace") if version else "",
        unicode_version.value.decode("ascii", "replace") if unicode_version else "",
        numbers,
    )


@dataclass(frozen=True)
class Mrz:
    """The machine readable zone as the chip holds it (DG1); TD1 (3 x 30) on ID cards."""

    document_code: str
    issuing_state: str
    document_number: str
    optional_data: str
    date_of_birth: str  # YYMMDD
    sex: str
    date_of_expiry: str  # YYMMDD
    nationality: str
    name: str  # primary and secondary identifiers joined by a space

    def __repr__(self) -> str:
        return "Mrz(<hidden>)"


def _name(field_: str) -> str:
    primary, _, secondary = field_.partition("<<")
    parts = [primary.replace("<", " ").strip(), secondary.replace("<", " ").strip()]
    return " ".join(p for p in parts if p)


def parse_mrz(text: str) -> Mrz:
    if len(text) == 90:  # TD1
        l1, l2, l3 = text[:30], text[30:60], text[60:]
        number = l1[5:14]
        optional = l1[15:30]
        if l1[14] == "<":  # long document number continues in the optional data
            head, _, _ = optional.partition("<")
            number, optional = number + head[:-1], optional[len(head) + 1 :]
        return Mrz(
            l1[0:2].rstrip("<"),
            l1[2:5],
            number.rstrip("<"),
            (optional + l2[18:29]).strip("<"),
            l2[0:6],
            l2[7],
            l2[8:14],
            l2[15:18],
            _name(l3),
        )
    if len(text) == 88:  # TD3 (passport), for completeness
        l1, l2 = text[:44], text[44:]
        return Mrz(
            l1[0:2].rstrip("<"),
            l1[2:5],
            l2[0:9].rstrip("<"),
            l2[28:42].strip("<"),
            l2[13:19],
            l2[20],
            l2[21:27],
            l2[10:13],
            _name(l1[5:]),
        )
    raise LdsError("mrz_length")


def parse_dg1(data: bytes) -> Mrz:
    root = tlv.parse(data)
    if root.tag != 0x61:
        raise LdsError("dg1_tag")
    return parse_mrz(root.require(0x5F1F).value.decode("ascii", "replace"))


@dataclass(frozen=True)
class FaceImage:
    mime: str  # image/jpeg or image/jp2
    data: bytes
    width: int
    height: int

    def __repr__(self) -> str:
        return f"FaceImage({self.mime}, {self.width}x{self.height}, {len(self.data)} bytes)"


_IMAGE_TYPES = {0: "image/jpeg", 1: "image/jp2"}


def parse_face_record(block: bytes) -> FaceImage:
    """ISO/IEC 19794-5 facial record: general header, one facial information block, its
    feature points, image information, then the image itself."""
    if block[:4] != b"FAC\x00" or len(block) < 14:
        raise LdsError("face_record_header")
    if int.from_bytes(block[12:14], "big") < 1:
        raise LdsError("face_record_empty")
    pos = 14
    if len(block) < pos + 20:
        raise LdsError("face_record_truncated")
    info_length = int.from_bytes(block[pos : pos + 4], "big")
    feature_points = int.from_bytes(block[pos + 4 : pos + 6], "big")
    end = pos + info_length
    pos += 20 + 8 * feature_points
    if len(block) < pos + 12 or end > len(block) or end < pos + 12:
        raise LdsError("face_record_truncated")
    data_type = block[pos + 1]
    width = int.from_bytes(block[pos + 2 : pos + 4], "big")
    height = int.from_bytes(block[pos + 4 : pos + 6], "big")
    image = block[pos + 12 : end]
    mime = _IMAGE_TYPES.get(data_type)
    if mime is None:
        raise LdsError("face_image_type")
    return FaceImage(mime, image, width, height)


def parse_dg2(data: bytes) -> FaceImage:
    """The first face of DG2 (75 { 7F61 { 02 count, 7F60 { A1 header, 5F2E|7F2E data } } })."""
    root = tlv.parse(data)
    if root.tag != 0x75:
        raise LdsError("dg2_tag")
    group = root.require(0x7F61)
    for child in group.children():
        if child.tag == 0x7F60:
            block = child.find(0x5F2E) or child.find(0x7F2E)
            if block is None:
                raise LdsError("dg2_no_biometric_data")
            return parse_face_record(block.value)
    raise LdsError("dg2_no_template")


# DG13 field numbers as community readers decode them (docs/chip.md, "DG13")
DG13_FIELDS = {
    1: "id_number",
    2: "full_name",
    3: "date_of_birth",
    4: "sex",
    5: "nationality",
    6: "ethnicity",
    7: "religion",
    8: "place_of_origin",
    9: "place_of_residence",
    10: "personal_identification",
    11: "issue_date",
    12: "expiry_date",
    13: "parents",
    14: "spouse",
    15: "old_id_number",
    16: "card_identifier",
}


@dataclass(frozen=True)
class Dg13:
    """The Vietnamese data group: field name -> text; `parents` is (father, mother)."""

    fields: dict[str, str] = field(default_factory=dict)
    parents: tuple[str, ...] = ()
    unknown: tuple[int, ...] = ()  # field numbers seen but not in DG13_FIELDS

    def __repr__(self) -> str:
        return f"Dg13(<{len(self.fields)} fields hidden>)"


def _text(node: tlv.Tlv) -> str:
    if node.constructed:
        return " ".join(t for t in (_text(c) for c in node.children()) if t)
    return node.value.decode("utf-8", "replace").strip()


def _leaves(nodes: list[tlv.Tlv]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        if node.constructed:
            out.extend(_leaves(node.children()))
        elif node.tag != 0x02:
            text = node.value.decode("utf-8", "replace").strip()
            if text:
                out.append(text)
    return out


def parse_dg13(data: bytes) -> Dg13:
    root = tlv.parse(data)
    if root.tag != 0x6D:
        raise LdsError("dg13_tag")
    fields: dict[str, str] = {}
    parents: tuple[str, ...] = ()
    unknown: list[int] = []
    # the fields sit in SEQUENCEs {INTEGER n, value...}, possibly nested one level deeper
    stack = [root]
    while stack:
        node = stack.pop(0)
        for child in node.children():
            if child.tag != 0x30:
                continue
            parts = child.children()
            if not parts or parts[0].tag != 0x02:
                stack.append(child)
                continue
            number = int.from_bytes(parts[0].value, "big")
            values = [_text(p) for p in parts[1:]]
            name = DG13_FIELDS.get(number)
            if name is None:
                unknown.append(number)
            elif name == "parents":
                parents = tuple(_leaves(parts[1:]))
            else:
                fields[name] = " ".join(v for v in values if v)
    return Dg13(fields, parents, tuple(unknown))
