namespace Linesmith.Segments.Options;

/// <summary>
/// One key a segment accepts in its <c>[segments.&lt;id&gt;]</c> table, with its type, default and
/// range: what the segment table lists (<see cref="SegmentTable"/>), what the docs and the JSON Schema
/// are generated from and what an editor builds a control for. The segment reads the key through the
/// same object, so the declared default and range are the ones in force. A key in a nested table is
/// dotted (<c>thresholds.green</c>); <see cref="Leaf"/> is its name inside that table.
/// </summary>
internal abstract record SegmentOption(string Key, string Description)
{
    /// <summary>The key inside its own table: <c>green</c> for <c>thresholds.green</c>.</summary>
    public string Leaf => Key[(Key.LastIndexOf('.') + 1)..];

    /// <summary>The default as a TOML value (<c>true</c>, <c>20</c>, <c>"~"</c>), or null when unset means something else (the system time zone).</summary>
    public abstract string? DefaultToml { get; }
}
