"""The command line in Swedish: real failures, run as a learner or IT would run them (a subprocess
with LANGUAGE=sv), say what is wrong in Swedish and in no English sentence; with LANGUAGE=en they
stay English. And every message the core raises goes through _() (an ast scan of the sources)."""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.system.errors import SmartCourseError
from tests.package_factory import manifest, write_zip

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "smartcourse_desktop"
# Words that only an English sentence has; file names and course ids in the output are removed first.
ENGLISH = re.compile(r"\b(the|is|are|not|cannot|can't|and|of|with|must|usage|error|arguments|required|missing)\b",
                     re.IGNORECASE)


def smartcourse(*args: str, language: str, cwd: Path) -> str:
    """stderr and stdout of `smartcourse ARGS` in a session whose language is `language`."""
    env = dict(os.environ, LANGUAGE=language, LC_ALL="sv_SE.UTF-8" if language == "sv" else "C.UTF-8")
    done = subprocess.run([sys.executable, "-m", "smartcourse_desktop", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode != 0 or "--help" in args, done
    return (done.stderr + done.stdout).replace(str(cwd), "DIR")


def english_words(text: str) -> list[str]:
    """English words outside quoted names (file names, keys, values), paths and command names."""
    text = re.sub(r"'[^']*'|”[^”]*”|DIR\S*|smartcourse[\w.-]*|--?[\w-]+|[A-Z_]{2,}\S*|\S+\.(?:toml|pdf)", "", text)
    return ENGLISH.findall(text)


def damaged_package(folder: Path) -> Path:
    package = folder / "damaged.smartcourse"
    package.write_bytes(b"PK\x03\x04" + b"cut off in the middle of a download" * 20)
    return package


def package_with_bad_manifest(folder: Path) -> Path:
    data = manifest()
    del data["title"]
    return write_zip(folder / "bad.smartcourse", [("course.json", json.dumps(data).encode())])


def package_with_unsafe_entry(folder: Path) -> Path:
    return write_zip(folder / "unsafe.smartcourse", [("course.json", b"{}"), ("../evil.txt", b"x")])


def broken_policy(folder: Path) -> Path:
    policy = folder / "policy.toml"
    policy.write_text('trusted_key = ["k"]\nallow_import = "no"\n', encoding="utf-8")
    return policy


def not_a_pdf(folder: Path) -> Path:
    path = folder / "certificate.pdf"
    path.write_text("this is a letter, not a certificate", encoding="utf-8")
    return path


CASES = {
    "damaged zip": (lambda d: ["import", str(damaged_package(d))],
                    "kursfilen är skadad eller ofullständig", "damaged or truncated package"),
    "bad manifest": (lambda d: ["import", str(package_with_bad_manifest(d))],
                     "fältet 'title' saknas", "the field 'title' is missing"),
    "unsafe zip entry": (lambda d: ["import", str(package_with_unsafe_entry(d))],
                         "sökvägen går utanför sin mapp", "path traversal or empty segment"),
    "broken policy": (lambda d: ["policy", "check", str(broken_policy(d))],
                      "allow_import: måste vara av typen boolean", "allow_import: must be of type boolean"),
    "certificate not a PDF": (lambda d: ["verify-certificate", str(not_a_pdf(d))],
                              "går inte att läsa som PDF-fil: filen är skadad eller inte en PDF-fil",
                              "can't be read as a PDF: the file is damaged or not a PDF"),
    "help": (lambda _d: ["import", "--help"],
             "installera för alla användare av den här datorn", "install for every user of this computer"),
    "argparse's own words": (lambda _d: ["import"],
                             "fel: de här argumenten krävs: PATH", "error: the following arguments are required"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_failure_is_reported_in_swedish_and_in_english(case: str, paths, tmp_path: Path) -> None:
    args, swedish, english = CASES[case]
    argv = args(tmp_path)
    said = smartcourse(*argv, language="sv", cwd=tmp_path)
    assert swedish in said, said
    assert english_words(said) == [], said
    assert english in smartcourse(*argv, language="en", cwd=tmp_path)


# -- every raised message is translatable -------------------------------------------------------
def _core_modules() -> list[Path]:
    """Every module outside ui/, but __main__ (importing it runs the app)."""
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "ui" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py")


def _is_translated(node: ast.expr) -> bool:
    """_("…"), ngettext(…), or one of them followed by .format(…)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_translated(node.func.value)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext")


def _is_text(node: ast.expr) -> bool:
    """A literal message: "…", f"…", "…" + …, or "…".format(…)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def untranslated_raises(tree: ast.AST, names: dict[str, object], where: str) -> list[str]:
    """`raise SomeSmartCourseError("literal")`: a message a user would read in English."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        error = names.get(node.exc.func.id) if isinstance(node.exc.func, ast.Name) else None
        if isinstance(error, type) and issubclass(error, SmartCourseError):
            found += [f"{where}:{node.lineno}: {ast.unparse(arg)[:80]}"
                      for arg in node.exc.args if _is_text(arg) and not _is_translated(arg)]
    return found


def test_every_message_the_core_raises_goes_through_gettext() -> None:
    found = []
    for path in _core_modules():
        module = importlib.import_module(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += untranslated_raises(tree, vars(module), str(path.relative_to(PACKAGE)))
    assert found == []


def test_the_scan_finds_an_untranslated_raise_and_leaves_log_messages_alone() -> None:
    from smartcourse_desktop.system.errors import LibraryError

    tree = ast.parse('''
def f(path):
    log.warning("%s is not for the learner", path)
    if path:
        raise ValueError("a programming error, never shown")
    raise LibraryError(f"cannot open {path}")

def g(path):
    raise LibraryError(_("cannot open {path}").format(path=path))

def h(path):
    raise LibraryError("cannot open " + str(path))
''')
    found = untranslated_raises(tree, {"LibraryError": LibraryError, "ValueError": ValueError}, "sample")
    assert found == ["sample:6: f'cannot open {path}'", "sample:12: 'cannot open ' + str(path)"]
