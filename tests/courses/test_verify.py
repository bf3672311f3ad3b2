from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.courses.verify import verify_course
from tests.package_factory import make_source


def installed(tmp_path):
    return import_course(make_source(tmp_path / "src"), tmp_path / "lib").folder


def test_intact_course_is_ok(tmp_path):
    calls = []
    report = verify_course(load_course(installed(tmp_path)), progress=lambda d, t: calls.append((d, t)))
    assert report.ok
    assert calls[-1][0] == calls[-1][1]


def test_missing_changed_and_replaced_by_symlink(tmp_path):
    folder = installed(tmp_path)
    (folder / "media" / "intro.m4a").unlink()
    (folder / "captions" / "intro.en.vtt").write_bytes(b"WEBVTT\n\n00:00.000 --> 00:02.000\nHellO\n")
    (folder / "images" / "fig.png").unlink()
    (folder / "images" / "fig.png").symlink_to(folder / "media" / "intro.mp4")
    report = verify_course(load_course(folder))
    assert report.missing == ("media/intro.m4a",)
    assert set(report.changed) == {"captions/intro.en.vtt", "images/fig.png"}


def test_signed_manifest_edited_after_install(tmp_path):
    from smartcourse_desktop.courses.packer import pack
    from smartcourse_desktop.courses.signing import keygen, load_private_key

    keygen(tmp_path / "k.pem")
    package = pack(make_source(tmp_path / "src"), tmp_path / "p.smartcourse", load_private_key(tmp_path / "k.pem"))
    folder = import_course(package.path, tmp_path / "lib").folder
    manifest = folder / "course.json"
    manifest.write_text(manifest.read_text().replace("Demo course", "Edited course"))
    assert verify_course(load_course(folder)).changed == ("course.json",)
