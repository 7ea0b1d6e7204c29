namespace Linesmith.Input.Payload;

/// <summary><c>cost</c>: the session's estimated cost (list price) and its totals.</summary>
internal sealed record CostInfo
{
    public double? TotalCostUsd { get; set; }

    public double? TotalDurationMs { get; set; }

    public double? TotalApiDurationMs { get; set; }

    public double? TotalLinesAdded { get; set; }

    public double? TotalLinesRemoved { get; set; }
}
