"""The translation catalogues: extract, compile and check (docs/translating.md).

    python tools/i18n.py update    refresh the catalogues from the sources (then translate what is new)
    python tools/i18n.py release   compile the .qm and .mo files that are older than their source
    python tools/i18n.py check     list unfinished, vanished, missing or broken messages (exit 1 if any)

`./dev translations` runs all three. The GUI's strings (`tr()` in ui/) are Qt's: pyside6-lupdate
writes i18n/smartcourse_<lang>.ts and pyside6-lrelease compiles them; smartcourse_en.ts holds the
English plural forms only ("%n lessons"). The Qt-free core's strings (`_()` and `ngettext()` of
system/i18n.py) are gettext's: Babel extracts i18n/smartcourse.pot, merges it into
i18n/smartcourse_<lang>.po and compiles .mo files. Compiled files are build products, never committed.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "smartcourse_desktop"
I18N = PACKAGE / "i18n"
DOMAIN = "smartcourse"
LANGUAGES = ("sv",)  # translated languages; English is the source language
CORE_KEYWORDS = {"_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[a-z_]*\}|%\([a-z_]+\)[sd]|%[sd]")


def ui_sources() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py"))


def core_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


def qt_tool(name: str) -> str:
    """lupdate / lrelease of the PySide6 that this interpreter imports, else pyside6-NAME from PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        beside = Path(spec.origin).parent / (f"{name}.exe" if sys.platform == "win32" else name)
        if beside.exists():
            return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"i18n: {name} not found; install PySide6 (./dev installs it)")
    return found


def ts_file(language: str) -> Path:
    return I18N / f"{DOMAIN}_{language}.ts"


def po_file(language: str) -> Path:
    return I18N / f"{DOMAIN}_{language}.po"


# -- update ------------------------------------------------------------------------------------
def lupdate(target: Path, language: str, plural_only: bool = False) -> None:
    sources = [str(p.relative_to(ROOT)) for p in ui_sources()]
    options = ["-silent", "-locations", "relative", "-no-obsolete", "-source-language", "en",
               "-target-language", language, *(["-pluralonly"] if plural_only else [])]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources))
    try:
        subprocess.run([qt_tool("lupdate"), *options, f"@{listing.name}", "-ts", str(target)], cwd=ROOT, check=True)
    finally:
        Path(listing.name).unlink()


def extract_core() -> object:
    """The core's messages as a Babel catalogue (the .pot)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(project="SmartCourse Desktop", domain=DOMAIN, charset="utf-8")
    for path in core_sources():
        relative = str(path.relative_to(PACKAGE))
        for line, message, comments, context in extract_from_file("python", str(path), keywords=CORE_KEYWORDS,
                                                                  comment_tags=("Translators:",)):
            catalog.add(message, locations=[(relative, line)], auto_comments=comments, context=context,
                        flags=("python-brace-format",) if "{" in str(message) else ())
    return catalog


def update() -> None:
    from babel.messages.pofile import read_po, write_po

    lupdate(ts_file("en"), "en", plural_only=True)
    for language in LANGUAGES:
        lupdate(ts_file(language), language)
    template = extract_core()
    with (I18N / f"{DOMAIN}.pot").open("wb") as out:
        write_po(out, template, omit_header=True, sort_by_file=True)  # type: ignore[arg-type]
    for language in LANGUAGES:
        path = po_file(language)
        with path.open("rb") as source:
            catalog = read_po(source, locale=language)
        catalog.update(template, no_fuzzy_matching=False)  # type: ignore[arg-type]
        with path.open("wb") as out:
            write_po(out, catalog, omit_header=False, ignore_obsolete=True, sort_by_file=True, width=100)


# -- release -----------------------------------------------------------------------------------
def _stale(built: Path, source: Path) -> bool:
    return not built.exists() or built.stat().st_mtime < source.stat().st_mtime


def release(force: bool = False, out: Path = I18N) -> list[Path]:
    """Compile each .ts and .po into `out` (the package's i18n/ by default); the files built."""
    built = []
    for ts in sorted(I18N.glob(f"{DOMAIN}_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        if force or _stale(qm, ts):
            partial = qm.with_name(f".{qm.name}.partial")
            subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(partial)], check=True)
            partial.replace(qm)  # never rewritten in place: a running app has the old file mapped
        built.append(qm)
    for po in sorted(I18N.glob(f"{DOMAIN}_*.po")):
        mo = out / po.with_suffix(".mo").name
        if force or _stale(mo, po):
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with po.open("rb") as source:
                catalog = read_po(source)
            partial = mo.with_name(f".{mo.name}.partial")
            with partial.open("wb") as target:
                write_mo(target, catalog, use_fuzzy=False)
            partial.replace(mo)
        built.append(mo)
    return built


# -- check -------------------------------------------------------------------------------------
def ts_messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) → <message> of a .ts file."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def check_ts(path: Path, fresh: Path) -> list[str]:
    """Problems of one .ts file; `fresh` is what lupdate extracts from today's sources."""
    problems = []
    messages = ts_messages(path)
    for (context, source, _comment), message in messages.items():
        where = f"{path.name}: {context}: {source!r}"
        kind = message.find("translation").get("type") if message.find("translation") is not None else None
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {kind}")
            continue
        for text in _translations(message):
            expected = placeholders(source) - ({"%n"} if message.get("numerus") == "yes" else set())
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif not expected <= placeholders(text):
                problems.append(f"{where}: the translation {text!r} lacks {sorted(expected - placeholders(text))}")
    for context, source, _comment in sorted(set(ts_messages(fresh)) - set(messages)):
        problems.append(f"{path.name}: {context}: {source!r} is new in the sources and not in the catalogue")
    return problems


def check_po(path: Path, template: Iterable[object]) -> list[str]:
    from babel.messages.pofile import read_po

    with path.open("rb") as source:
        catalog = read_po(source)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        where = f"{path.name}: {ids[0]!r}"
        if message.fuzzy or not all(strings):
            problems.append(f"{where} is {'fuzzy' if message.fuzzy else 'untranslated'}")
        elif any(not placeholders(ids[-1]) - {"%n"} <= placeholders(text) for text in strings):
            problems.append(f"{where}: a translation lacks one of {sorted(placeholders(ids[-1]))}")
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}  # type: ignore[attr-defined]
    have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    problems += [f"{path.name}: {msgid!r} is new in the sources and not in the catalogue"
                 for msgid in sorted(wanted - have)]
    problems += [f"{path.name}: {msgid!r} has vanished from the sources" for msgid in sorted(have - wanted)]
    return problems


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language, plural_only in (("en", True), *((language, False) for language in LANGUAGES)):
            fresh = Path(scratch) / ts_file(language).name
            lupdate(fresh, language, plural_only)
            problems += check_ts(ts_file(language), fresh)
    template = extract_core()
    for language in LANGUAGES:
        problems += check_po(po_file(language), template)  # type: ignore[arg-type]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("update", "release", "check"))
    parser.add_argument("--force", action="store_true", help="release: compile even if up to date")
    args = parser.parse_args(argv)
    if args.step == "update":
        update()
    elif args.step == "release":
        release(args.force)
    else:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"i18n: {len(problems)} problem(s)" if problems else "i18n: every message is translated")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
