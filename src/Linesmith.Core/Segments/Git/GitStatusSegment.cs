using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary>
/// <c>git_status</c>: how many entries are staged, unstaged, untracked and conflicted, <c>+2 !1 ?3 =1</c>, from
/// the render's one neutralised <c>git status</c> (<see cref="GitRepository.Status"/>, shared with
/// <c>git_branch</c>; docs/adr/0014-git-without-repository-programs.md). Which counts show, their symbols and
/// whether zeros show are keys. Hidden outside a repository, when git gives no answer, and (with
/// <c>hide_zeros</c>) in a clean work tree. A count from a listing cut at the output cap ends in <c>+</c>.
/// </summary>
internal sealed class GitStatusSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly GitCountKeys Staged = new("staged", "entries whose index differs from HEAD", "+", StyleRole.Success);
    private static readonly GitCountKeys Unstaged = new("unstaged", "entries whose work tree differs from the index", "!", StyleRole.Warning);
    private static readonly GitCountKeys Untracked = new("untracked", "untracked entries (an untracked directory counts once)", "?", StyleRole.Info);
    private static readonly GitCountKeys Conflicted = new("conflicted", "entries with a merge conflict", "=", StyleRole.Critical);
    private static readonly BoolOption HideZeros = new("hide_zeros", "leave out a count that is 0 (all 0: hidden)", true);
    private static readonly IntegerOption TimeoutMs = new("timeout_ms", "how long git may take, in milliseconds (the first git segment on the line that asks sets the bound)", 300, 1, 5000);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly GitCountDisplay[] _shown = [Staged.Read(settings), Unstaged.Read(settings), Untracked.Read(settings), Conflicted.Read(settings)];
    private readonly bool _hideZeros = HideZeros.Read(settings);
    private readonly TimeSpan _timeout = TimeSpan.FromMilliseconds(TimeoutMs.Read(settings));

    public static IReadOnlyList<SegmentOption> Options { get; } =
        [.. Labels.All, .. Staged.Options, .. Unstaged.Options, .. Untracked.Options, .. Conflicted.Options, HideZeros, TimeoutMs];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (!Array.Exists(_shown, kind => kind.On) || context.Git.Head is null || context.Git.Status(_timeout) is not { } status)
        {
            return null;
        }

        var counts = status.Counts;
        int[] values = [counts.Staged, counts.Unstaged, counts.Untracked, counts.Conflicted];
        var runs = new List<TextRun>();
        for (var i = 0; i < _shown.Length; i++)
        {
            if (!_shown[i].On || (_hideZeros && values[i] == 0))
            {
                continue;
            }

            var text = (runs.Count > 0 ? " " : string.Empty) + _shown[i].Symbol + values[i].ToString(CultureInfo.InvariantCulture) + (counts.Partial ? "+" : string.Empty);
            runs.Add(new TextRun(text, _shown[i].Role));
        }

        return runs.Count > 0 ? _label.Output(runs) : null;
    }
}
