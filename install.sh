#!/bin/sh
# Installs linesmith from a release: picks the asset for this OS, CPU and C library, checks its
# SHA-256 against the release's SHA256SUMS, copies the binary to ~/.local/bin (or
# $LINESMITH_INSTALL_DIR), and runs `linesmith install` so that Claude Code's statusLine uses it.
#
#   curl -fsSL https://github.com/linesmith/linesmith/releases/latest/download/install.sh | sh
#
# Environment: LINESMITH_VERSION (a tag such as v0.1.0; default: the latest release), LINESMITH_REPO
# (owner/name on GitHub),
# LINESMITH_BASE_URL (where the assets are; default: the GitHub release), LINESMITH_INSTALL_DIR.
# Arguments are passed on to `linesmith install` (for example --refresh 5).
set -eu

repo_url=https://github.com/${LINESMITH_REPO:-linesmith/linesmith}/releases
version=${LINESMITH_VERSION:-latest}
if [ -n "${LINESMITH_BASE_URL:-}" ]; then
  base=${LINESMITH_BASE_URL%/}
elif [ "$version" = latest ]; then
  base=$repo_url/latest/download
else
  base=$repo_url/download/$version
fi
dir=${LINESMITH_INSTALL_DIR:-$HOME/.local/bin}

fail() {
  echo "linesmith install.sh: $*" >&2
  exit 1
}

# The asset for this machine; the names match .github/workflows/release.yml.
os=$(uname -s)
cpu=$(uname -m)
case $os in
  Linux)
    case $cpu in
      # One fully static executable: any glibc, musl (Alpine), or none (docs/adr/0016-release-targets.md).
      x86_64 | amd64) asset=linesmith-linux-x64.tar.gz ;;
      aarch64 | arm64)
        if ls /lib/ld-musl-aarch64.so.1 >/dev/null 2>&1; then
          fail "no release build for musl on arm64 (Alpine arm64); build from source: scripts/install"
        fi
        asset=linesmith-linux-arm64.tar.gz ;;
      *) fail "no release build for Linux on $cpu (there are x86_64 and aarch64); build from source: scripts/install" ;;
    esac ;;
  Darwin)
    case $cpu in
      arm64) asset=linesmith-osx-arm64.tar.gz ;;
      x86_64) asset=linesmith-osx-x64.tar.gz ;;
      *) fail "no release build for macOS on $cpu" ;;
    esac ;;
  MINGW* | MSYS* | CYGWIN* | Windows_NT)
    fail "on Windows use install.ps1: irm $repo_url/latest/download/install.ps1 | iex" ;;
  *) fail "no release build for $os $cpu (there are Linux, macOS and Windows builds); build from source: scripts/install" ;;
esac

if command -v curl >/dev/null 2>&1; then
  fetch() { curl -fsSL --retry 2 -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
  fetch() { wget -q -O "$2" "$1"; }
else
  fail "needs curl or wget"
fi
if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d ' ' -f 1; }
elif command -v shasum >/dev/null 2>&1; then
  sha256() { shasum -a 256 "$1" | cut -d ' ' -f 1; }
else
  fail "needs sha256sum or shasum to check the download"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
fetch "$base/$asset" "$work/$asset" || fail "cannot download $base/$asset"
fetch "$base/SHA256SUMS" "$work/SHA256SUMS" || fail "cannot download $base/SHA256SUMS"

expected=$(awk -v name="$asset" '$2 == name || $2 == "*" name { print $1; exit }' "$work/SHA256SUMS")
[ -n "$expected" ] || fail "SHA256SUMS has no entry for $asset; nothing installed"
actual=$(sha256 "$work/$asset")
[ "$actual" = "$expected" ] || fail "checksum mismatch for $asset (expected $expected, got $actual); nothing installed"

tar -xzf "$work/$asset" -C "$work" linesmith || fail "$asset does not hold a linesmith executable"
mkdir -p "$dir"
# The fetcher (linesmith-fetch: the usage request, with HTTP and TLS), in releases that carry it, goes
# beside linesmith, where linesmith looks for it; first, so that the new linesmith never runs without it.
if tar -xzf "$work/$asset" -C "$work" linesmith-fetch 2>/dev/null; then
  cp "$work/linesmith-fetch" "$dir/.linesmith-fetch.$$.tmp"
  chmod 0755 "$dir/.linesmith-fetch.$$.tmp"
  mv -f "$dir/.linesmith-fetch.$$.tmp" "$dir/linesmith-fetch"
  echo "installed: $dir/linesmith-fetch (the usage request linesmith starts)"
fi
# Copy beside the target, then rename: a running Claude Code never sees a half-written file.
cp "$work/linesmith" "$dir/.linesmith.$$.tmp"
chmod 0755 "$dir/.linesmith.$$.tmp"
mv -f "$dir/.linesmith.$$.tmp" "$dir/linesmith"
echo "installed: $dir/linesmith ($("$dir/linesmith" --version))"
# The config editor (linesmith config), in releases that carry it, goes beside linesmith, where
# `linesmith config` looks for it.
if tar -xzf "$work/$asset" -C "$work" linesmith-config 2>/dev/null; then
  cp "$work/linesmith-config" "$dir/.linesmith-config.$$.tmp"
  chmod 0755 "$dir/.linesmith-config.$$.tmp"
  mv -f "$dir/.linesmith-config.$$.tmp" "$dir/linesmith-config"
  echo "installed: $dir/linesmith-config (linesmith config: the interactive editor)"
fi
case ":$PATH:" in
  *":$dir:"*) ;;
  *) echo "note: $dir is not on PATH; Claude Code uses the absolute path, but add it to run linesmith by name" ;;
esac
"$dir/linesmith" install "$@"
