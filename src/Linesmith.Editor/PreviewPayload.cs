using Linesmith.Editing;
using Linesmith.Input;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Usage.Cache;

namespace Linesmith.Editor;

/// <summary>
/// What the preview renders (issue 15): the last payload a render kept (<see cref="KeptPayload"/>,
/// <c>[editor] keep_payload</c>) when the cache root passes the cache's own trust check and the file
/// is safe to read, else the built-in <see cref="SamplePayload"/>.
/// </summary>
internal static class PreviewPayload
{
    public const string Kept = "last payload";

    public const string Sample = "sample payload";

    public static (StatusPayload Payload, string Source) Load(EnvironmentSnapshot environment)
    {
        if (UserDirectories.From(environment).CacheRoot?.Path is { } root
            && CacheRootTrust.Refusal(root) is null
            && KeptPayload.Read(root, out _) is { } bytes
            && PayloadReader.TryParse(bytes, out _) is { } kept)
        {
            return (kept, Kept);
        }

        return (PayloadReader.TryParse(SamplePayload.Bytes, out _)!, Sample);
    }
}
