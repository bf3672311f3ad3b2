"""Ed25519 private key files: unencrypted PKCS#8 in PEM, as `openssl genpkey -algorithm ed25519` writes.

RFC 8410 fixes the DER of such a key: a 16-byte prefix (version 0, the id-Ed25519 algorithm
1.3.101.112 with no parameters, an OCTET STRING holding an OCTET STRING) and the 32-byte seed.
Earlier releases wrote exactly this form through `cryptography`; nothing else is accepted, and
every refusal says why. The library that signs (PyNaCl) is not needed here.
"""

from __future__ import annotations

import base64
import binascii
import re

from smartcourse_desktop.system.i18n import _

SEED_BYTES = 32
PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
_ALGORITHM = slice(7, 12)  # the OID's DER (06 03 2b 65 70) inside the prefix
_LABEL = "PRIVATE KEY"
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", re.DOTALL)


class KeyFormatError(ValueError):
    """The bytes are not an unencrypted Ed25519 PKCS#8 PEM key; the message says why."""


def seed_to_pem(seed: bytes) -> bytes:
    """The PEM file for this 32-byte Ed25519 seed (64-character lines, as OpenSSL writes)."""
    if len(seed) != SEED_BYTES:
        raise KeyFormatError(_("an Ed25519 seed is {expected} bytes, not {given}").format(
            expected=SEED_BYTES, given=len(seed)))
    body = base64.b64encode(PKCS8_PREFIX + seed).decode("ascii")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {_LABEL}-----", *lines, f"-----END {_LABEL}-----", ""]).encode("ascii")


def pem_to_seed(pem: bytes) -> bytes:
    """The 32-byte seed in an Ed25519 PKCS#8 PEM file, or KeyFormatError saying why not."""
    label, body = _first_pem_block(pem)
    if label == "ENCRYPTED PRIVATE KEY":
        raise KeyFormatError(_("is not an unencrypted PEM private key (it is encrypted with a passphrase)"))
    other = {"RSA PRIVATE KEY": _("an RSA key"), "EC PRIVATE KEY": _("an EC key"), "DSA PRIVATE KEY": _("a DSA key")}
    if label in other:
        raise KeyFormatError(_("is not an Ed25519 key (it is {kind})").format(kind=other[label]))
    if label != _LABEL:
        raise KeyFormatError(_("is not an unencrypted PEM private key (it holds a {label} block)").format(
            label=repr(label)))
    der = _base64(body)
    if len(der) < _ALGORITHM.stop:
        raise KeyFormatError(_("is not an unencrypted PEM private key (only {size} bytes)").format(
            size=len(der)))
    if der[_ALGORITHM] != PKCS8_PREFIX[_ALGORITHM]:
        raise KeyFormatError(_("is not an Ed25519 key (its algorithm is another one)"))
    if len(der) != len(PKCS8_PREFIX) + SEED_BYTES or not der.startswith(PKCS8_PREFIX):
        raise KeyFormatError(
            _("is not an unencrypted PEM private key in the Ed25519 form of RFC 8410 ({size} bytes of DER where "
              "48 are expected; keys with attributes or an embedded public key are not supported)").format(
                size=len(der)))
    return der[len(PKCS8_PREFIX):]


def _first_pem_block(pem: bytes) -> tuple[str, bytes]:
    match = _PEM_BLOCK.search(pem)
    if match is None:
        raise KeyFormatError(_("is not an unencrypted PEM private key (no -----BEGIN PRIVATE KEY----- block)"))
    return match.group(1).decode("ascii"), match.group(2)


def _base64(body: bytes) -> bytes:
    try:
        return base64.b64decode(b"".join(body.split()), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFormatError(_("is not an unencrypted PEM private key (its base64 is damaged)")) from None
