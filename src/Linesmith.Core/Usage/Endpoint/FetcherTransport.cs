using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The transport of <c>linesmith</c>: one request, made by <c>linesmith-fetch</c> beside this executable
/// (docs/adr/0023-fetcher-in-its-own-executable.md, docs/spec/fetcher.md). The fetcher holds the HTTP/1.1,
/// TLS and proxy code, so the image Claude Code starts on every render does not. The request goes to the
/// fetcher's stdin (the token never on a command line); its reply is read as data, at most
/// <see cref="MaxReplyBytes"/>, and checked field by field (<see cref="FetcherReply.ToOutcome"/>). The
/// fetcher enforces the request's timeout itself; this side waits that long plus <see cref="StartGrace"/>
/// and then kills it, so one deadline still bounds the fetch. A missing, unstartable or misbehaving
/// fetcher is a transport failure like a refused connection, never an exception.
/// </summary>
internal sealed class FetcherTransport(string? fetcherPath, EnvironmentSnapshot environment, Log log) : IUsageTransport
{
    /// <summary>The fetcher's name beside <c>linesmith</c> (<c>.exe</c> added on Windows).</summary>
    public const string Name = "linesmith-fetch";

    /// <summary>A 64 KiB body is ~87.4 KiB of base64; the rest of a reply is a few hundred bytes.</summary>
    public const int MaxReplyBytes = 96 * 1024;

    /// <summary>What the fetcher may write to stderr (its log lines, docs/spec/fetcher.md#stderr).</summary>
    private const int MaxStderrBytes = 16 * 1024;

    /// <summary>The fetcher's own start and exit, beyond the request timeout it enforces (measured: a few ms; 500 ms fits the run watchdog's 1 s margin).</summary>
    public static readonly TimeSpan StartGrace = TimeSpan.FromMilliseconds(500);

    /// <summary><c>linesmith-fetch</c> in the directory of <paramref name="processPath"/> (this executable); null when that is unknown.</summary>
    public static string? PathBeside(string? processPath) =>
        processPath is { Length: > 0 } && Path.GetDirectoryName(processPath) is { Length: > 0 } directory
            ? Path.Join(directory, OperatingSystem.IsWindows() ? Name + ".exe" : Name)
            : null;

    public TransportOutcome Send(TransportRequest request)
    {
        if (fetcherPath is null || !File.Exists(fetcherPath))
        {
            return TransportOutcome.Failed($"{Name} is not installed next to linesmith{(fetcherPath is null ? string.Empty : $" ({fetcherPath})")}");
        }

        var input = JsonSerializer.SerializeToUtf8Bytes(FetcherRequest.From(request), FetcherJsonContext.Default.FetcherRequest);
        Process? process;
        try
        {
            // The fetcher must not inherit Claude Code's pipes through a descriptor leaked to this process.
            InheritedDescriptors.MarkCloseOnExec();
            process = Process.Start(StartInfo(fetcherPath));
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return TransportOutcome.Failed($"{Name} could not be started ({fetcherPath}): {exception.Message}");
        }

        if (process is null)
        {
            return TransportOutcome.Failed($"{Name} could not be started ({fetcherPath})");
        }

        using (process)
        {
            var reply = ReadBounded(process.StandardOutput.BaseStream, MaxReplyBytes + 1);
            var stderr = ReadBounded(process.StandardError.BaseStream, MaxStderrBytes);
            try
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It ended before reading its request: what it said, if anything, is in its reply.
            }

            var started = Stopwatch.GetTimestamp();
            var limit = request.Timeout + StartGrace;
            if (!process.WaitForExit(limit))
            {
                Kill(process);
                return TransportOutcome.Timeout();
            }

            // Its output ends when it exits, unless something it started still holds the pipes: the
            // reply is waited for only within the same limit.
            var left = limit - Stopwatch.GetElapsedTime(started);
            if (!reply.Wait(left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                return TransportOutcome.Failed($"{Name} exited, but its output stayed open");
            }

            if (stderr.IsCompleted)
            {
                LogStderr(stderr.Result);
            }

            return Read(reply.Result, process.ExitCode);
        }
    }

    /// <summary>The reply's outcome; any reply that is not one the fetcher could write is a failure.</summary>
    internal static TransportOutcome Read(byte[] reply, int exitCode)
    {
        if (reply.Length > MaxReplyBytes)
        {
            return TransportOutcome.Failed($"{Name} replied with more than {MaxReplyBytes} bytes");
        }

        if (reply.Length == 0)
        {
            return TransportOutcome.Failed($"{Name} ended with exit code {exitCode} and no reply");
        }

        try
        {
            return JsonSerializer.Deserialize(reply, FetcherJsonContext.Default.FetcherReply) is { } parsed
                ? parsed.ToOutcome()
                : TransportOutcome.Failed($"{Name} replied null");
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            // FormatException: a body that is not base64.
            return TransportOutcome.Failed($"{Name} replied with something that is not a reply (exit code {exitCode}): {exception.Message}");
        }
    }

    private ProcessStartInfo StartInfo(string path)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };

        // The environment this run was given (docs/style.md habit 8): proxies, certificate locations and
        // LINESMITH_LOG reach the fetcher from it, not from the process around the caller.
        start.Environment.Clear();
        foreach (var (name, value) in environment.All)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Keeps at most <paramref name="limit"/> bytes and drains the rest, so a fetcher that writes too much is not stuck on a full pipe.</summary>
    private static async Task<byte[]> ReadBounded(Stream stream, int limit)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, limit - buffer.Length));
        }

        return buffer.ToArray();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(StartGrace);
        }
        catch (InvalidOperationException)
        {
            // It exited between the wait and the kill.
        }
    }

    private void LogStderr(byte[] stderr)
    {
        if (stderr.Length == 0)
        {
            return;
        }

        foreach (var line in System.Text.Encoding.UTF8.GetString(stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            log.Debug($"fetch: {Name}: {line}");
        }
    }
}
