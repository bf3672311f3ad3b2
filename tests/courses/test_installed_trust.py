"""Installed courses are re-checked against today's trusted keys, and signed versions never roll back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from smartcourse_desktop.app import main
from smartcourse_desktop.courses.importer import DowngradeError, NotNewerError, import_course
from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.courses.packer import pack
from smartcourse_desktop.courses.signing import Trust, keygen, load_private_key
from tests.package_factory import COURSE_ID, make_source, snapshot

OTHER_ID = "org.example.other"


def signed_package(tmp_path: Path, key: str, version: str = "1.0", course_id: str = COURSE_ID) -> Path:
    out = tmp_path / f"{course_id}-{version}-{key}.smartcourse"
    source = make_source(tmp_path / f"src-{course_id}-{version}", version=version, course_id=course_id)
    return pack(source, out, load_private_key(tmp_path / f"{key}.pem")).path


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, str]:
    return {name: keygen(tmp_path / f"{name}.pem") for name in ("publisher", "stranger")}


def policy(paths, **values) -> None:
    lines = [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("\n".join(lines) + "\n")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_removed_signature_and_edited_manifest_fail_verify(tmp_path, capsys, paths, keys):
    policy(paths, trusted_keys=[keys["publisher"]])
    assert run(capsys, "import", str(signed_package(tmp_path, "publisher")))[0] == 0
    folder = paths.user_library / COURSE_ID
    assert run(capsys, "verify", COURSE_ID)[1] == f"{COURSE_ID}\tok\n"
    (folder / "course.sig").unlink()
    manifest = folder / "course.json"
    manifest.write_text(manifest.read_text().replace("Demo course", "Edited course"))
    code, out, _ = run(capsys, "verify", COURSE_ID)
    assert code == 1
    assert f"{COURSE_ID}\tuntrusted\tcourse.sig was removed after install" in out


def test_untrusted_signer_fails_verify(tmp_path, capsys, paths, keys):
    assert run(capsys, "import", str(signed_package(tmp_path, "stranger")))[0] == 0
    policy(paths, trusted_keys=[keys["publisher"]])
    code, out, _ = run(capsys, "verify")
    assert code == 1
    assert f"{COURSE_ID}\tuntrusted\tsigned by key '{keys['stranger']}', which this computer does not trust" in out


def test_key_no_longer_trusted_fails_verify(tmp_path, capsys, paths, keys):
    policy(paths, trusted_keys=[keys["publisher"]])
    run(capsys, "import", str(signed_package(tmp_path, "publisher")))
    policy(paths, trusted_keys=[keys["stranger"]])
    assert run(capsys, "verify", COURSE_ID)[0] == 1


def test_require_signed_lists_only_trusted_courses_with_reasons(tmp_path, capsys, paths, keys):
    extra = tmp_path / "share"
    import_course(signed_package(tmp_path, "publisher"), paths.user_library)
    import_course(make_source(tmp_path / "plain", course_id=OTHER_ID), paths.user_library)  # copied in unsigned
    import_course(signed_package(tmp_path, "stranger", course_id="org.example.share"), extra)
    system = tmp_path / "system"
    import_course(make_source(tmp_path / "sys", course_id="org.example.system"), system)
    policy(paths, require_signed=True, trusted_keys=[keys["publisher"]], extra_roots=[str(extra)],
           system_library=str(system))
    code, out, err = run(capsys, "list")
    assert code == 0
    ids = {line.split("\t")[0] for line in out.splitlines()}
    assert COURSE_ID in ids and "org.example.system" in ids
    assert OTHER_ID not in ids and "org.example.share" not in ids
    assert f"{OTHER_ID}: not signed, and this computer accepts only signed courses" in err
    assert "org.example.share: signed by key" in err
    assert any(line.split("\t")[2] == "bundled" for line in out.splitlines())
    code, out, _ = run(capsys, "verify")
    assert code == 1
    assert f"{OTHER_ID}\tuntrusted\tnot signed" in out


def test_require_signed_refuses_a_folder_whose_signature_was_removed(tmp_path, capsys, paths, keys):
    policy(paths, require_signed=True, trusted_keys=[keys["publisher"]])
    run(capsys, "import", str(signed_package(tmp_path, "publisher")))
    (paths.user_library / COURSE_ID / "course.sig").unlink()
    _, out, err = run(capsys, "list")
    assert COURSE_ID not in out
    assert "course.sig was removed after install" in err


@pytest.mark.parametrize("force", [False, True])
def test_signed_older_version_never_replaces_a_newer_one(tmp_path, keys, force):
    root = tmp_path / "lib"
    trust = Trust((keys["publisher"],), required=True)
    import_course(signed_package(tmp_path, "publisher", "2.0"), root, trust=trust)
    before = snapshot(root)
    with pytest.raises(DowngradeError, match="not allowed on this computer"):
        import_course(signed_package(tmp_path, "publisher", "1.0"), root, trust=trust, force=force)
    assert snapshot(root) == before
    assert load_course(root / COURSE_ID).version == "2.0"


def test_downgrade_allowed_by_policy_still_needs_force(tmp_path, keys):
    root = tmp_path / "lib"
    trust = Trust((keys["publisher"],), allow_downgrade=True)
    import_course(signed_package(tmp_path, "publisher", "2.0"), root, trust=trust)
    older = signed_package(tmp_path, "publisher", "1.0")
    with pytest.raises(NotNewerError):
        import_course(older, root, trust=trust)
    assert import_course(older, root, trust=trust, force=True).replaced_version == "2.0"


def test_import_force_cli_refuses_a_downgrade(tmp_path, capsys, paths, keys):
    run(capsys, "import", str(signed_package(tmp_path, "publisher", "2.0")))
    code, _, err = run(capsys, "import", "--force", str(signed_package(tmp_path, "publisher", "1.0")))
    assert code == 1
    assert err.startswith("smartcourse import: “Demo course” version 2.0 is installed; replacing it with the older 1.0")
    assert load_course(paths.user_library / COURSE_ID).version == "2.0"


def test_same_version_can_still_be_forced(tmp_path, keys):
    root = tmp_path / "lib"
    package = signed_package(tmp_path, "publisher")
    import_course(package, root)
    shutil.rmtree(root / COURSE_ID / "media")
    assert import_course(package, root, force=True).replaced_version == "1.0"
