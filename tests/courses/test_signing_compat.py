"""Keys and signatures made before the switch from `cryptography` to PyNaCl keep working.

The fixtures in tests/fixtures/signing were made by the earlier signing.py and by OpenSSL (see its README).
"""

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.courses.signing import (
    SignatureStatus,
    Trust,
    check_signature,
    load_private_key,
    public_key_text,
    sign,
)
from smartcourse_desktop.system.errors import PackageError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "signing"


def fixture_public(name: str) -> str:
    return (FIXTURES / f"{name}.pem.pub").read_text("ascii").strip()


def test_a_signature_made_before_the_switch_is_still_trusted():
    manifest, signature = (FIXTURES / "course.json").read_bytes(), (FIXTURES / "course.sig").read_bytes()
    trust = Trust((fixture_public("publisher"),), required=True)
    assert check_signature(manifest, signature, trust) == SignatureStatus.TRUSTED


def test_an_old_key_still_signs_byte_for_byte_as_before():
    """Ed25519 is deterministic: the same key over the same bytes gives the same course.sig."""
    key = load_private_key(FIXTURES / "publisher.pem")
    assert public_key_text(key) == fixture_public("publisher")
    assert sign((FIXTURES / "course.json").read_bytes(), key) == (FIXTURES / "course.sig").read_bytes()


def test_a_key_made_by_openssl_loads_with_the_public_key_openssl_gives():
    key = load_private_key(FIXTURES / "openssl.pem")
    assert public_key_text(key) == fixture_public("openssl")
    manifest = b'{"id": "x"}\n'
    assert check_signature(manifest, sign(manifest, key), Trust((fixture_public("openssl"),), required=True)) \
        == SignatureStatus.TRUSTED


def test_a_signature_of_the_wrong_length_is_refused_as_not_matching():
    manifest = (FIXTURES / "course.json").read_bytes()
    document = json.loads((FIXTURES / "course.sig").read_bytes())
    for raw in (bytes(63), bytes(65), b""):
        document["signature"] = base64.b64encode(raw).decode()
        with pytest.raises(PackageError, match="does not match"):
            check_signature(manifest, json.dumps(document).encode(), Trust())


def test_a_public_key_of_the_wrong_length_is_refused_as_malformed():
    manifest = (FIXTURES / "course.json").read_bytes()
    document = json.loads((FIXTURES / "course.sig").read_bytes())
    document["key"] = base64.b64encode(bytes(31)).decode()
    with pytest.raises(PackageError, match="malformed public key"):
        check_signature(manifest, json.dumps(document).encode(), Trust())


WITHOUT_CRYPTOGRAPHY = """
import sys
sys.modules["cryptography"] = None  # any `import cryptography...` now fails
from pathlib import Path
from smartcourse_desktop.courses.signing import SignatureStatus, Trust, check_signature, keygen, load_private_key, sign
out = Path(sys.argv[1])
public = keygen(out / "k.pem")
signature = sign(b"{}", load_private_key(out / "k.pem"))
assert check_signature(b"{}", signature, Trust((public,), required=True)) == SignatureStatus.TRUSTED
print("ok")
"""


def test_signing_needs_no_cryptography_package(tmp_path):
    """The .deb no longer ships `cryptography` (issue 13's size): keygen, sign and verify work without it."""
    done = subprocess.run([sys.executable, "-c", WITHOUT_CRYPTOGRAPHY, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
