using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Linesmith.Platform;

namespace Linesmith.Segments.Custom;

/// <summary>
/// The custom command's cached output: one file per command and directory,
/// <c>custom-command-&lt;16 hex&gt;.json</c> in the trusted cache root (<c>SegmentContext.CacheRoot</c>; never
/// anywhere else), written atomically and 0600 (<see cref="AtomicJsonFile"/>), read with a cap through
/// <see cref="BoundedFile"/> (a FIFO, a device or a huge file there is a miss). The name is a hash of the
/// command and the directory; the file holds both, and a file that holds another command is a miss.
/// Written and read by hand with <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>: four fields
/// need no serializer context. Beside it, <c>.refreshing</c> marks a background run in progress.
/// </summary>
internal static class CommandCache
{
    /// <summary>An entry is at most <see cref="CommandRun.MaxOutputBytes"/> of output and a 4096-character command, escaped: far below this.</summary>
    private const int MaxFileBytes = 64 * 1024;

    /// <summary>A background run that left its marker this long ago was killed: the next render may start another.</summary>
    private static readonly TimeSpan MarkerLifetime = TimeSpan.FromSeconds(30);

    public static string PathOf(string cacheRoot, string command, string directory) =>
        Path.Join(cacheRoot, "custom-command-" + Hash(command + "\0" + directory).ToString("x16", CultureInfo.InvariantCulture) + ".json");

    /// <summary>The entry for this command and directory, or null (none, unreadable, refused, another command's).</summary>
    public static CommandEntry? Read(string path, string command, string directory)
    {
        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAll(path, MaxFileBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return bytes is null ? null : Parse(bytes) is { } entry && entry.Command == command && entry.Directory == directory ? entry : null;
    }

    public static FileWriteError? Write(string path, CommandEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteString("command", entry.Command);
            writer.WriteString("directory", entry.Directory);
            writer.WriteNumber("ran_at_ms", entry.RanAt.ToUnixTimeMilliseconds());
            writer.WriteNumber("exit_code", entry.ExitCode);
            writer.WriteString("output", entry.Output);
            writer.WriteEndObject();
        }

        return AtomicJsonFile.Write(path, buffer.WrittenSpan, entry.RanAt);
    }

    /// <summary>
    /// Claims the background run for <paramref name="path"/>: creates its <c>.refreshing</c> marker
    /// (<c>O_CREAT|O_EXCL</c>, 0600), or replaces one older than <see cref="MarkerLifetime"/>. False while
    /// another process holds a live claim, so that a burst of renders starts one run, not one each.
    /// </summary>
    public static bool TryClaimRefresh(string path, DateTimeOffset now)
    {
        var marker = path + ".refreshing";
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = PrivateFile.Open(marker, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                return true;
            }
            catch (IOException) when (attempt == 0 && IsOld(marker, now))
            {
                ReleaseRefresh(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        return false;
    }

    public static void ReleaseRefresh(string path)
    {
        try
        {
            File.Delete(path + ".refreshing");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind: the next claim replaces it once it is old.
        }
    }

    private static bool IsOld(string marker, DateTimeOffset now)
    {
        try
        {
            var written = File.GetLastWriteTimeUtc(marker);
            return now.UtcDateTime - written > MarkerLifetime || written > now.UtcDateTime + MarkerLifetime;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static CommandEntry? Parse(byte[] bytes)
    {
        string? command = null, directory = null, output = null;
        long? ranAt = null;
        int? exitCode = null;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read())
                {
                    return null;
                }

                switch (name)
                {
                    case "command" when reader.TokenType == JsonTokenType.String:
                        command = reader.GetString();
                        break;
                    case "directory" when reader.TokenType == JsonTokenType.String:
                        directory = reader.GetString();
                        break;
                    case "output" when reader.TokenType == JsonTokenType.String:
                        output = reader.GetString();
                        break;
                    case "ran_at_ms" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var milliseconds):
                        ranAt = milliseconds;
                        break;
                    case "exit_code" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code):
                        exitCode = code;
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        // Far past or far future instants are refused rather than overflowing DateTimeOffset.
        if (command is null || directory is null || output is null || exitCode is null || ranAt is not (>= 0 and <= 253_402_300_799_000))
        {
            return null;
        }

        return new CommandEntry(command, directory, DateTimeOffset.FromUnixTimeMilliseconds(ranAt.Value), exitCode.Value, output);
    }

    /// <summary>FNV-1a, 64 bits, over the UTF-8 bytes: a file name, not a secret (the file holds the command it is for).</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
