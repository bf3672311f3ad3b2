"""List the modules of the core (everything but ui/) that have no test module of their own.

tests/ mirrors src/smartcourse_desktop/: the module `records/store.py` is tested in
`tests/records/test_store.py` (or `test_store_*.py`). Run: python tools/untested_modules.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "smartcourse_desktop"
TESTS = ROOT / "tests"
NO_BEHAVIOUR = {"__init__.py", "__main__.py", "system/errors.py"}  # declarations only


def untested() -> list[str]:
    missing = []
    for module in sorted(PACKAGE.rglob("*.py")):
        relative = module.relative_to(PACKAGE)
        if module.name in NO_BEHAVIOUR or relative.as_posix() in NO_BEHAVIOUR or relative.parts[0] == "ui":
            continue
        folder = TESTS.joinpath(*relative.parts[:-1])
        if len(relative.parts) == 1:
            folder = TESTS
        if not list(folder.glob(f"test_{module.stem}.py")) + list(folder.glob(f"test_{module.stem}_*.py")):
            missing.append(relative.as_posix())
    return missing


if __name__ == "__main__":
    names = untested()
    print("\n".join(names) or "every core module has a test module")
    sys.exit(0)
