"""Print the .deb's Depends: the Debian packages of the libraries the bundle needs but does not carry.

    python packaging/deb_depends.py STAGE/opt/smartcourse

dpkg-shlibdeps gives versioned dependencies for every ELF file, but it also names the packages of
libraries that are inside the bundle (libavcodec, libvlccore …). So the bundle's NEEDED entries that
no bundled file satisfies are mapped to their packages with ldconfig and dpkg -S, and only those
packages are kept from dpkg-shlibdeps' answer.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return set(NEEDED.findall(out))


def system_library_paths() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for match in re.finditer(r"^\s*(\S+) \((libc6,x86-64|[^)]*64[^)]*)\) => (\S+)$", out, re.M):
        paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_package(path: str) -> str:
    for candidate in (path, str(Path(path).resolve())):
        usr_merged = (candidate.replace("/usr/lib/", "/lib/", 1), candidate.replace("/lib/", "/usr/lib/", 1))
        for variant in (candidate, *usr_merged):
            result = subprocess.run(["dpkg", "-S", variant], capture_output=True, text=True)
            if result.returncode == 0:
                return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"no Debian package owns {path}")


def external_packages(root: Path, elves: list[Path]) -> set[str]:
    bundled = {path.name for path in root.rglob("*")}
    wanted = set().union(*(needed(path) for path in elves)) - bundled
    system = system_library_paths()
    missing = sorted(name for name in wanted if name not in system)
    if missing:
        raise SystemExit(f"needed but neither bundled nor installed: {missing}")
    return {owning_package(system[name]) for name in wanted}


def shlibdeps(root: Path, elves: list[Path]) -> list[str]:
    private = sorted({f"-l{path.parent.resolve()}" for path in elves if ".so" in path.name})
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "debian").mkdir()
        (Path(work) / "debian" / "control").write_text(
            "Source: smartcourse\n\nPackage: smartcourse\nArchitecture: any\n")
        result = subprocess.run(["dpkg-shlibdeps", "-O", "--ignore-missing-info", *private,
                                 *(str(path.resolve()) for path in elves)], cwd=work, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed: {result.stderr[-2000:]}")
    out = result.stdout
    line = out.strip().removeprefix("shlibs:Depends=")
    return [item.strip() for item in line.split(",") if item.strip()]


def package_name(alternative: str) -> str:
    return alternative.strip().split(" ", 1)[0]


def depends(root: Path) -> str:
    elves = elf_files(root)
    external = external_packages(root, elves)
    kept = [item for item in shlibdeps(root, elves) if any(package_name(alt) in external for alt in item.split("|"))]
    named = {package_name(alt) for item in kept for alt in item.split("|")}
    kept += sorted(external - named)  # no shlibs info: depend without a version
    return ", ".join(kept)


if __name__ == "__main__":
    print(depends(Path(sys.argv[1])))
