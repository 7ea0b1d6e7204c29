using System.Globalization;
using System.Text;
using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Segments.Options;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Model;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Segments;

/// <summary>
/// The segment table (issue 13 item 3): every row complete, ids unique, and each row's declared keys,
/// defaults and ranges exactly the ones its segment reads and applies, so the docs, the schema and an
/// editor built from the table tell the truth.
/// </summary>
public sealed class SegmentTableTests
{
    public static TheoryData<string> Ids()
    {
        var ids = new TheoryData<string>();
        foreach (var row in SegmentTable.Rows)
        {
            ids.Add(row.Id);
        }

        return ids;
    }

    [Fact]
    public void Ids_are_unique_and_lower_snake_case()
    {
        var ids = SegmentTable.Rows.Select(row => row.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9_]*$", id));
        Assert.All(ids, id => Assert.Same(SegmentTable.Rows.Single(row => row.Id == id), SegmentTable.Find(id)));
        Assert.Null(SegmentTable.Find("nonsense"));
    }

    [Fact]
    public void The_rows_are_the_listed_ids_in_their_order()
    {
        Assert.Equal(SegmentTable.Ids, SegmentTable.Rows.Select(row => row.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_row_is_complete(string id)
    {
        var row = SegmentTable.Find(id)!;

        Assert.False(string.IsNullOrWhiteSpace(row.Description));
        Assert.DoesNotContain('\n', row.Description);
        Assert.InRange(row.DefaultPriority, 0, 255);
        Assert.True(row.Needs.Payload.Count > 0 || row.Needs.Usage != UsageNeeds.None || row.Needs.Environment.Count > 0 || row.Needs.Config || row.Needs.Command, "needs declared");
        Assert.All(row.Needs.Payload, field => Assert.Matches("^[a-z0-9_]+(\\.[a-z0-9_]+)*$", field));
        Assert.Equal(row.Options.Count, row.Options.Select(option => option.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(row.Options, AssertComplete);
        Assert.Equal(row.DefaultPriority, Assert.IsType<IntegerOption>(row.Option("priority")).Default);
        Assert.All(["width.min", "width.max", "style"], key => Assert.NotNull(row.Option(key)));
    }

    [Fact]
    public void The_default_line_names_rows_of_the_table()
    {
        Assert.All(SegmentTable.DefaultLine, id => Assert.NotNull(SegmentTable.Find(id)));
        Assert.Equal(SegmentTable.DefaultLine.Count, SegmentTable.DefaultLine.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_style_roles_are_the_style_role_names()
    {
        Assert.Equal(Enum.GetNames<StyleRole>().Select(name => name.ToLowerInvariant()), StyleOption.Roles);
    }

    /// <summary>Builds the segment from a table holding every declared key at its default: the keys read are exactly those declared, and none warns.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void The_declared_keys_are_exactly_the_keys_the_segment_reads(string id)
    {
        var row = SegmentTable.Find(id)!;
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var problems = new ConfigProblems();
        var settings = new SettingsTable("segments." + id, ReadRecorder.Of(DefaultsTable(row), asked), problems);

        _ = row.Create(settings);
        _ = SegmentLayout.From(settings, row.DefaultPriority);
        settings.ReportUnreadKeys();

        // A nested table's own name is asked for on the way to its keys.
        var declared = row.Options.Select(option => option.Key).ToHashSet(StringComparer.Ordinal);
        var tables = declared.Where(key => key.Contains('.', StringComparison.Ordinal)).Select(key => key[..key.IndexOf('.', StringComparison.Ordinal)]);
        Assert.Equal(declared.Order(StringComparer.Ordinal), asked.Except(tables).Order(StringComparer.Ordinal));
        Assert.Empty(problems.All);
    }

    /// <summary>
    /// Each payload rendered with every declared default written out gives the same line as with
    /// nothing written: the defaults the table declares are the ones in force.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Declared_defaults_are_the_defaults_in_force(string id)
    {
        var row = SegmentTable.Find(id)!;
        var line = $"[line]\nsegments = [\"{id}\"]\n";
        var explicitDefaults = new StringBuilder(line).Append(CultureInfo.InvariantCulture, $"[segments.{id}]\n");
        foreach (var option in row.Options)
        {
            if (option.DefaultToml is { } toml)
            {
                explicitDefaults.Append(CultureInfo.InvariantCulture, $"{option.Key} = {toml}\n");
            }
        }

        foreach (var payload in Payloads)
        {
            foreach (var usage in Usages)
            {
                Assert.Equal(Render(payload, line, ColorDepth.TrueColor, usage: usage), Render(payload, explicitDefaults.ToString(), ColorDepth.TrueColor, usage: usage));
            }
        }
    }

    /// <summary>Just outside each declared range the segment warns about that key: the ranges the table declares are the ones checked.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Values_just_outside_a_declared_range_or_choice_warn(string id)
    {
        var row = SegmentTable.Find(id)!;
        foreach (var option in row.Options)
        {
            object?[] refused = option switch
            {
                IntegerOption integer => [integer.Min - 1, integer.Max + 1],
                NumberOption number => [number.Min - 0.5, number.Max + 0.5],
                ChoiceOption => ["nonsense"],
                BoolOption => ["yes"],
                TextOption text when text.SingleCell => ["ab"],
                _ => [],
            };
            foreach (var value in refused)
            {
                var problems = new ConfigProblems();
                var settings = new SettingsTable("segments." + id, Nest(new Dictionary<string, object?>(StringComparer.Ordinal) { [option.Key] = value }), problems);

                _ = row.Create(settings);
                _ = SegmentLayout.From(settings, row.DefaultPriority);

                Assert.Contains(problems.All, problem => problem.KeyPath == $"segments.{id}.{option.Key}");
            }
        }
    }

    [Theory]
    [InlineData("""["model", "cost", "workspace"]""", (int)UsageNeeds.None)]
    [InlineData("""["model", "spend_limit", "context_bar"]""", (int)UsageNeeds.None)]
    [InlineData("""["rate_limit_5h", "rate_limit_5h_reset"]""", (int)UsageNeeds.FiveHour)]
    [InlineData("""["rate_limit_7d", "extra_usage"]""", (int)(UsageNeeds.SevenDay | UsageNeeds.ExtraUsage))]
    [InlineData("""["rate_limit_7d_model", "rate_limit_7d_reset"]""", (int)(UsageNeeds.ModelLimits | UsageNeeds.SevenDay))]
    public void The_line_asks_for_the_union_of_its_segments_needs(string segments, int needs)
    {
        var expected = (UsageNeeds)needs;
        var config = LinesmithConfig.From(ConfigFile.Parse($"[line.1]\nsegments = {segments}\n[line.2]\nsegments = [\"model\"]\n", "config.toml"), EnvironmentSnapshot.Empty);

        Assert.Equal(expected, new LineBuilder(config).NeedsFor(new StatusPayload()));
    }

    private static readonly string[] Payloads =
    [
        "full.json", "first-render.json", "api-key.json", "bedrock.json", "worktree.json", "hostile.json", "gateway-pr.json",
        "claude-code-2.1.332/payload-1-startup-apikey.json", "claude-code-2.1.332/payload-3-after-response-max-ratelimits.json",
        "claude-code-2.1.332/payload-5-midturn-worktree-ratelimits.json",
    ];

    private static readonly UsageView[] Usages =
    [
        UsageView.FromEndpoint(new UsageData(
            FiveHour: new UsageBucket(22f, Now.AddHours(4).AddMinutes(37)),
            SevenDay: new UsageBucket(48.5f, Now.AddDays(3).AddHours(7)),
            ExtraUsage: new ExtraUsage(true, 40f, 10_000, 4_000, null),
            Limits: [new UsageLimit(LimitKind.WeeklyScoped, 82f, null, new LimitScope(new LimitModel("Opus", null)))])),
        UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(95f, Now.AddMinutes(20))), stale: true),
        UsageView.FromJsonl(new JsonlEstimate(420_000, Now.AddHours(2), 1_200_000)),
        UsageView.Failed("[Rate limited]"),
    ];

    private static void AssertComplete(SegmentOption option)
    {
        Assert.Matches("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$", option.Key);
        Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Key);
        switch (option)
        {
            case IntegerOption integer:
                Assert.True(integer.Min <= integer.Max, option.Key);
                Assert.InRange(integer.Default, integer.Min, integer.Max);
                break;
            case NumberOption number:
                Assert.True(double.IsFinite(number.Min) && double.IsFinite(number.Max) && number.Min <= number.Max, option.Key);
                Assert.InRange(number.Default, number.Min, number.Max);
                break;
            case ChoiceOption choice:
                Assert.NotEmpty(choice.Names);
                Assert.Equal(choice.Names.Count, choice.Names.Distinct(StringComparer.Ordinal).Count());
                Assert.Contains(choice.DefaultName, choice.Names);
                break;
            case TextOption text:
                Assert.True(!text.SingleCell || text.Default is null || CellWidth.Of(text.Default) == 1, option.Key);
                break;
            case BoolOption or StyleOption:
                break;
            default:
                Assert.Fail($"{option.Key}: an option of an unknown kind ({option.GetType().Name})");
                break;
        }
    }

    // Every declared key at its default (or a valid value where unset means something else).
    private static Dictionary<string, object?> DefaultsTable(SegmentDefinition row)
    {
        var flat = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var option in row.Options)
        {
            flat[option.Key] = option switch
            {
                BoolOption boolean => boolean.Default,
                IntegerOption integer => integer.Default,
                NumberOption number => number.Default,
                ChoiceOption choice => choice.DefaultName,
                TextOption { Default: { } text } => text,
                TextOption { SingleCell: true } => "#",
                TextOption => "UTC",
                StyleOption => "role:accent bold",
                _ => throw new InvalidOperationException(option.Key),
            };
        }

        return Nest(flat);
    }

    // Dotted keys into nested tables, as the TOML loader gives them.
    private static Dictionary<string, object?> Nest(Dictionary<string, object?> flat)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in flat)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                root[key] = value;
                continue;
            }

            if (!root.TryGetValue(key[..dot], out var nested))
            {
                nested = new Dictionary<string, object?>(StringComparer.Ordinal);
                root[key[..dot]] = nested;
            }

            ((Dictionary<string, object?>)nested!)[key[(dot + 1)..]] = value;
        }

        return root;
    }
}
