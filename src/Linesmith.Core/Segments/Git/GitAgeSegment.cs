using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary>
/// <c>git_age</c>: how long ago HEAD's commit was made, <c>2h</c> / <c>3d</c>, from the committer time in the
/// commit object, read from <c>.git</c> without a process (<see cref="GitObjects"/>;
/// docs/adr/0022-commit-time-from-the-object-store.md). Hidden outside a repository, before the first commit,
/// when the object cannot be read from the files (deltified, behind alternates, missing, corrupt: logged), and
/// for a commit time after the render's clock (another machine's clock; no age to show).
/// </summary>
internal sealed class GitAgeSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Git.Head is not { } head || GitRefs.HeadCommit(head) is not { } commit)
        {
            return null;
        }

        var read = GitObjects.ReadCommit(GitFiles.CommonDirectory(head.GitDirectory), commit);
        if (read.Content is not { } content || GitCommitTime.Parse(content) is not { } committed)
        {
            context.Log.Info($"git_age: commit {commit[..7]}: {read.Miss ?? "no committer time in its headers"}; hidden");
            return null;
        }

        var age = context.Clock.GetUtcNow() - committed;
        if (age < TimeSpan.Zero)
        {
            context.Log.Info($"git_age: commit {commit[..7]} was made after the render's clock; hidden");
            return null;
        }

        return _label.Output(Format(age), StyleRole.Muted);
    }

    /// <summary><c>&lt;1m</c>, minutes below an hour, hours below a day, days below a year, then years: the largest whole unit.</summary>
    internal static string Format(TimeSpan age) =>
        age < TimeSpan.FromMinutes(1) ? "<1m"
        : age < TimeSpan.FromHours(1) ? Whole(age.TotalMinutes, "m")
        : age < TimeSpan.FromDays(1) ? Whole(age.TotalHours, "h")
        : age < TimeSpan.FromDays(365) ? Whole(age.TotalDays, "d")
        : Whole(age.TotalDays / 365, "y");

    private static string Whole(double value, string unit) => ((long)Math.Floor(value)).ToString(CultureInfo.InvariantCulture) + unit;
}
