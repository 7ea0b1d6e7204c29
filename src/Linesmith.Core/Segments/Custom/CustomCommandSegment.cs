using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Custom;

/// <summary>
/// <c>custom_command</c>: the first line of what the user's <c>command</c> prints (README.md#segments). Never
/// runs without a configured command. A render never waits for it when a cached output exists: a fresh one
/// (younger than <c>ttl</c>) is shown as it is; a stale one is shown while a background
/// <c>linesmith command refresh</c> runs the command again (<see cref="CommandRefreshLauncher"/>). Only with no
/// cached output does the render run it, within <c>timeout_ms</c>, and cache the result. Without a trusted
/// cache root it runs every render, within the timeout. A failed run (non-zero exit, timeout) is cached too
/// and hides the segment until its ttl ends. The text is cut to <see cref="MaxCharacters"/>; escape sequences
/// are stripped unless <c>colors = true</c> (<see cref="SgrRuns"/>).
/// </summary>
internal sealed class CustomCommandSegment(SettingsTable settings) : ISegment
{
    /// <summary>A statusline has no room for more.</summary>
    public const int MaxCharacters = 256;

    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly CommandSettings _settings = CommandSettings.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, .. CommandSettings.Options];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (_settings.Command.Length == 0 || context.WorkingDirectory() is not { } directory)
        {
            return null;
        }

        var now = context.Clock.GetUtcNow();
        var entry = Entry(context, directory, now);
        if (entry.ExitCode != 0 || FirstLine(entry.Output) is not { } line)
        {
            return null;
        }

        var runs = _settings.Colors ? SgrRuns.Parse(line, StyleRole.Foreground) : [new TextRun(line, StyleRole.Foreground)];
        return runs.Count == 0 ? null : _label.Output(runs);
    }

    private CommandEntry Entry(SegmentContext context, string directory, DateTimeOffset now)
    {
        if (context.CacheRoot() is not { } root)
        {
            context.Log.Info("custom_command: no trusted cache directory; the command runs on every render");
            return CommandRun.Run(_settings, directory, context.Environment, now);
        }

        var path = CommandCache.PathOf(root, _settings.Command, directory);
        if (CommandCache.Read(path, _settings.Command, directory) is { } cached)
        {
            if (!cached.IsFresh(now, _settings.Ttl) && CommandCache.TryClaimRefresh(path, now)
                && !CommandRefreshLauncher.Launch(context.ProcessPath, context.ConfigPath, context.Log))
            {
                CommandCache.ReleaseRefresh(path);
            }

            return cached;
        }

        var entry = CommandRun.Run(_settings, directory, context.Environment, now);
        if (CommandCache.Write(path, entry) is { } error)
        {
            context.Log.Info($"custom_command: the output was not cached: {error}");
        }

        return entry;
    }

    /// <summary>The first line with any text, cut to <see cref="MaxCharacters"/>.</summary>
    private static string? FirstLine(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.Trim().Length > 0)
            {
                return text.Length > MaxCharacters ? text[..MaxCharacters] : text;
            }
        }

        return null;
    }
}
