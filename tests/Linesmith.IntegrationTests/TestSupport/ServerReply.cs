namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>What the test server answers: any status, extra headers and body.</summary>
internal sealed record ServerReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>When set, the connection is reset (RST) after this many body bytes.</summary>
    public int? ResetAfterBodyBytes { get; init; }

    /// <summary>When set, the body is sent one byte per this interval.</summary>
    public TimeSpan? TricklePerByte { get; init; }

    public const string UsageBody = """{"five_hour":{"utilization":42.0,"resets_at":"2030-01-01T00:00:00Z"},"seven_day":{"utilization":13.0,"resets_at":null},"extra_usage":{"is_enabled":true,"utilization":12.5,"monthly_limit":10000,"used_credits":4000,"currency":"USD"},"limits":[{"kind":"weekly_scoped","percent":82,"scope":{"model":{"display_name":"Fable"}},"severity":"warning"}]}""";

    public static ServerReply Usage(float fiveHour = 42.0f) =>
        new(200, UsageBody.Replace("\"utilization\":42.0", FormattableString.Invariant($"\"utilization\":{fiveHour:0.0}"), StringComparison.Ordinal));

    public static ServerReply WithStatus(int status, params (string Name, string Value)[] headers) =>
        new(status, string.Empty, headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase));
}
