using System.Text.Json.Serialization;

namespace Linesmith.Usage.Model;

/// <summary>
/// The cache file's <c>limits</c> value. A wrapper with its converter on the type, so that the
/// serializer treats it as one opaque value and never builds metadata for <see cref="UsageLimit"/>
/// and its enums, which <see cref="LimitsJson"/> reads by hand anyway (about 0.1 ms of every cold
/// start with a cache, measured with perf).
/// </summary>
[JsonConverter(typeof(CachedLimitsConverter))]
internal sealed record CachedLimits(IReadOnlyList<UsageLimit> Items);
