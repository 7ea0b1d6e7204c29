# Shared by the scripts: make sure the tools they need are here, installing only what is missing.
# Sourced, not run.

apt_updated=0
apt_install() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "linesmith: '$*' is missing and installing it needs root: sudo apt-get install -y $*" >&2
    return 1
  fi
  if [[ $apt_updated -eq 0 ]]; then
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_dotnet() {
  if command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    return 0
  fi
  echo "linesmith: the .NET 10 SDK is missing; trying apt-get install dotnet-sdk-10.0" >&2
  apt_install dotnet-sdk-10.0 || {
    echo "linesmith: could not install the .NET 10 SDK; install it (https://dotnet.microsoft.com/download) and rerun" >&2
    return 1
  }
}

# The target: a runtime identifier (default linux-x64) and, on Linux, whether the executable is
# fully static. Every script takes --rid RID and --static (or LINESMITH_RID / LINESMITH_STATIC=1);
# parse_target_options keeps the other arguments in target_args for the script's own use.
target_rid=${LINESMITH_RID:-linux-x64}
target_static=${LINESMITH_STATIC:-0}
target_args=()
parse_target_options() {
  while [[ $# -gt 0 ]]; do
    case $1 in
      --rid) [[ $# -ge 2 ]] || { echo "linesmith: --rid needs a runtime identifier (linux-x64, linux-arm64, ...)" >&2; return 2; }
        target_rid=$2; shift 2 ;;
      --rid=*) target_rid=${1#--rid=}; shift ;;
      --static) target_static=1; shift ;;
      *) target_args+=("$1"); shift ;;
    esac
  done
  case $target_rid in
    linux-x64 | linux-arm64 | linux-musl-x64 | linux-musl-arm64 | osx-x64 | osx-arm64 | win-x64 | win-arm64) ;;
    *) echo "linesmith: unknown runtime identifier '$target_rid'" >&2; return 2 ;;
  esac
  if [[ $target_static -eq 1 && $target_rid != linux-* ]]; then
    echo "linesmith: --static is for Linux targets only (not $target_rid)" >&2
    return 2
  fi
}

# Where publish_binary puts the executable: artifacts/bin for the default linux-x64, else one folder
# per target, so that builds for several targets sit side by side.
target_dir() {
  if [[ $target_rid == linux-x64 && $target_static -eq 0 ]]; then
    echo artifacts/bin
  elif [[ $target_static -eq 1 ]]; then
    echo "artifacts/bin-$target_rid-static"
  else
    echo "artifacts/bin-$target_rid"
  fi
}

host_arch() {
  case $(uname -m) in
    x86_64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *) uname -m ;;
  esac
}

