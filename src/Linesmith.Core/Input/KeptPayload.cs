using Linesmith.Platform;

namespace Linesmith.Input;

/// <summary>
/// The last payload a render read, kept in the cache root as <c>last-payload.json</c> so that
/// <c>linesmith config</c> previews the line with this machine's real data (issue 15). Only when
/// <c>[editor] keep_payload = true</c> (off by default: README.md#configuration); a render that keeps
/// nothing pays one boolean test. The file is written like the cache (0600, atomic: a temp file
/// renamed over it, docs/spec/on-disk-formats.md#atomic-writes), at most <see cref="MaxBytes"/>.
/// Claude Code's payload carries no credential; a payload that holds something shaped like an
/// Anthropic key or an OAuth token anyway is not kept. Reading refuses what docs/hostile-inputs.md lists: a
/// symlink, another user's file, a FIFO or device, a file over the cap.
/// </summary>
internal static class KeptPayload
{
    public const string FileName = "last-payload.json";

    /// <summary>Real payloads are 1–6 KiB (docs/spec/statusline-contract.md); one far larger is not worth a write per render.</summary>
    public const int MaxBytes = 64 * 1024;

    // "sk-ant-" starts API keys and OAuth tokens alike; "Bearer " an Authorization header.
    private static ReadOnlySpan<byte> KeyPrefix => "sk-ant-"u8;

    private static ReadOnlySpan<byte> BearerPrefix => "Bearer "u8;

    public static string PathIn(string cacheRoot) => Path.Join(cacheRoot, FileName);

    /// <summary>Keeps <paramref name="payload"/>; null when it was written, else why not (for the log).</summary>
    public static string? Keep(string cacheRoot, ReadOnlySpan<byte> payload)
    {
        if (payload.Length > MaxBytes)
        {
            return $"payload not kept: {payload.Length} bytes, more than {MaxBytes}";
        }

        if (payload.IndexOf(KeyPrefix) >= 0 || payload.IndexOf(BearerPrefix) >= 0)
        {
            return "payload not kept: it holds something shaped like a credential";
        }

        return AtomicJsonFile.Write(PathIn(cacheRoot), payload) is { } error ? $"payload not kept: {error}" : null;
    }

    /// <summary>The kept payload's bytes, or null when there is none or it is refused (<paramref name="refusal"/> says why).</summary>
    public static byte[]? Read(string cacheRoot, out string? refusal)
    {
        refusal = null;
        var path = PathIn(cacheRoot);
        if (PathStatus.IsSupported)
        {
            if (PathStatus.Of(path, out var error) is not { } status)
            {
                refusal = error is PathStatus.NoEntry or PathStatus.NotADirectory ? null : $"{path} cannot be read (errno {error})";
                return null;
            }

            if (status.IsSymlink || status.Owner != PathStatus.EffectiveUser())
            {
                refusal = $"{path} is {(status.IsSymlink ? "a symbolic link" : "another user's file")}; not used";
                return null;
            }
        }

        try
        {
            var bytes = BoundedFile.ReadAll(path, MaxBytes);
            refusal = bytes is null ? $"{path} is larger than {MaxBytes / 1024} KiB; not used" : null;
            return bytes;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            refusal = $"{path} not used ({exception.Message})";
            return null;
        }
    }
}
