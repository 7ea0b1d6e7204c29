using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>pr</c>: the pull request of the session's branch and its review state (<c>PR: #123 approved</c>),
/// the state coloured (approved success, changes requested critical, anything else warning). When links
/// are on (<c>[layout_options] links</c>) the number is an OSC 8 link to <c>pr.url</c>, if that URL is a
/// plain http(s) URL (<see cref="SafeLink"/>); otherwise it is plain text. Keys: <c>review_state</c>
/// (true), <c>link</c> (true). Hidden without a whole positive <c>pr.number</c>.
/// </summary>
internal sealed class PullRequestSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("PR");
    private static readonly BoolOption ReviewState = new("review_state", "add the review state: approved, changes requested, ...", true);
    private static readonly BoolOption Link = new("link", "make the number a link to the pull request when [layout_options] links is on", true);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly bool _reviewState = ReviewState.Read(settings);
    private readonly bool _link = Link.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, ReviewState, Link];

    public SegmentOutput? Render(SegmentContext context)
    {
        var pr = context.Payload.Pr;
        if (pr?.Number is not { } number || number < 1 || number != Math.Floor(number))
        {
            return null;
        }

        var link = _link ? SafeLink.Check(pr.Url) : null;
        var runs = new List<TextRun>(2) { new("#" + number.ToString("0", CultureInfo.InvariantCulture), StyleRole.Accent, Link: link) };
        if (_reviewState && pr.ReviewState is { Length: > 0 } state)
        {
            var text = state.Replace('_', ' ').ToLowerInvariant();
            runs.Add(new TextRun(" " + text, RoleOf(text)));
        }

        return _label.Output(runs);
    }

    private static StyleRole RoleOf(string state) => state switch
    {
        "approved" => StyleRole.Success,
        "changes requested" => StyleRole.Critical,
        _ => StyleRole.Warning,
    };
}
