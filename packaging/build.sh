#!/usr/bin/env bash
# Build the Linux release into dist/: the onedir app (dist/smartcourse/), a .tar.gz and a .deb.
#   ./dev package          installs the build tools (packaging/apt/build.txt, the `build` extra), then runs this
#   packaging/build.sh     when they are already there (PYTHON=… selects the interpreter, default .venv)
#   packaging/build.sh --repack   pack the existing dist/smartcourse/ again without PyInstaller
# The bundle carries a decoder-only FFmpeg built by packaging/ffmpeg-decoders.sh (once, into
# build/ffmpeg-decoders/; about 2 minutes) instead of Debian's; SMARTCOURSE_FFMPEG=system keeps Debian's.
# Steps: [decoder-only FFmpeg] → PyInstaller (packaging/smartcourse.spec) → VLC plugin cache → ICU data for the
# shipped languages only (packaging/trim_icu.py) → check every library resolves
# → .tar.gz → .deb (packaging/deb_depends.py: Depends for the system libraries not bundled).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
ARCH=$(dpkg --print-architecture)
MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
VERSION=$("$PYTHON" -c 'from smartcourse_desktop import __version__; print(__version__)')
APP=dist/smartcourse
INTERNAL=$APP/_internal
STAGE=build/deb/smartcourse
TARBALL=dist/smartcourse-$VERSION-linux-$(uname -m).tar.gz
DEB=dist/smartcourse_${VERSION}_$ARCH.deb

say() { echo "build.sh: $*" >&2; }

decoder_only_ffmpeg() {
    [[ ${SMARTCOURSE_FFMPEG:-} == system || -d build/ffmpeg-decoders/lib ]] && return 0
    say "building the decoder-only FFmpeg (packaging/ffmpeg-decoders.sh)"
    packaging/ffmpeg-decoders.sh >&2 || {
        say "the decoder-only FFmpeg failed; SMARTCOURSE_FFMPEG=system builds with Debian's (about 35 MB larger .deb)"
        exit 1
    }
}

build_bundle() {
    say "compiling the translations (tools/i18n.py release)"
    "$PYTHON" tools/i18n.py release --force
    say "PyInstaller → $APP"
    nice -n 10 "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/smartcourse.spec
    # libVLC rescans every plugin at each start without this cache; it must match the final files.
    "/usr/lib/$MULTIARCH/vlc/vlc-cache-gen" "$INTERNAL/vlc/plugins"
    local icu
    for icu in "$INTERNAL"/PySide6/Qt/lib/libicudata.so.*; do
        "$PYTHON" packaging/trim_icu.py "$icu" $(grep -v '^#' packaging/languages.txt) >&2
    done
}

check_bundle() {
    say "checking that every bundled library finds its dependencies"
    local missing
    missing=$(find "$INTERNAL" -name '*.so*' -type f -print0 |
        LD_LIBRARY_PATH="$INTERNAL" xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | sort -u || true)
    if [[ -n $missing ]]; then
        say "unresolved libraries (add their -dev/runtime package to packaging/apt/build.txt):"
        echo "$missing" >&2
        exit 1
    fi
}

pack_tarball() {
    say "→ $TARBALL"
    tar -C dist -czf "$TARBALL" --owner=0 --group=0 --numeric-owner smartcourse
}

stage_deb() {
    rm -rf "$STAGE"
    mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/DEBIAN" "$STAGE/usr/share/applications" \
        "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/metainfo" \
        "$STAGE/usr/share/doc/smartcourse"
    cp -a "$APP" "$STAGE/opt/smartcourse"
    ln -s /opt/smartcourse/smartcourse "$STAGE/usr/bin/smartcourse"
    install -m 644 packaging/linux/smartcourse.desktop "$STAGE/usr/share/applications/"
    install -m 644 assets/icons/smartcourse.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
    install -m 644 packaging/linux/smartcourse-mime.xml "$STAGE/usr/share/mime/packages/smartcourse.xml"
    sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" packaging/linux/org.smartcourse.SmartCourse.metainfo.xml \
        > "$STAGE/usr/share/metainfo/org.smartcourse.SmartCourse.metainfo.xml"
    install -m 644 packaging/policy.example.toml "$STAGE/usr/share/doc/smartcourse/"
    install -m 644 docs/deploying.md "$STAGE/usr/share/doc/smartcourse/"
    install -m 755 packaging/linux/postinst packaging/linux/postrm "$STAGE/DEBIAN/"
}

pack_deb() {
    stage_deb
    local depends size
    depends=$("$PYTHON" packaging/deb_depends.py "$STAGE/opt/smartcourse")
    [[ -n $depends ]] || { say "dpkg-shlibdeps found no dependencies"; exit 1; }
    size=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
    sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
        packaging/linux/control.in > "$STAGE/DEBIAN/control"
    say "→ $DEB (Depends: $depends)"
    # xz at its strongest: about 2 MB smaller than the default for a minute more of packing.
    dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --build "$STAGE" "$DEB" >/dev/null
}

[[ ${1:-} == --repack ]] || { decoder_only_ffmpeg; build_bundle; }  # --repack: only pack the existing dist/smartcourse again
check_bundle
pack_tarball
pack_deb
say "done: $APP/ $TARBALL $DEB"
ls -la "$TARBALL" "$DEB" >&2
