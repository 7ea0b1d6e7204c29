using System.Text.Json.Serialization;

namespace Linesmith.Usage.Cache;

/// <summary>
/// The error record of <c>usage.json</c>: only the error's code tag (<c>Timeout</c>,
/// <c>Unauthorized</c>, …). Deliberately lossy; live errors of the current process win over it, the
/// cache only carries a hint across invocations. Foreign tags are kept as written.
/// </summary>
internal sealed record CachedError(string Code)
{
    // For the JSON reader only (see CachedUsage).
    [JsonConstructor]
    public CachedError()
        : this(string.Empty)
    {
    }

    [JsonRequired]
    public string Code { get; set; } = Code;
}
