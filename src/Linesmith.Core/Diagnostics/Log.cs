using System.Globalization;
using System.Text;
using Linesmith.Platform;
using Linesmith.Text;

namespace Linesmith.Diagnostics;

/// <summary>
/// The diagnostic log: off unless <c>LINESMITH_LOG=debug|info|warn|error</c>, appended to
/// <c>&lt;cache root&gt;/linesmith.log</c> (or stderr when there is no cache root), never stdout, which
/// belongs to the statusline. Secrets registered with <see cref="Redact"/> are replaced in every line,
/// so that the OAuth token cannot reach the log even by accident (docs/spec/usage-endpoint.md#status-mapping, docs/spec/credentials.md).
/// </summary>
/// <param name="directory">Where the log file lives and below what it may be created; null = the file's own directory, when its parent exists.</param>
internal sealed class Log(LogLevel level, string? path, TextWriter? fallback, TimeProvider clock, CreatableDirectory? directory = null)
{
    public const string FileName = "linesmith.log";

    private const string Redacted = "[REDACTED]";

    /// <summary>A debug log left on for weeks must not fill the disk: past 1 MiB it moves to <c>linesmith.log.1</c>.</summary>
    private const long MaxFileBytes = 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly List<string> _secrets = [];
    private readonly HashSet<string> _once = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock = clock;
    private readonly TextWriter? _fallback = fallback;
    private readonly CreatableDirectory? _directory = directory;

    /// <summary>A log that writes nothing at all: for tests and callers that need no diagnostics.</summary>
    public static Log Silent { get; } = new(LogLevel.Off, null, null, TimeProvider.System);

    public LogLevel Level { get; } = level;

    public string? Path { get; } = path;

    /// <summary>
    /// The log <c>LINESMITH_LOG</c> asks for, in <paramref name="cacheRoot"/> when the caller's
    /// <paramref name="trusted"/> accepts it (the cache's own check, <c>CacheRootTrust.Allows</c>):
    /// a refused root gets no log file either, since an append there could follow a planted symlink.
    /// The check (a stat through libc) runs only for a log that is on: every render would pay for it otherwise.
    /// </summary>
    public static Log FromEnvironment(EnvironmentSnapshot environment, CreatableDirectory? cacheRoot, Func<string, bool> trusted, TextWriter stderr, TimeProvider clock)
    {
        var level = ParseLevel(environment.GetNonEmpty(EnvironmentVariables.LinesmithLog));
        var path = level == LogLevel.Off || cacheRoot is null || !trusted(cacheRoot.Path)
            ? null
            : System.IO.Path.Join(cacheRoot.Path, FileName);
        return new Log(level, path, stderr, clock, cacheRoot);
    }

    public static LogLevel ParseLevel(string? value) => value?.ToUpperInvariant() switch
    {
        "DEBUG" or "TRACE" => LogLevel.Debug,
        "INFO" => LogLevel.Info,
        "WARN" or "WARNING" => LogLevel.Warn,
        "ERROR" => LogLevel.Error,
        _ => LogLevel.Off,
    };

    public bool IsEnabled(LogLevel level) => level != LogLevel.Off && level >= Level;

    /// <summary>Every later line has <paramref name="secret"/> replaced; empty secrets are ignored.</summary>
    public void Redact(string secret)
    {
        if (secret.Length > 0)
        {
            lock (_gate)
            {
                _secrets.Add(secret);
            }
        }
    }

    public void Debug(string message) => Write(LogLevel.Debug, message, bypassGate: false);

    public void Info(string message) => Write(LogLevel.Info, message, bypassGate: false);

    public void Warn(string message) => Write(LogLevel.Warn, message, bypassGate: false);

    public void Error(string message) => Write(LogLevel.Error, message, bypassGate: false);

    /// <summary>A warning written at most once per process for the same key (e.g. a bad proxy variable, docs/spec/edge-cases.md item 22).</summary>
    public void WarnOnce(string key, string message)
    {
        lock (_gate)
        {
            if (!_once.Add(key))
            {
                return;
            }
        }

        Warn(message);
    }

    /// <summary>
    /// Cache and lock write failures: written at <paramref name="level"/> even when the log is off
    /// when that level is Error, because a cache that cannot be written turns every render into a
    /// fetch (docs/spec/on-disk-formats.md#atomic-writes "bypassing the log gate", docs/spec/config.md#keys <c>LINESMITH_LOG</c>).
    /// </summary>
    public void Persist(LogLevel level, string message) => Write(level, message, bypassGate: level == LogLevel.Error);

    private void Write(LogLevel level, string message, bool bypassGate)
    {
        if (!bypassGate && !IsEnabled(level))
        {
            return;
        }

        string line;
        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                message = message.Replace(secret, Redacted, StringComparison.Ordinal);
            }

            // Messages quote paths, config keys and server texts: no control character may forge a
            // log line or reach the terminal through the stderr fallback (docs/guarantees.md).
            message = TerminalText.Sanitize(message);

            var stamp = _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
            line = $"{stamp} {level.ToString().ToUpperInvariant()} pid={Environment.ProcessId} {message}";
        }

        if (Path is not null && TryAppend(Path, _directory, line))
        {
            return;
        }

        _fallback?.WriteLine($"linesmith: {line}");
    }

    private static bool TryAppend(string path, CreatableDirectory? directory, string line)
    {
        try
        {
            if (directory is not null)
            {
                directory.Create();
            }
            else if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } parent)
            {
                CreatableDirectory.LastLevelOf(parent).Create();
            }

            Symlinks.Unlink(path);
            BoundedFile.RefuseNonRegular(path);
            RotateIfLarge(path);
            // One write call per line with O_APPEND: lines of concurrent processes do not interleave.
            using var stream = PrivateFile.Open(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Concurrent processes may both rotate; the loser's move just fails or moves a fresh file: harmless for a log.
    private static void RotateIfLarge(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxFileBytes)
        {
            File.Move(path, path + ".1", overwrite: true);
        }
    }
}
