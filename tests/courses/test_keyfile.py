"""Ed25519 PKCS#8 PEM key files, read and written without `cryptography` (RFC 8410's fixed form)."""

import base64
from pathlib import Path

import pytest

from smartcourse_desktop.courses.keyfile import PKCS8_PREFIX, KeyFormatError, pem_to_seed, seed_to_pem
from smartcourse_desktop.courses.signing import KeyFileError, keygen, load_private_key, public_key_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "signing"
V2_PREFIX = bytes.fromhex("3051020101300506032b657004220420")  # OneAsymmetricKey with the public key after the seed


def pem_of(der: bytes, label: str = "PRIVATE KEY") -> bytes:
    return f"-----BEGIN {label}-----\n{base64.b64encode(der).decode()}\n-----END {label}-----\n".encode()


@pytest.mark.parametrize("name", ["publisher", "openssl"])
def test_a_key_file_reads_and_writes_back_byte_for_byte(name):
    """What `cryptography` and OpenSSL wrote is exactly what seed_to_pem writes for the same seed."""
    pem = (FIXTURES / f"{name}.pem").read_bytes()
    assert seed_to_pem(pem_to_seed(pem)) == pem


def test_a_new_key_file_is_the_same_pkcs8_form_as_before(tmp_path):
    public = keygen(tmp_path / "new.pem")
    lines = (tmp_path / "new.pem").read_text("ascii").splitlines()
    assert lines[0] == "-----BEGIN PRIVATE KEY-----" and lines[-1] == "-----END PRIVATE KEY-----"
    der = base64.b64decode("".join(lines[1:-1]))
    assert len(der) == 48 and der.startswith(PKCS8_PREFIX)
    assert public_key_text(load_private_key(tmp_path / "new.pem")) == public
    assert (tmp_path / "new.pem.pub").read_text("ascii") == public + "\n"


def test_crlf_lines_and_text_around_the_block_are_accepted():
    pem = (FIXTURES / "openssl.pem").read_bytes()
    framed = b"Publisher key, made 2026\r\n" + pem.replace(b"\n", b"\r\n") + b"trailing note\n"
    assert pem_to_seed(framed) == pem_to_seed(pem)


def test_an_encrypted_key_is_refused_clearly():
    with pytest.raises(KeyFileError, match=r"encrypted\.pem is not an unencrypted PEM private key .*passphrase"):
        load_private_key(FIXTURES / "encrypted.pem")


def test_an_rsa_key_is_refused_clearly():
    with pytest.raises(KeyFileError, match=r"rsa\.pem is not an Ed25519 key"):
        load_private_key(FIXTURES / "rsa.pem")


@pytest.mark.parametrize("pem, problem", [
    (b"", "no -----BEGIN PRIVATE KEY----- block"),
    (b"junk", "no -----BEGIN PRIVATE KEY----- block"),
    (pem_of(PKCS8_PREFIX + bytes(31)), "47 bytes of DER"),  # seed cut short
    (pem_of(PKCS8_PREFIX + bytes(33)), "49 bytes of DER"),  # a byte too many
    (pem_of(V2_PREFIX + bytes(32) + bytes.fromhex("812100") + bytes(32)), "embedded public key"),
    (pem_of(PKCS8_PREFIX[:4]), "only 4 bytes"),
    (pem_of(PKCS8_PREFIX.replace(bytes.fromhex("2b6570"), bytes.fromhex("2b6571")) + bytes(32)),
     "not an Ed25519 key"),  # Ed448's OID
    (b"-----BEGIN PRIVATE KEY-----\nMC4C*AQAw\n-----END PRIVATE KEY-----\n", "base64 is damaged"),
    (pem_of(PKCS8_PREFIX + bytes(32), "OPENSSH PRIVATE KEY"), "'OPENSSH PRIVATE KEY' block"),
    (pem_of(PKCS8_PREFIX + bytes(32), "EC PRIVATE KEY"), "not an Ed25519 key .it is an EC key"),
], ids=["empty", "junk", "short", "long", "v2", "stub", "ed448", "base64", "openssh", "ec"])
def test_anything_but_the_rfc8410_form_is_refused_saying_why(tmp_path, pem, problem):
    with pytest.raises(KeyFormatError, match=problem):
        pem_to_seed(pem)
    (tmp_path / "k.pem").write_bytes(pem)
    with pytest.raises(KeyFileError, match=f"k.pem is .*{problem}"):
        load_private_key(tmp_path / "k.pem")


def test_a_seed_of_the_wrong_length_is_never_written():
    with pytest.raises(KeyFormatError, match="32 bytes, not 31"):
        seed_to_pem(bytes(31))
