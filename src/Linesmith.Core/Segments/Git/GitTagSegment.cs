using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary><c>git_tag</c>: the tags at HEAD's commit (<c>v1.2.0</c>; several joined by <c>, </c>), from <c>packed-refs</c> and <c>refs/tags</c> (<see cref="GitRefs"/>). Hidden when no tag points at it.</summary>
internal sealed class GitTagSegment(SettingsTable settings) : ISegment
{
    /// <summary>Longer tag lists are cut: a statusline has no room for them.</summary>
    private const int MaxTags = 3;

    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Git.Head is not { } head || GitRefs.HeadCommit(head) is not { } commit || GitRefs.TagsAt(head.GitDirectory, commit) is not { Count: > 0 } tags)
        {
            return null;
        }

        return _label.Output(string.Join(", ", tags.Take(MaxTags)) + (tags.Count > MaxTags ? ", …" : string.Empty), StyleRole.Accent);
    }
}
