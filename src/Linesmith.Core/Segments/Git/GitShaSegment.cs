using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary><c>git_sha</c>: the commit HEAD is at, shortened to <c>length</c> digits (<c>3f1c2ab</c>), from the ref files (<see cref="GitRefs"/>). Hidden outside a repository and before the first commit.</summary>
internal sealed class GitShaSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly IntegerOption Length = new("length", "how many hexadecimal digits of the commit id", 7, 4, 64);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly int _length = (int)Length.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Length];

    public SegmentOutput? Render(SegmentContext context) =>
        context.Git.Head is { } head && GitRefs.HeadCommit(head) is { } commit
            ? _label.Output(commit[..Math.Min(_length, commit.Length)], StyleRole.Muted)
            : null;
}
