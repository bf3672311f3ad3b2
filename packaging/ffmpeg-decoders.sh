#!/usr/bin/env bash
# A decoder-only FFmpeg with the same version and ABI as Debian's (libavcodec59, libavutil57,
# libswscale6), for the bundle: Debian's libavcodec links every encoder (x265, aom, SvtAv1, codec2,
# rsvg …), about 100 MiB of libraries the player never uses, and is GPL; this build is LGPL-only.
#   packaging/ffmpeg-decoders.sh            → build/ffmpeg-decoders/lib/*.so*
# Needs deb-src entries for Debian's archive (apt-get source), nasm and a C compiler.
# packaging/build.sh uses the result when it exists (SMARTCOURSE_FFMPEG=system turns that off).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(dpkg-query -W -f='${Version}' libavcodec59)   # e.g. 7:5.1.9-0+deb12u1
WORK=build/ffmpeg-src
OUT=$(pwd)/build/ffmpeg-decoders
if [[ -z $(apt-cache showsrc ffmpeg 2>/dev/null) ]]; then
    cat >&2 <<'MSG'
ffmpeg-decoders.sh: apt knows no source packages. Add deb-src entries, e.g. on Debian 12 a file
/etc/apt/sources.list.d/debian-src.sources with
    Types: deb-src
    URIs: http://deb.debian.org/debian
    Suites: bookworm bookworm-updates
    Components: main
    Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
(and the same for http://deb.debian.org/debian-security, Suites: bookworm-security), then apt-get update.
MSG
    exit 1
fi
mkdir -p "$WORK"
cd "$WORK"
[[ -f ffmpeg_${VERSION#*:}.dsc ]] || apt-get source --download-only -q "ffmpeg=$VERSION"
SRC=ffmpeg-${VERSION#*:}
SRC=${SRC%-*}
[[ -d $SRC ]] || dpkg-source -x "ffmpeg_${VERSION#*:}.dsc" "$SRC"
cd "$SRC"
./configure --prefix="$OUT" --enable-shared --disable-static --disable-programs --disable-doc \
    --disable-autodetect --disable-everything --enable-pthreads --enable-x86asm \
    --disable-avdevice --disable-avformat --disable-avfilter --disable-postproc --disable-swresample \
    --enable-decoder=h264,aac,aac_fixed,aac_latm,mp3,mp3float,mp2,mp2float,opus,vorbis,flac,pcm_s16le,pcm_f32le \
    --enable-parser=h264,aac,aac_latm,mpegaudio,opus,vorbis,flac \
    --disable-debug --extra-version="smartcourse-decoders" >/dev/null
nice -n 10 make -j"$(nproc)" >/dev/null
make install >/dev/null
ls -la "$OUT/lib"
