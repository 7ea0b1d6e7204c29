using System.Globalization;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Rendering;

/// <summary>Renders a golden payload with a config, the way the binary does, at a fixed time (<see cref="Now"/> unless given) and zone.</summary>
internal static class RenderHarness
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-25T12:00:00Z", CultureInfo.InvariantCulture);

    public static string Render(string payloadName, string configToml = "", ColorDepth depth = ColorDepth.None, int? width = null, UsageView? usage = null, DateTimeOffset? now = null, bool links = false) =>
        RenderBytes(PayloadBytes(payloadName), configToml, depth, width, usage, now, links);

    /// <summary>The bytes of a payload in Golden/payloads.</summary>
    public static byte[] PayloadBytes(string payloadName) => File.ReadAllBytes(Path.Join(AppContext.BaseDirectory, "Golden", "payloads", payloadName));

    public static string RenderBytes(byte[] bytes, string configToml = "", ColorDepth depth = ColorDepth.None, int? width = null, UsageView? usage = null, DateTimeOffset? now = null, bool links = false)
    {
        var payload = PayloadReader.TryParse(bytes, out var problem) ?? throw new InvalidOperationException(problem);
        PayloadRanges.Apply(payload, _ => { });
        var config = LinesmithConfig.From(ConfigFile.Parse(configToml, "config.toml"), EnvironmentSnapshot.Empty);
        var statusLine = new LineBuilder(config);
        var context = new SegmentContext(payload, new ManualClock(now ?? Now), TimeZoneInfo.Utc, () => usage ?? throw new InvalidOperationException("usage data was not expected"));
        var lines = statusLine.Render(context, new AnsiWriter(BuiltInThemes.Find(config.Theme) ?? BuiltInThemes.Default, depth, links), width, (id, exception) => throw new InvalidOperationException(id, exception));
        return string.Join('\n', lines);
    }
}
