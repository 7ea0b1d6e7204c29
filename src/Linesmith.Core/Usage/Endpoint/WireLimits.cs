using Linesmith.Usage.Model;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// <c>limits</c> as read from the endpoint: the usable entries (null when the key was not an array)
/// and one warning per problem, for the log. Kept as an optional list, not an empty default, so that
/// "the endpoint stopped sending it" stays detectable (docs/spec/usage-endpoint.md#response).
/// </summary>
internal sealed record WireLimits(IReadOnlyList<UsageLimit>? Items, IReadOnlyList<string> Warnings);
