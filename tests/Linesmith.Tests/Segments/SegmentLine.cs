using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Tests.Rendering;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments;

/// <summary>
/// Renders one line from a payload (inline JSON or a file in Golden/payloads) and a config, the way the
/// binary does, with an environment snapshot of the test's choosing and the config's problems kept for asserting.
/// </summary>
internal sealed class SegmentLine
{
    public EnvironmentSnapshot Environment { get; init; } = EnvironmentSnapshot.Empty;

    public DateTimeOffset Now { get; init; } = RenderHarness.Now;

    public ColorDepth Depth { get; init; } = ColorDepth.None;

    public int? Width { get; init; }

    public string? CacheRoot { get; init; }

    /// <summary>The cascade's answer for a segment that asks; null: asking fails the test.</summary>
    public UsageView? Usage { get; init; }

    public string? WorkingDirectory { get; init; } = "/";

    public ConfigProblems Problems { get; private set; } = new();

    public static string Golden(string payloadName) => System.Text.Encoding.UTF8.GetString(RenderHarness.PayloadBytes(payloadName));

    public string Render(string json, string configToml)
    {
        var payload = PayloadReader.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var problem) ?? throw new InvalidOperationException(problem);
        PayloadRanges.Apply(payload, _ => { });
        var config = LinesmithConfig.From(ConfigFile.Parse(configToml, "config.toml"), Environment);
        Problems = config.Problems;
        var builder = new LineBuilder(config);
        var context = new SegmentContext(payload, new ManualClock(Now), TimeZoneInfo.Utc, () => Usage ?? throw new InvalidOperationException("usage data was not expected"))
        {
            Environment = Environment,
            CacheRoot = () => CacheRoot,
            WorkingDirectory = () => WorkingDirectory,
        };
        var lines = builder.Render(context, new AnsiWriter(BuiltInThemes.Find(config.Theme) ?? BuiltInThemes.Default, Depth, false), Width, (id, exception) => throw new InvalidOperationException(id, exception));
        return string.Join('\n', lines);
    }

    /// <summary>One segment on the line, with <paramref name="keys"/> as its <c>[segments.&lt;id&gt;]</c> table.</summary>
    public string Segment(string json, string id, string keys = "") =>
        Render(json, $"[line]\nsegments = [\"{id}\"]\n[segments.{id}]\n{keys}\n");
}