# NativeAOT links with the platform C toolchain; a static or cross build needs more (docs/adr/0016-release-targets.md).
ensure_native_toolchain() {
  if ! command -v gcc >/dev/null 2>&1 && ! command -v clang >/dev/null 2>&1; then
    echo "linesmith: no C compiler for the NativeAOT link step; installing gcc" >&2
    apt_install gcc libc6-dev
  fi
  local need=()
  if [[ $target_static -eq 1 ]]; then
    # lld links the static image; OpenSSL is linked in from its static archives.
    command -v ld.lld >/dev/null 2>&1 || need+=(lld)
    [[ -f /usr/lib/$(uname -m)-linux-gnu/libssl.a ]] || need+=(libssl-dev)
  fi
  if [[ $target_rid == linux-arm64 && $(host_arch) != arm64 ]]; then
    command -v clang >/dev/null 2>&1 || need+=(clang)
    command -v llvm-objcopy >/dev/null 2>&1 || need+=(llvm)
    command -v ld.lld >/dev/null 2>&1 || need+=(lld)
    command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || need+=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu)
    [[ -d /usr/aarch64-linux-gnu/lib ]] || need+=(libc6-dev-arm64-cross)
  fi
  [[ ${#need[@]} -eq 0 ]] || apt_install "${need[@]}"
}

# Runs an arm64 executable on an x64 host: qemu-user, binfmt_misc (so tests start it like any
# program), and arm64 libc from Debian's multiarch for the dynamically linked binary.
ensure_emulation() {
  [[ $target_rid == linux-arm64 && $(host_arch) != arm64 ]] || return 0
  command -v qemu-aarch64 >/dev/null 2>&1 || apt_install qemu-user qemu-user-static binfmt-support
  if [[ ! -e /lib/ld-linux-aarch64.so.1 ]]; then
    dpkg --add-architecture arm64
    apt_updated=0
    apt_install libc6:arm64 libssl3:arm64
  fi
  if [[ ! -e /proc/sys/fs/binfmt_misc/register ]]; then
    mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2>/dev/null || true
  fi
  if [[ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]]; then
    update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
  fi
  [[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]] || {
    echo "linesmith: cannot register qemu-aarch64 with binfmt_misc (not root, or no binfmt_misc in this container)" >&2
    return 1
  }
}

# The git_branch tests build real repositories.
ensure_git() {
  command -v git >/dev/null 2>&1 || apt_install git
}

# The config editor's tests type into it in a real terminal (tmux).
ensure_tmux() {
  command -v tmux >/dev/null 2>&1 || apt_install tmux
}

# Publishes the trimmed NativeAOT binary for the target to $(target_dir)/linesmith; any warning fails it.
publish_binary() {
  local dir
  dir=$(target_dir)
  local extra=()
  [[ $target_static -eq 1 ]] && extra+=(-p:LinesmithStatic=true)
  if [[ $target_rid == linux-arm64 && $(host_arch) != arm64 ]]; then
    # Cross link: clang --target=aarch64-linux-gnu finds the Debian cross toolchain and libc by itself (no
    # SysRoot: lld would look for the absolute paths in its libc.so script inside it) (docs/adr/0016-release-targets.md).
    extra+=(-p:CppCompilerAndLinker=clang -p:LinkerFlavor=lld -p:ObjCopyName=llvm-objcopy)
  fi
  # -warnaserror turns every MSBuild warning into an error; the static build compiles the runtime's
  # OpenSSL shim from its C sources, whose compiler warnings are not ours, so there only
  # TreatWarningsAsErrors applies (C# and the NativeAOT compiler's IL2xxx/IL3xxx warnings still fail it).
  local strict=(-warnaserror)
  [[ $target_static -eq 1 ]] && strict=()
  mkdir -p "$dir"
  dotnet publish src/Linesmith/Linesmith.csproj -c Release -r "$target_rid" -o "$dir" "${extra[@]}" \
    --nologo -v quiet "${strict[@]}" -p:TreatWarningsAsErrors=true >"$dir.publish.log" 2>&1 || {
    cat "$dir.publish.log" >&2
    echo "linesmith: dotnet publish -r $target_rid failed (log above)" >&2
    return 1
  }
  # The fetcher is its own executable beside linesmith: linesmith starts it for a usage request, so the image a
  # render starts carries no HTTP, TLS or proxy code (docs/adr/0023-fetcher-in-its-own-executable.md). It is
  # linked like linesmith (static in the static build: it runs wherever linesmith runs).
  dotnet publish src/Linesmith.Fetch/Linesmith.Fetch.csproj -c Release -r "$target_rid" -o "$dir" "${extra[@]}" \
    --nologo -v quiet "${strict[@]}" -p:TreatWarningsAsErrors=true >>"$dir.publish.log" 2>&1 || {
    cat "$dir.publish.log" >&2
    echo "linesmith: dotnet publish of linesmith-fetch -r $target_rid failed (log above)" >&2
    return 1
  }
  # The config editor (linesmith config) is its own executable beside linesmith, so that a render never
  # loads its terminal UI library (docs/adr/0020-config-editor-in-its-own-executable.md). It is always
  # linked dynamically: it runs in a person's terminal, where a C library is present.
  local editor_extra=()
  [[ $target_rid == linux-arm64 && $(host_arch) != arm64 ]] && editor_extra+=(-p:CppCompilerAndLinker=clang -p:LinkerFlavor=lld -p:ObjCopyName=llvm-objcopy)
  dotnet publish src/Linesmith.Editor/Linesmith.Editor.csproj -c Release -r "$target_rid" -o "$dir" "${editor_extra[@]}" \
    --nologo -v quiet -warnaserror -p:TreatWarningsAsErrors=true >>"$dir.publish.log" 2>&1 || {
    cat "$dir.publish.log" >&2
    echo "linesmith: dotnet publish of linesmith-config -r $target_rid failed (log above)" >&2
    return 1
  }
  # .ci/run reads the default target's log here.
  [[ $dir == artifacts/bin ]] && cp "$dir.publish.log" artifacts/publish.log
  # The .dbg symbols and .pdb files are not part of what ships; nor is Terminal.Gui's TextMate
  # highlighter library (libonigwrap), which the editor never loads (it highlights no code).
  rm -f "$dir"/*.dbg "$dir"/*.pdb "$dir"/libonigwrap.*
}
