using Linesmith.Platform;
using Linesmith.Usage.Cache;

namespace Linesmith.Composition;

/// <summary>
/// The cache root of a run and the verdict of <see cref="CacheRootTrust"/> on it (ADR 0015): the
/// render's log, the cascade, <c>cache show</c>, <c>cache clear</c> and <c>doctor</c> all act on this
/// one verdict. <see cref="Trusted"/> is the path only when nothing refused it.
/// </summary>
internal sealed record CacheRootVerdict(CreatableDirectory? Directory, string? Refusal)
{
    /// <summary>The root's path when there is one and it may be used; else null.</summary>
    public string? Trusted => Refusal is null ? Directory?.Path : null;

    public static CacheRootVerdict Of(CreatableDirectory? directory) =>
        new(directory, directory is null ? null : CacheRootTrust.Refusal(directory.Path));
}
