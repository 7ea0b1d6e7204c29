using System.Text;
using System.Text.Json;
using Linesmith.Config;
using Linesmith.Input.Json;
using Linesmith.Input.Payload;
using Linesmith.Segments;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>
/// Builds a rate-limit segment from settings written as key/value pairs (TOML's shapes: long, double,
/// string, bool, nested tables) and renders it against a payload, a manual clock and a usage result
/// whose evaluations are counted.
/// </summary>
internal sealed class SegmentHarness
{
    /// <summary>The instant of docs/spec/edge-cases.md item 66: 2025-07-15 19:00 UTC.</summary>
    public const string Now = "2025-07-15T19:00:00Z";

    public ConfigProblems Problems { get; } = new();

    public ManualClock Clock { get; } = ManualClock.At(Now);

    public StatusPayload Payload { get; set; } = new();

    public TimeZoneInfo LocalZone { get; set; } = TimeZoneInfo.Utc;

    public UsageView Usage { get; set; } = UsageView.FromEndpoint(new UsageData());

    /// <summary>How many times a render evaluated the usage cascade.</summary>
    public int UsageEvaluations { get; private set; }

    public DateTimeOffset NowInstant => Clock.GetUtcNow();

    public static Dictionary<string, object?> Table(params (string Key, object? Value)[] entries)
    {
        var table = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            table[key] = value;
        }

        return table;
    }

    public static StatusPayload Stdin(string json) =>
        JsonSerializer.Deserialize(json, StatusJsonContext.Default.StatusPayload)!;

    /// <summary>Endpoint data parsed from a wire body, as the cascade would hand it over.</summary>
    public static UsageView EndpointJson(string json)
    {
        var response = UsageApiParser.TryParse(Encoding.UTF8.GetBytes(json), out var problem)
            ?? throw new InvalidOperationException(problem);
        return UsageView.FromEndpoint(CachedData.FromResponse(response).ToUsageData());
    }

    public ISegment Build(string id, params (string Key, object? Value)[] settings)
    {
        var table = new SettingsTable($"segments.{id}", Table(settings), Problems);
        return SegmentTable.Find(id)?.Create(table) ?? throw new InvalidOperationException($"no segment {id}");
    }

    public SegmentOutput? Render(string id, params (string Key, object? Value)[] settings) =>
        Build(id, settings).Render(Context());

    public string? Text(string id, params (string Key, object? Value)[] settings) =>
        Render(id, settings)?.PlainText;

    public SegmentContext Context() => new(Payload, Clock, LocalZone, () =>
    {
        UsageEvaluations++;
        return Usage;
    });

    public IReadOnlyList<string> Warnings => Problems.All.Select(problem => problem.ToString()).ToArray();
}
