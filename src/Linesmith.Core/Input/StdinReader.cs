using System.Text.Json;
using Linesmith.Platform;

namespace Linesmith.Input;

/// <summary>
/// Reads the payload from stdin with a size cap and a deadline (docs/spec/statusline-contract.md#invocation): Claude
/// Code sometimes leaves stdin open, and a statusline that waits for EOF leaks a process per
/// render. Reading stops at EOF, at the deadline, at the cap, or as soon as the bytes read so far
/// form one complete JSON document. The real stdin is polled, so no read can block past the
/// deadline; any other stream is read on a background thread whose blocked read, if any, is left
/// behind without keeping the process alive.
/// </summary>
internal static class StdinReader
{
    public const int MaxBytes = 1024 * 1024;

    private const int ChunkBytes = 16 * 1024;

    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Reads <paramref name="input"/>. With <paramref name="waitReadable"/> (the real stdin: a poll on
    /// its descriptor) the reads happen on this thread, each after a wait bounded by what is left of
    /// the deadline; without it, or where it cannot tell, a background reader thread does the reading.
    /// </summary>
    public static StdinResult Read(Stream input, TimeSpan deadline, int maxBytes = MaxBytes, Func<TimeSpan, Readiness>? waitReadable = null) =>
        (waitReadable is null ? null : ReadWhenReadable(input, deadline, maxBytes, waitReadable)) ?? ReadOnThread(input, deadline, maxBytes);

    private static StdinResult? ReadWhenReadable(Stream input, TimeSpan deadline, int maxBytes, Func<TimeSpan, Readiness> waitReadable)
    {
        var giveUpAt = Environment.TickCount64 + (long)Math.Ceiling(deadline.TotalMilliseconds);
        var state = new ReadState(maxBytes);
        var chunk = new byte[ChunkBytes];
        while (true)
        {
            var ready = waitReadable(TimeSpan.FromMilliseconds(Math.Max(0, giveUpAt - Environment.TickCount64)));
            if (ready == Readiness.Unknown && state.Length == 0)
            {
                return null;
            }

            var outcome = ready == Readiness.Ready ? state.ReadOnce(input, chunk) : StdinOutcome.Deadline;
            if (outcome is { } done)
            {
                return state.Result(done);
            }
        }
    }

    private static StdinResult ReadOnThread(Stream input, TimeSpan deadline, int maxBytes)
    {
        var state = new ReadState(maxBytes);
        var done = new ManualResetEventSlim();
        var reader = new Thread(() =>
        {
            var chunk = new byte[ChunkBytes];
            try
            {
                while (state.ReadOnce(input, chunk) is null)
                {
                }
            }
            finally
            {
                done.Set();
            }
        })
        {
            IsBackground = true,
            Name = "stdin",
        };
        reader.Start();
        var finished = done.Wait(deadline);
        return state.Result(finished ? StdinOutcome.EndOfInput : StdinOutcome.Deadline);
    }

    /// <summary>True when <paramref name="bytes"/> hold exactly one complete JSON value (whitespace around it allowed).</summary>
    public static bool IsCompleteDocument(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: only EOF, the deadline or the cap end the read.
        }

        return false;
    }

    /// <summary>
    /// What has been read so far. Locked because the thread path's reader may still be appending when
    /// the deadline makes the caller take the result.
    /// </summary>
    private sealed class ReadState(int maxBytes)
    {
        private readonly Lock _gate = new();
        private byte[] _buffer = new byte[ChunkBytes];
        private StdinOutcome? _outcome;

        public int Length { get; private set; }

        /// <summary>One read and its bytes appended; the outcome once reading should stop, else null.</summary>
        public StdinOutcome? ReadOnce(Stream input, byte[] chunk)
        {
            int read;
            try
            {
                read = input.Read(chunk, 0, chunk.Length);
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
            {
                read = 0;
            }

            lock (_gate)
            {
                _outcome = Append(chunk.AsSpan(0, read));
                return _outcome;
            }
        }

        /// <summary>The bytes read; <paramref name="otherwise"/> is the outcome when reading has not stopped by itself.</summary>
        public StdinResult Result(StdinOutcome otherwise)
        {
            lock (_gate)
            {
                return new StdinResult(_buffer.AsSpan(0, Length).ToArray(), _outcome ?? otherwise);
            }
        }

        private StdinOutcome? Append(ReadOnlySpan<byte> read)
        {
            if (read.IsEmpty)
            {
                return StdinOutcome.EndOfInput;
            }

            if (Length + read.Length > maxBytes)
            {
                return StdinOutcome.TooLarge;
            }

            if (Length + read.Length > _buffer.Length)
            {
                var grown = new byte[Math.Min(Math.Max(_buffer.Length * 2, Length + read.Length), maxBytes)];
                _buffer.AsSpan(0, Length).CopyTo(grown);
                _buffer = grown;
            }

            read.CopyTo(_buffer.AsSpan(Length));
            Length += read.Length;
            return read[^1] is (byte)'}' or (byte)'\n' or (byte)' ' && IsCompleteDocument(_buffer.AsSpan(0, Length))
                ? StdinOutcome.CompleteDocument
                : null;
        }
    }
}
