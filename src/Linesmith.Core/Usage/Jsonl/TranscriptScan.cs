using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Linesmith.Json;
using Microsoft.Win32.SafeHandles;

namespace Linesmith.Usage.Jsonl;

/// <summary>
/// Streams one transcript from an offset to the size it was listed with, line by line, through a
/// 64 KiB buffer: only complete <c>\n</c>-terminated lines count (a trailing <c>\r</c> is stripped),
/// a line longer than <see cref="JsonlLimits.MaxLineBytes"/> is skipped without being held, empty,
/// non-UTF-8 or malformed lines are skipped silently. Stops early when the run's budget is spent.
/// </summary>
internal static class TranscriptScan
{
    private const int ChunkBytes = 64 << 10;

    /// <summary>
    /// Where the scan stopped (just after the last complete line, or inside a line over the cap: a
    /// later scan resumes skipping it), whether it got to <c>to</c>, and how many lines were over the cap.
    /// </summary>
    public readonly record struct Outcome(long Offset, bool ReachedEnd, int Overlong);

    public static Outcome Read(SafeFileHandle handle, long from, long to, JsonlBudget budget, List<JsonlEntry> into)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var line = new List<byte>();
        var position = from;
        var consumed = from;
        var overlong = 0;
        try
        {
            // An offset that does not follow a newline was left inside a line over the cap.
            var skipping = from > 0 && PrecedingByte(handle, from) != (byte)'\n';
            while (position < to)
            {
                var read = RandomAccess.Read(handle, chunk.AsSpan(0, (int)Math.Min(ChunkBytes, to - position)), position);
                if (read == 0)
                {
                    break; // truncated since the listing: what is there is all there is
                }

                var span = chunk.AsSpan(0, read);
                var start = 0;
                while (span[start..].IndexOf((byte)'\n') is var newline and >= 0)
                {
                    var end = start + newline;
                    if (!skipping)
                    {
                        if (line.Count == 0)
                        {
                            if (end - start <= budget.Limits.MaxLineBytes)
                            {
                                Count(span[start..end], into);
                            }
                            else
                            {
                                overlong++;
                            }
                        }
                        else if (line.Count + (end - start) <= budget.Limits.MaxLineBytes)
                        {
                            line.AddRange(span[start..end]);
                            Count(CollectionsMarshal.AsSpan(line), into);
                        }
                        else
                        {
                            overlong++;
                        }
                    }

                    line.Clear();
                    skipping = false;
                    start = end + 1;
                    consumed = position + start;
                }

                // The rest of the chunk begins a line that continues in the next one.
                if (!skipping && line.Count + (read - start) > budget.Limits.MaxLineBytes)
                {
                    skipping = true;
                    overlong++;
                    line.Clear();
                }
                else if (!skipping)
                {
                    line.AddRange(span[start..]);
                }

                position += read;
                if (!budget.Spend(read))
                {
                    break;
                }
            }

            // Inside an overlong line, what was read is known to be skipped: the next scan goes on from here.
            return new Outcome(skipping ? position : consumed, position >= to, overlong);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static int PrecedingByte(SafeFileHandle handle, long offset)
    {
        Span<byte> one = stackalloc byte[1];
        return RandomAccess.Read(handle, one, offset - 1) == 1 ? one[0] : -1;
    }

    private static void Count(ReadOnlySpan<byte> line, List<JsonlEntry> into)
    {
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        if (ParseLine(line) is not { } record || !Rfc3339.TryParse(record.Timestamp, out var at))
        {
            return;
        }

        var id = record.Message?.Id is { } text ? Fnv64.Hash(Encoding.UTF8.GetBytes(text)) : 0;
        into.Add(new JsonlEntry(at.ToUnixTimeMilliseconds(), record.Message?.Usage?.Total ?? 0, id));
    }

    private static JsonlRecord? ParseLine(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || !Utf8.IsValid(line))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(line, JsonlJsonContext.Default.JsonlRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
