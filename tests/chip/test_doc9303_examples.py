"""Doc 9303 part 11, appendix D: the published worked example of BAC key derivation, mutual
authentication and secure messaging, byte for byte."""

from __future__ import annotations

import pytest

from kiosk.chip import bac, cipher
from kiosk.chip.apdu import Command, read_binary, select_file
from kiosk.chip.errors import AccessDenied, SecureMessagingError
from kiosk.chip.secure_messaging import SecureChannel

H = bytes.fromhex

KEY = bac.BacKey("L898902C", "690806", "940623")
RND_ICC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
K_ICC = H("0B4F80323EB3191CB04970CB4052790B")
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = 0x887022120C06C226


def test_d2_mrz_information_and_seed() -> None:
    assert KEY.mrz_information() == "L898902C<369080619406236"
    assert KEY.seed() == H("239AB9CB282DAF66231DC5A4DF6BFBAE")


def test_d2_document_basic_access_keys() -> None:
    k_enc, k_mac = KEY.keys()
    assert k_enc == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert k_mac == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_check_digits() -> None:
    assert bac.check_digit("L898902C<") == "3"
    assert bac.check_digit("690806") == "1"
    assert bac.check_digit("940623") == "6"
    with pytest.raises(ValueError):
        bac.BacKey("L898-02C", "690806", "940623")
    with pytest.raises(ValueError):
        bac.BacKey("L898902C", "6908O6", "940623")


def test_d3_external_authenticate_data() -> None:
    k_enc, k_mac = KEY.keys()
    assert bac.ifd_authentication(RND_ICC, RND_IFD, K_IFD, k_enc, k_mac) == H(
        "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7"
    )


ICC_RESPONSE = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")


def test_d3_card_answer_session_keys_and_ssc() -> None:
    k_enc, k_mac = KEY.keys()
    k_icc = bac.icc_key_material(ICC_RESPONSE, RND_ICC, RND_IFD, k_enc, k_mac)
    assert k_icc == K_ICC
    assert bac.session_keys(K_IFD, k_icc) == (KS_ENC, KS_MAC)
    assert bac.send_sequence_counter(RND_ICC, RND_IFD) == SSC


def test_d3_answer_under_other_keys_is_access_denied() -> None:
    k_enc, k_mac = bac.BacKey("L898902C", "690806", "940624").keys()
    with pytest.raises(AccessDenied):
        bac.icc_key_material(ICC_RESPONSE, RND_ICC, RND_IFD, k_enc, k_mac)


def test_d3_answer_to_another_challenge_is_refused() -> None:
    k_enc, k_mac = KEY.keys()
    with pytest.raises(SecureMessagingError):
        bac.icc_key_material(ICC_RESPONSE, H("4608F91988702213"), RND_IFD, k_enc, k_mac)


def test_d4_secure_messaging_reads_ef_com() -> None:
    sm = SecureChannel(KS_ENC, KS_MAC, SSC)
    assert sm.protect(select_file(0x011E)) == H(
        "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"
    )
    assert sm.unprotect(H("990290008E08FA855A5D4C50A8ED9000")).sw == 0x9000

    assert sm.protect(read_binary(0, 4)) == H("0CB000000D9701048E08ED6705417E96BA5500")
    first = sm.unprotect(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))
    assert (first.data, first.sw) == (H("60145F01"), 0x9000)

    assert sm.protect(read_binary(4, 0x12)) == H("0CB000040D9701128E082EA28A70F3C7B53500")
    rest = sm.unprotect(
        H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000")
    )
    assert rest.data == H("04303130365F36063034303030305C026175")
    assert sm.ssc == 0x887022120C06C22C


def test_d4_tampered_response_fails_its_mac() -> None:
    sm = SecureChannel(KS_ENC, KS_MAC, SSC)
    sm.protect(select_file(0x011E))
    with pytest.raises(SecureMessagingError):
        sm.unprotect(H("990290008E08FA855A5D4C50A8EE9000"))


def test_plain_status_in_a_session_is_a_secure_messaging_error() -> None:
    sm = SecureChannel(KS_ENC, KS_MAC, SSC)
    sm.protect(Command(0, 0xB0, 0, 0, le=4))
    with pytest.raises(SecureMessagingError, match="6987"):
        sm.unprotect(H("6987"))


def test_padding() -> None:
    assert cipher.pad(b"") == H("8000000000000000")
    assert cipher.pad(H("011E")) == H("011E800000000000")
    assert cipher.unpad(H("011E800000000000")) == H("011E")
    assert cipher.pad(bytes(8)) == bytes(8) + H("8000000000000000")
    with pytest.raises(ValueError):
        cipher.unpad(bytes(8))
