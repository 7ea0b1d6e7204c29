using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary><c>git_stash</c>: how many stashes there are, the lines of <c>logs/refs/stash</c> in the common directory (<c>stash: 2</c>). Hidden with none.</summary>
internal sealed class GitStashSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("stash");

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Git.Head is not { } head || GitFiles.Text(Path.Join(GitFiles.CommonDirectory(head.GitDirectory), "logs", "refs", "stash")) is not { } log)
        {
            return null;
        }

        var count = log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        return count > 0 ? _label.Output(count.ToString(CultureInfo.InvariantCulture), StyleRole.Info) : null;
    }
}
