using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage.Model;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering;

/// <summary>
/// docs/adr/0013-fit-the-cells-claude-code-gives.md: at every width from 20 to 160 cells, for the five payloads Claude Code 2.1.332
/// really sent and the golden ones, with the default line and a line of every segment, nothing wider
/// than the cells is printed and no number is cut: every word that holds a digit is a word of the
/// whole line, and the ellipsis never follows a digit.
/// </summary>
public sealed class LineFitTests
{
    private const string EverySegment = """
        [line.1]
        segments = ["model", "context_window", "context_bar", "cost", "lines_changed", "session_duration", "git_branch", "workspace", "effort", "vim", "version", "output_style"]
        [line.2]
        segments = ["rate_limit_5h", "rate_limit_5h_reset", "rate_limit_7d", "rate_limit_7d_reset", "extra_usage", "rate_limit_7d_model", "tokens_input", "tokens_output", "tokens_cached", "tokens_total"]
        [segments.rate_limit_5h]
        format = "progress"
        progress_width = 10
        """;

    // Priority 0 on everything: nothing drops by priority, so the overflow rule alone must keep numbers whole.
    private const string Pinned = """
        [line]
        segments = ["model", "rate_limit_5h", "rate_limit_5h_reset", "rate_limit_7d", "cost", "context_window", "workspace"]
        [segments.rate_limit_5h]
        priority = 0
        [segments.rate_limit_5h_reset]
        priority = 0
        [segments.rate_limit_7d]
        priority = 0
        [segments.cost]
        priority = 0
        [segments.context_window]
        priority = 0
        [segments.workspace]
        priority = 0
        """;

    public static TheoryData<string> Payloads => new()
    {
        "claude-code-2.1.332/payload-1-startup-apikey.json",
        "claude-code-2.1.332/payload-2-after-response-apikey.json",
        "claude-code-2.1.332/payload-3-after-response-max-ratelimits.json",
        "claude-code-2.1.332/payload-4-startup-worktree-vim-named.json",
        "claude-code-2.1.332/payload-5-midturn-worktree-ratelimits.json",
        "full.json",
        "worktree.json",
        "hostile.json",
    };

    private static readonly UsageView Usage = UsageView.FromEndpoint(new UsageData(
        FiveHour: new UsageBucket(22f, Now.AddHours(4).AddMinutes(37)),
        SevenDay: new UsageBucket(48.5f, Now.AddDays(3).AddHours(7)),
        ExtraUsage: new ExtraUsage(true, 40f, 10_000, 4_000, "EUR"),
        Limits: [new UsageLimit(LimitKind.WeeklyScoped, 82f, null, new LimitScope(new LimitModel("Opus", null)))]));

    [Theory]
    [MemberData(nameof(Payloads))]
    public void The_default_line_fits_every_width_without_cutting_a_number(string payload) =>
        AssertFitsEveryWidth(payload, string.Empty);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_line_of_every_segment_fits_every_width_without_cutting_a_number(string payload) =>
        AssertFitsEveryWidth(payload, EverySegment);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_line_where_nothing_drops_by_priority_fits_every_width_without_cutting_a_number(string payload) =>
        AssertFitsEveryWidth(payload, Pinned);

    private static void AssertFitsEveryWidth(string payload, string config)
    {
        var whole = Render(payload, config, usage: Usage).Split('\n');
        var wholeWords = whole.SelectMany(line => line.Split(' ')).ToHashSet(StringComparer.Ordinal);
        for (var width = 20; width <= 160; width++)
        {
            foreach (var line in Render(payload, config, width: width, usage: Usage).Split('\n'))
            {
                Assert.True(CellWidth.Of(line) <= width, $"{CellWidth.Of(line)} cells at width {width}: '{line}'");
                var words = line.Split(' ');
                foreach (var word in words)
                {
                    var plain = word.TrimEnd('…');
                    var cutNumber = plain.Any(char.IsAsciiDigit)
                        && (!wholeWords.Contains(plain) || (plain.Length < word.Length && (char.IsAsciiDigit(plain[^1]) || plain[^1] is '.' or ',')));
                    Assert.False(cutNumber, $"'{word}' at width {width} reads as another number: '{line}'");
                }
            }
        }
    }
}
