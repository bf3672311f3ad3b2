import json
import zipfile

import pytest

from smartcourse_desktop.app import main
from tests.package_factory import COURSE_ID, make_source, snapshot, source_entries, write_zip


@pytest.fixture
def package(tmp_path):
    source = make_source(tmp_path / "src")
    assert main(["pack", str(source), "-o", str(tmp_path / "demo.smartcourse")]) == 0
    return tmp_path / "demo.smartcourse"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_policy(paths, text):
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(text)


def test_pack_import_list(capsys, package, paths):
    capsys.readouterr()
    code, out, err = run(capsys, "import", str(package))
    assert (code, err) == (0, "")
    assert "imported “Demo course” version 1.0" in out and COURSE_ID not in out.split(" into ")[0]
    code, out, _ = run(capsys, "list", "--json")
    row = next(r for r in json.loads(out) if r["id"] == COURSE_ID)
    assert row["root"] == "user"
    assert row["path"] == str(paths.user_library / COURSE_ID)


def test_import_same_version_fails_with_one_line_and_force_replaces(capsys, package):
    run(capsys, "import", str(package))
    code, _, err = run(capsys, "import", str(package))
    assert code == 1
    assert err.count("\n") == 1 and "already installed" in err and "--force" in err
    code, out, _ = run(capsys, "import", "--force", str(package))
    assert code == 0 and "replacing version 1.0" in out


def test_import_system(capsys, package, paths):
    code, _, err = run(capsys, "import", "--system", str(package))
    assert (code, err) == (0, "")
    assert (paths.system_library / COURSE_ID / "course.json").is_file()


def test_hostile_import_fails_cleanly(capsys, tmp_path, paths):
    source = make_source(tmp_path / "src2")
    hostile = write_zip(tmp_path / "evil.smartcourse", [*source_entries(source), ("../evil", b"x")])
    before = snapshot(paths.user_library)
    code, out, err = run(capsys, "import", str(hostile))
    assert code == 1 and out == ""
    assert err == "smartcourse import: entry '../evil': path traversal or empty segment\n"
    assert snapshot(paths.user_library) == before


def test_import_refused_by_policy_but_system_allowed(capsys, package, paths):
    write_policy(paths, "allow_import = false\n")
    code, _, err = run(capsys, "import", str(package))
    assert code == 1 and "turned off" in err
    assert run(capsys, "import", "--system", str(package))[0] == 0


def test_verify_reports_missing_and_changed(capsys, package, paths):
    run(capsys, "import", str(package))
    code, out, _ = run(capsys, "verify", COURSE_ID)
    assert code == 0 and out == f"{COURSE_ID}\tok\n"
    folder = paths.user_library / COURSE_ID
    (folder / "images" / "fig.png").unlink()
    (folder / "readings" / "r1.md").write_bytes(b"# Changed\n\n![A figure](../images/fig.png)\n")
    code, out, err = run(capsys, "verify", COURSE_ID)
    assert code == 1
    assert f"{COURSE_ID}\tmissing\timages/fig.png" in out
    assert f"{COURSE_ID}\tchanged\treadings/r1.md" in out
    assert err == "smartcourse verify: 1 of 1 courses have missing, changed or untrusted files\n"


def test_verify_all_and_unknown(capsys, package):
    run(capsys, "import", str(package))
    code, out, _ = run(capsys, "verify")
    assert code == 0 and f"{COURSE_ID}\tok" in out
    code, _, err = run(capsys, "verify", "no.such.course")
    assert code == 1 and "no installed course" in err


def test_remove(capsys, package, paths):
    run(capsys, "import", str(package))
    code, out, _ = run(capsys, "remove", COURSE_ID)
    assert code == 0 and "removed “Demo course” version 1.0" in out
    assert list(paths.user_library.iterdir()) == []
    code, _, err = run(capsys, "remove", COURSE_ID)
    assert code == 1 and "no installed course" in err


def test_remove_refuses_read_only_root(capsys, tmp_path, package, paths):
    extra = tmp_path / "it-share"
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            target = extra / COURSE_ID / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(info))
    write_policy(paths, f'extra_roots = ["{extra}"]\n')
    code, _, err = run(capsys, "remove", COURSE_ID)
    assert code == 1 and "read-only extra library" in err and "“Demo course”" in err and COURSE_ID not in err
    assert (extra / COURSE_ID / "course.json").is_file()


def test_keygen_sign_and_require_signed(capsys, tmp_path, paths):
    key = tmp_path / "publisher.pem"
    code, out, _ = run(capsys, "keygen", "-o", str(key))
    public = key.with_name("publisher.pem.pub").read_text().strip()
    assert code == 0 and public in out
    source = make_source(tmp_path / "src3")
    assert run(capsys, "pack", "--sign", str(key), str(source), "-o", str(tmp_path / "s.smartcourse"))[0] == 0
    assert run(capsys, "pack", str(source), "-o", str(tmp_path / "u.smartcourse"))[0] == 0
    write_policy(paths, f'require_signed = true\ntrusted_keys = ["{public}"]\n')
    code, _, err = run(capsys, "import", str(tmp_path / "u.smartcourse"))
    assert code == 1 and "not signed" in err
    code, out, _ = run(capsys, "import", str(tmp_path / "s.smartcourse"))
    assert code == 0 and "signed by a trusted key" in out


def test_pack_with_missing_key_fails_cleanly(capsys, tmp_path):
    source = make_source(tmp_path / "src4")
    code, _, err = run(capsys, "pack", "--sign", str(tmp_path / "nope.pem"), str(source), "-o", str(tmp_path / "x"))
    assert code == 1 and "cannot read the key" in err and err.count("\n") == 1
