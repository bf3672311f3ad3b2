"""The catalogues (src/smartcourse_desktop/i18n) are complete: tools/i18n.py check, as CI runs it.

A new tr() or _() string without a Swedish translation turns this red; `./dev translations`
refreshes the catalogues and lists what is left (docs/translating.md)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smartcourse_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def i18n() -> ModuleType:
    return load_tool()


def test_every_message_is_translated_and_none_is_missing_or_vanished(i18n: ModuleType) -> None:
    assert i18n.check() == []


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>W</name>
    <message><source>Kept</source><translation>Kvar</translation></message>
    <message><source>New</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Borta</translation></message>
    <message><source>Gone too</source><translation type="obsolete">Borta också</translation></message>
    <message><source>Remove “%1” and free %2?</source><translation>Ta bort ”%1”?</translation></message>
    <message numerus="yes"><source>%n result(s) for %1</source>
        <translation><numerusform>%n träff</numerusform><numerusform>%n träffar för %1</numerusform></translation>
    </message>
</context>
</TS>
"""
FRESH = TS.replace("<message><source>Kept</source>", "<message><source>Added</source><translation/></message>"
                   "<message><source>Kept</source>")


def test_the_check_names_unfinished_vanished_new_and_broken_messages(i18n: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "smartcourse_sv.ts").write_text(TS, encoding="utf-8")
    (tmp_path / "fresh.ts").write_text(FRESH, encoding="utf-8")
    problems = "\n".join(i18n.check_ts(tmp_path / "smartcourse_sv.ts", tmp_path / "fresh.ts"))
    assert "'New' is unfinished" in problems
    assert "'Gone' is vanished" in problems and "'Gone too' is obsolete" in problems
    assert "'Added' is new in the sources" in problems
    assert "'Remove “%1” and free %2?': the translation 'Ta bort ”%1”?' lacks ['%2']" in problems
    assert "the translation '%n träff' lacks ['%1']" in problems
    assert "'Kept'" not in problems


def test_the_check_names_untranslated_and_broken_core_messages(i18n: ModuleType, tmp_path: Path) -> None:
    po = tmp_path / "smartcourse_sv.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
                  'msgid "{path}: {problem}"\nmsgstr "{path}: {problem}"\n\n'
                  'msgid "{path} is missing"\nmsgstr "saknas"\n\n'
                  'msgid "interrupted"\nmsgstr ""\n\n'
                  'msgid "old"\nmsgstr "gammal"\n', encoding="utf-8")
    from babel.messages.catalog import Catalog

    template = Catalog()
    for message in ("{path}: {problem}", "{path} is missing", "interrupted", "brand new"):
        template.add(message)
    problems = "\n".join(i18n.check_po(po, template))
    assert "'interrupted' is untranslated" in problems
    assert "'{path} is missing': a translation lacks one of ['{path}']" in problems
    assert "'brand new' is new in the sources" in problems and "'old' has vanished" in problems
    assert "'{path}: {problem}'" not in problems


def test_release_compiles_every_catalogue(i18n: ModuleType, tmp_path: Path) -> None:
    built = {path.name for path in i18n.release(force=True, out=tmp_path)}
    assert {"smartcourse_sv.qm", "smartcourse_en.qm", "smartcourse_sv.mo"} <= built
    assert all((tmp_path / name).stat().st_size > 0 for name in built)


def test_lupdate_and_lrelease_come_with_pyside6(i18n: ModuleType) -> None:
    assert Path(i18n.qt_tool("lupdate")).exists() and Path(i18n.qt_tool("lrelease")).exists()
    assert shutil.which(i18n.qt_tool("lrelease"))


def tr_calls() -> list[tuple[str, str, str, int]]:
    """(context, source, file, line) of each translated literal in ui/, as Qt looks it up at run time."""
    import ast

    found = []
    for path in sorted((ROOT / "src" / "smartcourse_desktop" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {id(node): cls.name for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                   for node in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args]
            where = str(path.relative_to(ROOT))
            if name == "tr" and literal[0] is not None:
                receiver = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
                context = classes.get(id(node), "") if receiver == "self" else f"<{receiver or 'call'}.tr>"
                found.append((context, literal[0], where, node.lineno))
            elif name == "translate" and len(args) >= 2 and literal[0] is not None and literal[1] is not None:
                found.append((literal[0], literal[1], where, node.lineno))
    return found


def test_every_translated_literal_is_in_the_catalogue_under_its_run_time_context(i18n: ModuleType) -> None:
    """lupdate misses tr() inside f-strings, and files `parent.tr()` under "parent", a context Qt never
    asks for: such strings stay English whatever the catalogue says."""
    catalogue = {(context, source) for context, source, _comment in i18n.ts_messages(i18n.ts_file("sv"))}
    missing = [f"{where}:{line}: {context}: {source!r}" for context, source, where, line in tr_calls()
               if (context, source) not in catalogue]
    assert missing == []
