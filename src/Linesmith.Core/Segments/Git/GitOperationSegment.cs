using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary>
/// <c>git_operation</c>: the operation in progress, from the marker files git leaves in the git directory
/// (the same ones git's own <c>git-prompt.sh</c> reads): <c>rebase 2/5</c> (<c>rebase-merge/msgnum</c> and
/// <c>end</c>, or <c>rebase-apply/next</c> and <c>last</c>), <c>am</c>, <c>merge</c>, <c>cherry-pick</c>,
/// <c>revert</c>, <c>bisect</c>. Hidden when none is.
/// </summary>
internal sealed class GitOperationSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context) =>
        context.Git.Head is { } head && Operation(head.GitDirectory) is { } operation ? _label.Output(operation, StyleRole.Warning) : null;

    internal static string? Operation(string git)
    {
        var merge = Path.Join(git, "rebase-merge");
        if (Directory.Exists(merge))
        {
            return "rebase" + Step(Path.Join(merge, "msgnum"), Path.Join(merge, "end"));
        }

        var apply = Path.Join(git, "rebase-apply");
        if (Directory.Exists(apply))
        {
            var name = File.Exists(Path.Join(apply, "rebasing")) ? "rebase" : File.Exists(Path.Join(apply, "applying")) ? "am" : "rebase";
            return name + Step(Path.Join(apply, "next"), Path.Join(apply, "last"));
        }

        return GitFiles.Exists(Path.Join(git, "MERGE_HEAD")) ? "merge"
            : GitFiles.Exists(Path.Join(git, "CHERRY_PICK_HEAD")) ? "cherry-pick"
            : GitFiles.Exists(Path.Join(git, "REVERT_HEAD")) ? "revert"
            : GitFiles.Exists(Path.Join(git, "BISECT_LOG")) ? "bisect"
            : null;
    }

    /// <summary><c> n/m</c> when both files hold a sensible count, else nothing.</summary>
    private static string Step(string current, string total) =>
        int.TryParse(GitFiles.Line(current), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && int.TryParse(GitFiles.Line(total), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && n >= 1 && n <= m
            ? string.Create(CultureInfo.InvariantCulture, $" {n}/{m}")
            : string.Empty;
}
