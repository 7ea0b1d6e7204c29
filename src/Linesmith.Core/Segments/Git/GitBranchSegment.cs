using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary>
/// <c>git_branch</c>: the branch of the session's directory (<c>⎇ main</c>), or the short commit id
/// when detached. <c>dirty = true</c> adds <c>*</c> for uncommitted changes and
/// <c>ahead_behind = true</c> adds <c>↑1 ↓2</c>; both ask <c>git</c>, within <c>timeout_ms</c>
/// (default 300), with every program the repository's configuration names neutralised
/// (<see cref="GitStatus"/>). Hidden outside a repository.
/// </summary>
internal sealed class GitBranchSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty, "⎇");
    private static readonly BoolOption Dirty = new("dirty", "add * when the work tree has changes (runs git)", false);
    private static readonly BoolOption AheadBehind = new("ahead_behind", "add ↑1 ↓2 against the upstream (runs git)", false);
    private static readonly IntegerOption TimeoutMs = new("timeout_ms", "how long git may take for dirty and ahead_behind, in milliseconds", 300, 1, 5000);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly bool _dirty = Dirty.Read(settings);
    private readonly bool _aheadBehind = AheadBehind.Read(settings);
    private readonly TimeSpan _timeout = TimeSpan.FromMilliseconds(TimeoutMs.Read(settings));

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Dirty, AheadBehind, TimeoutMs];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Git.Head is not { } head)
        {
            return null;
        }

        var runs = new List<TextRun> { new(head.Display, head.Branch is null ? StyleRole.Warning : StyleRole.Success) };
        if ((_dirty || _aheadBehind) && context.Git.Status(_timeout) is { } status)
        {
            if (_dirty && status.Dirty)
            {
                runs.Add(new TextRun("*", StyleRole.Warning));
            }

            if (_aheadBehind && (status.Ahead > 0 || status.Behind > 0))
            {
                var text = (status.Ahead > 0 ? string.Create(CultureInfo.InvariantCulture, $" ↑{status.Ahead}") : string.Empty)
                    + (status.Behind > 0 ? string.Create(CultureInfo.InvariantCulture, $" ↓{status.Behind}") : string.Empty);
                runs.Add(new TextRun(text, StyleRole.Info));
            }
        }

        // The icon takes the branch's colour rather than the muted label colour: it is part of the name.
        return _label.Prefix.Length > 0 ? new SegmentOutput([new TextRun(_label.Prefix, runs[0].Role), .. runs]) : new SegmentOutput(runs);
    }
}
