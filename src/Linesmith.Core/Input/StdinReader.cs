using System.Text.Json;

namespace Linesmith.Input;

/// <summary>
/// Reads the payload from stdin with a size cap and a deadline (statusline-contract.md §3.2): Claude
/// Code sometimes leaves stdin open, and a statusline that waits for EOF leaks a process per
/// render. Reading stops at EOF, at the deadline, at the cap, or as soon as the bytes read so far
/// form one complete JSON document. The blocked read, if any, is left on a background thread that
/// does not keep the process alive.
/// </summary>
internal static class StdinReader
{
    public const int MaxBytes = 1024 * 1024;
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(1);

    public static StdinResult Read(Stream input, TimeSpan deadline, int maxBytes = MaxBytes)
    {
        var state = new ReadState(maxBytes);
        var reader = new Thread(() => state.Run(input)) { IsBackground = true, Name = "stdin" };
        reader.Start();
        var finished = state.Done.Wait(deadline);
        lock (state)
        {
            return new StdinResult(state.Buffer.AsSpan(0, state.Length).ToArray(), state.Outcome ?? (finished ? StdinOutcome.EndOfInput : StdinOutcome.Deadline));
        }
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

    private sealed class ReadState(int maxBytes)
    {
        public ManualResetEventSlim Done { get; } = new();

        public byte[] Buffer { get; private set; } = new byte[16 * 1024];

        public int Length { get; private set; }

        public StdinOutcome? Outcome { get; private set; }

        public void Run(Stream input)
        {
            try
            {
                var chunk = new byte[16 * 1024];
                while (true)
                {
                    var read = input.Read(chunk, 0, chunk.Length);
                    lock (this)
                    {
                        if (read == 0)
                        {
                            Outcome = StdinOutcome.EndOfInput;
                            return;
                        }

                        if (Length + read > maxBytes)
                        {
                            Outcome = StdinOutcome.TooLarge;
                            return;
                        }

                        if (Length + read > Buffer.Length)
                        {
                            var grown = new byte[Math.Min(Math.Max(Buffer.Length * 2, Length + read), maxBytes)];
                            Buffer.AsSpan(0, Length).CopyTo(grown);
                            Buffer = grown;
                        }

                        chunk.AsSpan(0, read).CopyTo(Buffer.AsSpan(Length));
                        Length += read;
                        if (chunk[read - 1] is (byte)'}' or (byte)'\n' or (byte)' ' && IsCompleteDocument(Buffer.AsSpan(0, Length)))
                        {
                            Outcome = StdinOutcome.CompleteDocument;
                            return;
                        }
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
            {
                lock (this)
                {
                    Outcome = StdinOutcome.EndOfInput;
                }
            }
            finally
            {
                Done.Set();
            }
        }
    }
}
