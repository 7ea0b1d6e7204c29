namespace Linesmith.Input.Payload;

/// <summary><c>cost</c>: the session's estimated cost (list price) and its totals.</summary>
internal sealed record CostInfo
{
    public double? TotalCostUsd { get; init; }

    public double? TotalDurationMs { get; init; }

    public double? TotalApiDurationMs { get; init; }

    public double? TotalLinesAdded { get; init; }

    public double? TotalLinesRemoved { get; init; }
}
