import json
import stat
import zipfile

import pytest

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.packer import pack
from smartcourse_desktop.courses.signing import (
    KeyFileError,
    SignatureStatus,
    Trust,
    check_signature,
    keygen,
    load_private_key,
    sign,
)
from smartcourse_desktop.system.errors import PackageError
from tests.package_factory import PAYLOAD, make_source, snapshot, write_zip


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "keys" / "publisher.pem"
    path.parent.mkdir()
    keygen(path)
    return path


@pytest.fixture
def public(key_file):
    return key_file.with_name("publisher.pem.pub").read_text().strip()


@pytest.fixture
def signed(tmp_path, key_file):
    source = make_source(tmp_path / "src")
    return pack(source, tmp_path / "signed.smartcourse", load_private_key(key_file)).path


def edit(package, name, change):
    with zipfile.ZipFile(package) as archive:
        entries = [(i.filename, archive.read(i)) for i in archive.infolist()]
    entries = [(n, change(d) if n == name else d) for n, d in entries]
    return write_zip(package.with_name("edited.smartcourse"), entries)


def refuse(package, root, match, trust):
    before = snapshot(root)
    with pytest.raises(PackageError, match=match):
        import_course(package, root, trust=trust)
    assert snapshot(root) == before


def test_keygen_writes_private_key_0600_and_public_key(key_file, public):
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"BEGIN PRIVATE KEY" in key_file.read_bytes()
    assert len(public) == 44


def test_keygen_refuses_to_overwrite(key_file):
    with pytest.raises(KeyFileError, match="already exists"):
        keygen(key_file)


def test_loading_a_non_key_fails_clearly(tmp_path):
    (tmp_path / "junk.pem").write_text("junk")
    with pytest.raises(KeyFileError, match="not an unencrypted PEM private key"):
        load_private_key(tmp_path / "junk.pem")


def test_good_signature_is_trusted(tmp_path, signed, public):
    result = import_course(signed, tmp_path / "lib", trust=Trust((public,), required=True))
    assert result.signature == SignatureStatus.TRUSTED
    assert (result.folder / "course.sig").is_file()


def test_signature_is_over_the_packed_manifest(signed, public):
    with zipfile.ZipFile(signed) as archive:
        manifest, sig = archive.read("course.json"), archive.read("course.sig")
    assert check_signature(manifest, sig, Trust((public,))) == SignatureStatus.TRUSTED
    assert json.loads(sig)["key"] == public


def test_wrong_key_is_refused_when_required(tmp_path, signed, key_file):
    other = tmp_path / "other.pem"
    other_public = keygen(other)
    refuse(signed, tmp_path / "lib", "does not trust", Trust((other_public,), required=True))


def test_untrusted_key_is_accepted_when_not_required(tmp_path, signed):
    result = import_course(signed, tmp_path / "lib", trust=Trust())
    assert result.signature == SignatureStatus.UNTRUSTED


def test_unsigned_is_refused_when_required(tmp_path, public):
    package = pack(make_source(tmp_path / "src"), tmp_path / "plain.smartcourse").path
    refuse(package, tmp_path / "lib", "not signed", Trust((public,), required=True))


def test_manifest_altered_after_signing_is_refused_even_when_not_required(tmp_path, signed, public):
    altered = edit(signed, "course.json", lambda d: d.replace(b"Demo course", b"Evil course"))
    for trust in (Trust((public,), required=True), Trust()):
        refuse(altered, tmp_path / "lib", "altered after signing", trust)


def test_file_altered_after_signing_is_refused(tmp_path, signed, public):
    original = PAYLOAD["media/intro.mp4"]
    altered = edit(signed, "media/intro.mp4", lambda d: original[:-1] + bytes([original[-1] ^ 1]))
    refuse(altered, tmp_path / "lib", "media/intro.mp4: SHA-256 differs", Trust((public,), required=True))


def test_malformed_signature_is_refused(tmp_path, signed):
    broken = edit(signed, "course.sig", lambda d: b"not a signature")
    refuse(broken, tmp_path / "lib", "malformed signature", Trust())


def test_sign_produces_json_with_key(key_file, public):
    document = json.loads(sign(b"{}", load_private_key(key_file)))
    assert document["algorithm"] == "ed25519" and document["key"] == public
