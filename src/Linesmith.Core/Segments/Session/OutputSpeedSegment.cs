using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>output_speed</c>: output tokens per second of API time over the session,
/// <c>context_window.total_output_tokens</c> over <c>cost.total_api_duration_ms</c>: <c>out: 42 tok/s</c>. The API
/// time includes the wait for the first token, so this is a lower bound of the generation speed. There is
/// no input speed: the payload has no time spent on input alone. Hidden until there is API time and output.
/// </summary>
internal sealed class OutputSpeedSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("out");

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        var tokens = context.Payload.ContextWindow?.TotalOutputTokens;
        var milliseconds = context.Payload.Cost?.TotalApiDurationMs;
        if (tokens is not { } output || milliseconds is not { } time || output <= 0 || time <= 0)
        {
            return null;
        }

        var speed = output * 1000 / time;
        return double.IsFinite(speed) && speed < 1e7
            ? _label.Output(speed.ToString(speed < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " tok/s", StyleRole.Muted)
            : null;
    }
}
