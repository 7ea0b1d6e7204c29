# Installs linesmith on Windows from a release: picks the asset for this CPU, checks its SHA-256
# against the release's SHA256SUMS, copies linesmith.exe (with linesmith-fetch.exe, the usage request, and linesmith-config.exe, the editor) to %LOCALAPPDATA%\Programs\linesmith (or
# $env:LINESMITH_INSTALL_DIR), and runs `linesmith install` so that Claude Code's statusLine uses it.
#
#   irm https://github.com/linesmith/linesmith/releases/latest/download/install.ps1 | iex
#
# Environment: LINESMITH_VERSION (a tag such as v0.1.0; default: the latest release), LINESMITH_REPO
# (owner/name on GitHub), LINESMITH_BASE_URL (where the assets are), LINESMITH_INSTALL_DIR.
# LINESMITH_ARCH overrides the detected CPU (X64, Arm64) for testing. Arguments are passed on to
# `linesmith install`.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

function Fail([string] $message) {
    [Console]::Error.WriteLine("linesmith install.ps1: $message")
    exit 1
}

$repo = if ($env:LINESMITH_REPO) { $env:LINESMITH_REPO } else { 'linesmith/linesmith' }
$version = if ($env:LINESMITH_VERSION) { $env:LINESMITH_VERSION } else { 'latest' }
$base = if ($env:LINESMITH_BASE_URL) { $env:LINESMITH_BASE_URL.TrimEnd('/') }
        elseif ($version -eq 'latest') { "https://github.com/$repo/releases/latest/download" }
        else { "https://github.com/$repo/releases/download/$version" }
$localAppData = if ($env:LOCALAPPDATA) { $env:LOCALAPPDATA } else { [Environment]::GetFolderPath('LocalApplicationData') }
$dir = if ($env:LINESMITH_INSTALL_DIR) { $env:LINESMITH_INSTALL_DIR } else { Join-Path $localAppData 'Programs\linesmith' }

# The asset for this CPU; the names match .github/workflows/release.yml.
$arch = if ($env:LINESMITH_ARCH) { $env:LINESMITH_ARCH } else { [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString() }
$asset = switch ($arch) {
    'X64' { 'linesmith-win-x64.zip' }
    'Arm64' { 'linesmith-win-arm64.zip' }
    default { Fail "no release build for Windows on $arch (there are X64 and Arm64 builds)" }
}

$work = Join-Path ([IO.Path]::GetTempPath()) ("linesmith-" + [Guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
try {
    try {
        Invoke-WebRequest -UseBasicParsing -Uri "$base/$asset" -OutFile (Join-Path $work $asset)
        Invoke-WebRequest -UseBasicParsing -Uri "$base/SHA256SUMS" -OutFile (Join-Path $work 'SHA256SUMS')
    } catch {
        Fail "cannot download from ${base}: $($_.Exception.Message)"
    }

    $expected = $null
    foreach ($line in Get-Content (Join-Path $work 'SHA256SUMS')) {
        $fields = $line -split '\s+', 2
        if ($fields.Count -eq 2 -and $fields[1].TrimStart('*') -eq $asset) { $expected = $fields[0].ToLowerInvariant(); break }
    }
    if (-not $expected) { Fail "SHA256SUMS has no entry for $asset; nothing installed" }
    $actual = (Get-FileHash -Algorithm SHA256 -Path (Join-Path $work $asset)).Hash.ToLowerInvariant()
    if ($actual -ne $expected) { Fail "checksum mismatch for $asset (expected $expected, got $actual); nothing installed" }

    Expand-Archive -Path (Join-Path $work $asset) -DestinationPath (Join-Path $work 'x')
    $exe = Join-Path $work 'x\linesmith.exe'
    if (-not (Test-Path $exe)) { Fail "$asset does not hold linesmith.exe" }
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    # Copies one executable of the release beside linesmith.exe (through a temp file and a rename), if the
    # release carries it: the fetcher and the config editor, which linesmith finds in its own folder.
    function Install-Beside([string]$name, [string]$what) {
        $source = Join-Path $work "x\$name"
        if (Test-Path $source) {
            $besideTarget = Join-Path $dir $name
            $besideTemp = Join-Path $dir ".$name.$PID.tmp"
            Copy-Item $source $besideTemp -Force
            Move-Item $besideTemp $besideTarget -Force
            Write-Output "installed: $besideTarget ($what)"
        }
    }
    # The fetcher (the usage request, with HTTP and TLS) first, so the new linesmith never runs without it.
    Install-Beside 'linesmith-fetch.exe' 'the usage request linesmith starts'
    # Copy beside the target, then rename over it: Claude Code never starts a half-written file.
    $target = Join-Path $dir 'linesmith.exe'
    $temp = Join-Path $dir ".linesmith.$PID.tmp"
    Copy-Item $exe $temp -Force
    Move-Item $temp $target -Force
    Write-Output "installed: $target ($(& $target --version))"
    # The config editor, where `linesmith config` looks for it.
    Install-Beside 'linesmith-config.exe' 'linesmith config: the interactive editor'
    if (-not (($env:PATH -split [IO.Path]::PathSeparator) -contains $dir)) {
        Write-Output "note: $dir is not on PATH; Claude Code uses the absolute path, but add it to run linesmith by name"
    }
    & $target install @args
    exit $LASTEXITCODE
} finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
