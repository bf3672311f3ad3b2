"""Ed25519 signatures over course.json, which pins the hash of every file in a package."""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from smartcourse_desktop.courses.keyfile import KeyFormatError, pem_to_seed, seed_to_pem
from smartcourse_desktop.system.errors import PackageError, SmartCourseError, quoted, shortened
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.oserrors import os_errors
from smartcourse_desktop.system.policy import Policy

if TYPE_CHECKING:  # PyNaCl (libsodium) is imported only when a key or a signature is used
    from nacl.signing import SigningKey, VerifyKey

log = logging.getLogger(__name__)

SIGNATURE_NAME = "course.sig"
SIGNER_RECORD = ".signer"  # written at install; a leading dot cannot clash with a package's file names
SIGNATURE_FORMAT = 1
MAX_SIGNATURE_BYTES = 4096
SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32


class KeyFileError(SmartCourseError):
    """A signing key file cannot be written or read."""


class SignatureStatus(StrEnum):
    UNSIGNED = "unsigned"
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"


@dataclass(frozen=True)
class Trust:
    """Which keys this computer trusts, whether it accepts only signed packages, and older versions."""

    keys: tuple[str, ...] = ()
    required: bool = False
    allow_downgrade: bool = False

    @classmethod
    def from_policy(cls, policy: Policy) -> Trust:
        keys = tuple(k.strip() for k in policy.trusted_keys)
        return cls(keys, policy.require_signed, bool(getattr(policy, "allow_downgrade", False)))


def public_key_text(key: SigningKey | VerifyKey) -> str:
    from nacl.signing import SigningKey

    public = key.verify_key if isinstance(key, SigningKey) else key
    return base64.b64encode(bytes(public)).decode("ascii")


def keygen(out: Path) -> str:
    """Write a new private key (PEM, mode 0600) to `out` and its public key to `out`.pub; return the latter."""
    from nacl.signing import SigningKey

    key = SigningKey.generate()
    pem = seed_to_pem(bytes(key))
    public = public_key_text(key)
    pub_path = out.with_name(out.name + ".pub")
    for path in (out, pub_path):
        if path.exists():
            raise KeyFileError(_("{path} already exists; refusing to overwrite a key").format(path=path))
    with os_errors(KeyFileError, _("cannot write the key {out}").format(out=out)):
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        pub_path.write_text(public + "\n", encoding="ascii")
    return public


def load_private_key(path: Path) -> SigningKey:
    """The Ed25519 key in a PKCS#8 PEM file, as `keygen` (or `openssl genpkey -algorithm ed25519`) writes it."""
    from nacl.signing import SigningKey

    with os_errors(KeyFileError, _("cannot read the key {path}").format(path=path)):
        pem = path.read_bytes()
    try:
        return SigningKey(pem_to_seed(pem))
    except KeyFormatError as exc:
        raise KeyFileError(_("{path} {exc}").format(path=path, exc=exc)) from None


def sign(manifest: bytes, key: SigningKey) -> bytes:
    """The bytes of course.sig for these exact course.json bytes."""
    document = {
        "format": SIGNATURE_FORMAT,
        "algorithm": "ed25519",
        "key": public_key_text(key),
        "signature": base64.b64encode(key.sign(manifest).signature).decode("ascii"),
    }
    return (json.dumps(document, indent=1) + "\n").encode("ascii")


def check_signature(manifest: bytes, signature: bytes | None, trust: Trust) -> SignatureStatus:
    """Refuse an altered package always, and an unsigned or untrusted one when signatures are required."""
    if signature is None:
        if trust.required:
            raise PackageError(_("the package is not signed, and this computer accepts only signed courses"))
        return SignatureStatus.UNSIGNED
    key_text, raw = _parse_signature(signature)
    if not _verifies(_public_key(key_text), raw, manifest):
        raise PackageError(_("{signature_name}: the signature does not match course.json (altered after "
                             "signing)").format(signature_name=SIGNATURE_NAME))
    if key_text in trust.keys:
        return SignatureStatus.TRUSTED
    if trust.required:
        raise PackageError(_("{signature_name}: signed by key {key_text}, which this computer does not trust").format(
            signature_name=SIGNATURE_NAME, key_text=key_text))
    log.warning("package signed by untrusted key %s", key_text)
    return SignatureStatus.UNTRUSTED


def _parse_signature(signature: bytes) -> tuple[str, bytes]:
    try:
        document = json.loads(signature.decode("ascii"))
        if document.get("format") != SIGNATURE_FORMAT or document.get("algorithm") != "ed25519":
            raise ValueError(_("unsupported signature format"))
        key, text = document["key"], document["signature"]
        if not isinstance(key, str) or not isinstance(text, str):
            raise ValueError(_("the key and the signature must be base64 text"))
        return key, base64.b64decode(text, validate=True)
    except (UnicodeDecodeError, ValueError, KeyError, AttributeError, binascii.Error) as exc:
        raise PackageError(_("{signature_name}: malformed signature file ({exc})").format(
            signature_name=SIGNATURE_NAME, exc=shortened(str(exc)))) from None


def _public_key(text: str) -> VerifyKey:
    from nacl.signing import VerifyKey

    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        raw = b""
    if len(raw) != PUBLIC_KEY_BYTES:
        raise PackageError(_("{signature_name}: malformed public key {text}").format(
            signature_name=SIGNATURE_NAME, text=quoted(text)))
    return VerifyKey(raw)


def _verifies(key: VerifyKey, raw: bytes, manifest: bytes) -> bool:
    """libsodium's strict check: a signature of the wrong length, or forged, or by another key, is False."""
    from nacl.exceptions import BadSignatureError

    if len(raw) != SIGNATURE_BYTES:
        return False
    try:
        key.verify(manifest, raw)
    except BadSignatureError:
        return False
    return True


def signer_key(signature: bytes | None) -> str | None:
    """The public key a course.sig names (already checked by check_signature)."""
    return None if signature is None else _parse_signature(signature)[0]


def record_signer(folder: Path, signature: bytes | None) -> None:
    """Remember who signed an installed course, so a removed course.sig is noticed later."""
    (folder / SIGNER_RECORD).write_text((signer_key(signature) or "") + "\n", encoding="ascii")


def installed_signature_problem(folder: Path, trust: Trust | None) -> str | None:
    """Why an installed course's signature is not acceptable now, or None.

    With `trust` None the course is trusted as installed (bundled, system library): only a signature
    that no longer matches, or one removed since install, is a problem. Otherwise the signature is
    re-checked against today's trusted keys, and an untrusted signer is always a problem.
    """
    try:
        manifest = (folder / "course.json").read_bytes()
        signature = (folder / SIGNATURE_NAME).read_bytes() if (folder / SIGNATURE_NAME).exists() else None
        recorded = (folder / SIGNER_RECORD).read_text("ascii").strip() if (folder / SIGNER_RECORD).exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        return _("cannot read its signature: {exc}").format(exc=exc)
    if signature is None:
        if recorded:
            return _("{signature_name} was removed after install (it was signed by key {recorded})").format(
                signature_name=SIGNATURE_NAME, recorded=quoted(recorded))
        return _("not signed, and this computer accepts only signed courses") if trust and trust.required else None
    try:
        status = check_signature(manifest, signature, Trust(trust.keys if trust else ()))
    except PackageError as exc:
        return str(exc)
    if trust is not None and status != SignatureStatus.TRUSTED:
        return _("signed by key {key}, which this computer does not trust").format(key=quoted(signer_key(signature)))
    return None
