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

# NativeAOT links with the platform C toolchain.
ensure_native_toolchain() {
  if command -v gcc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1; then
    return 0
  fi
  echo "linesmith: no C compiler for the NativeAOT link step; installing gcc" >&2
  apt_install gcc libc6-dev
}

# The git_branch tests build real repositories.
ensure_git() {
  command -v git >/dev/null 2>&1 || apt_install git
}

# Publishes the trimmed NativeAOT binary to artifacts/bin/linesmith; any warning fails it.
publish_binary() {
  dotnet publish src/Linesmith/Linesmith.csproj -c Release -r linux-x64 -o artifacts/bin \
    --nologo -v quiet -warnaserror -p:TreatWarningsAsErrors=true >artifacts/publish.log 2>&1 || {
    cat artifacts/publish.log >&2
    echo "linesmith: dotnet publish failed (log above)" >&2
    return 1
  }
  # The .dbg symbols and .pdb files are not part of what ships.
  rm -f artifacts/bin/*.dbg artifacts/bin/*.pdb
}
