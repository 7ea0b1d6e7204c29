using System.Text.Json;
using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Fetch;

/// <summary>
/// One run of <c>linesmith-fetch</c> (docs/spec/fetcher.md): reads the request (at most
/// <see cref="MaxRequestBytes"/>, within <see cref="InputBound"/>), sends it with
/// <see cref="HttpUsageTransport"/> (docs/spec/usage-endpoint.md#transport) and writes the outcome as
/// one <see cref="FetcherReply"/>. A watchdog ends the process with a timed-out reply if the request's
/// own deadline is ever overrun (docs/spec/decisions.md#d6-always-exit).
/// </summary>
internal static class FetchRun
{
    public const string Usage = "usage: linesmith-fetch < REQUEST  (linesmith starts it; docs/spec/fetcher.md)\n       linesmith-fetch --version";

    /// <summary>A request is a URL, a token and a user agent: far below this.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    /// <summary>linesmith writes the request at once; a stdin that stays open past this is not linesmith.</summary>
    public static readonly TimeSpan InputBound = TimeSpan.FromSeconds(2);

    /// <summary>The watchdog's margin past the request's timeout (the transport stops itself at the timeout).</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    private static readonly byte[] TimedOutReply = JsonSerializer.SerializeToUtf8Bytes(FetcherReply.From(TransportOutcome.Timeout()), FetcherJsonContext.Default.FetcherReply);

    public static int Arguments(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--version"])
        {
            stdout.WriteLine("linesmith-fetch " + ProductVersion.Value);
            return 0;
        }

        if (args is ["--help"] or ["-h"])
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        stderr.WriteLine(Usage);
        return 2;
    }

    public static int Run(Stream stdin, Stream stdout, EnvironmentSnapshot environment, TimeProvider clock, TextWriter stderr)
    {
        using var deadline = RunDeadline.Start(InputBound, _ => Expire());
        var request = ReadRequest(stdin, out var problem);
        if (request is null)
        {
            return Reply(stdout, TransportOutcome.Failed("request: " + problem), 2);
        }

        deadline.Change(InputBound + request.Timeout + Margin);
        // Log lines go to stderr, which linesmith reads into its own log (docs/spec/fetcher.md#stderr).
        var log = new Log(Log.ParseLevel(environment.GetNonEmpty(EnvironmentVariables.LinesmithLog)), null, stderr, clock);
        log.Redact(request.Token);
        var outcome = new HttpUsageTransport(environment, log).Send(request);
        return Reply(stdout, outcome, 0);
    }

    /// <summary>The catch boundary's reply: the exception's type and message, never a stack trace.</summary>
    public static int Internal(Stream stdout, Exception exception)
    {
        try
        {
            return Reply(stdout, TransportOutcome.Failed($"internal error ({exception.GetType().Name}): {exception.Message}"), 1);
        }
        catch (IOException)
        {
            return 1;
        }
    }

    private static TransportRequest? ReadRequest(Stream stdin, out string? problem)
    {
        var buffer = new byte[MaxRequestBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stdin.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > MaxRequestBytes)
        {
            problem = $"larger than {MaxRequestBytes} bytes";
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize(buffer.AsSpan(0, length), FetcherJsonContext.Default.FetcherRequest) is not { } request)
            {
                problem = "null";
                return null;
            }

            return request.ToTransportRequest(out problem);
        }
        catch (JsonException exception)
        {
            problem = "not JSON: " + exception.Message;
            return null;
        }
    }

    private static int Reply(Stream stdout, TransportOutcome outcome, int code)
    {
        stdout.Write(JsonSerializer.SerializeToUtf8Bytes(FetcherReply.From(outcome), FetcherJsonContext.Default.FetcherReply));
        stdout.Flush();
        return code;
    }

    private static void Expire()
    {
        StandardStreams.TryWriteNow(1, TimedOutReply);
        ImmediateExit.Now(1);
    }
}
