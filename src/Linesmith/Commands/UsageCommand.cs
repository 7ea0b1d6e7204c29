using System.Globalization;
using System.Text;
using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Json;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Model;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith usage [--json] [--no-wait]</c> and <c>linesmith usage refresh</c>: run the usage cascade
/// (docs/spec/usage-cascade.md#algorithm with docs/spec/decisions.md) and print where the numbers came from and what they are.
/// </summary>
internal static class UsageCommand
{
    public static int Run(World world, RunContext run, FetchMode mode, bool json)
    {
        world.Deadline?.Change(CommandBounds.Usage(run.Usage.Timeout));
        var result = run.Cascade(refresher: true).Resolve(UsageQuery.Everything(mode));
        var now = run.Clock.GetUtcNow();
        var report = ToReport(result, now, run.Usage.StaleAfter);
        if (json)
        {
            world.Out.WriteLine(Encoding.UTF8.GetString(JsonText.ToPrettyUtf8(report, UsageJsonContext.Default.UsageReport)));
        }
        else
        {
            SanitizedOutput.Write(world.Out, output => WriteForPerson(output, report, now, run.Usage.StaleAfter));
        }

        return ExitCodes.Success;
    }

    private static UsageReport ToReport(UsageResult result, DateTimeOffset now, TimeSpan staleAfter) => new(
        result.Source.ToString().ToLowerInvariant(),
        result.CachedAt,
        result.Data is { } data ? CachedData.FromUsageData(data) : null,
        result.Jsonl,
        result.Error is { } error ? new UsageErrorReport(error.Code, error.QualifiedCode, error.Display, error.BracketText, error.Detail) : null,
        result.RefreshStarted,
        result.Note,
        result.CachedAt is { } at ? (long)(now - at).TotalSeconds : null,
        result.IsStaleAt(now, staleAfter));

    private static void WriteForPerson(TextWriter output, UsageReport report, DateTimeOffset now, TimeSpan staleAfter)
    {
        var age = report.AgeSeconds is { } seconds ? $" (fetched {HumanDuration.Format(seconds)} ago)" : string.Empty;
        output.WriteLine($"source: {report.Source}{age}");
        if (report.Stale)
        {
            output.WriteLine($"stale: older than stale_after ({HumanDuration.Format((long)staleAfter.TotalSeconds)}); the status line marks these numbers with ~");
        }

        if (report.Data is { } data)
        {
            WriteBucket(output, "5h", data.FiveHour, now);
            WriteBucket(output, "7d", data.SevenDay, now);
            WriteBucket(output, "7d opus", data.SevenDayOpus, now);
            WriteBucket(output, "7d sonnet", data.SevenDaySonnet, now);
            WriteBucket(output, "7d oauth apps", data.SevenDayOauthApps, now);
            output.WriteLine($"extra usage: {DescribeExtra(data.ExtraUsage)}");
            if (Spend.From(data.UnknownBuckets) is { } spend)
            {
                var limit = spend.Limit is { } cap ? $"of {Money.Number(cap.Minor, cap.Exponent)} {cap.Currency}" : "no cap";
                output.WriteLine($"spend: {Money.Number(spend.Used.Minor, spend.Used.Exponent)} {spend.Used.Currency} used, {limit}{(spend.Enabled == false ? " (disabled)" : string.Empty)}");
            }

            WriteLimits(output, data.Limits, now);
        }

        if (report.Jsonl is { } jsonl)
        {
            var block = jsonl.FiveHour is { } b ? $"{b.Tokens} tokens, ends {Describe(b.EndsAt, now)}" : "no active block";
            output.WriteLine($"~5h (JSONL estimate): {block}");
            output.WriteLine($"~7d (JSONL estimate): {jsonl.SevenDayTokens} tokens");
        }

        if (report.Error is { } error)
        {
            var detail = error.Detail is null ? string.Empty : $"; {error.Detail}";
            output.WriteLine($"error: {error.QualifiedCode} {error.Rendered} ({error.Message}{detail})");
        }

        if (report.RefreshStarted)
        {
            output.WriteLine("refresh: started in the background");
        }

        if (report.Note is { } note)
        {
            output.WriteLine($"note: {note}");
        }
    }

    private static void WriteBucket(TextWriter output, string name, UsageBucket? bucket, DateTimeOffset now)
    {
        var text = bucket switch
        {
            null => "-",
            { ResetsAt: { } resets } when resets <= now => $"{Percent(0)}  reset {Describe(resets, now)}; was {Percent(bucket.Utilization)}",
            { ResetsAt: { } resets } => $"{Percent(bucket.Utilization)}  resets {Describe(resets, now)}",
            _ => Percent(bucket.Utilization),
        };
        output.WriteLine($"{name + ":",-15}{text}");
    }

    private static void WriteLimits(TextWriter output, IReadOnlyList<UsageLimit>? limits, DateTimeOffset now)
    {
        if (limits is null)
        {
            output.WriteLine("limits: -");
            return;
        }

        output.WriteLine($"limits: {limits.Count}");
        foreach (var limit in limits)
        {
            var model = limit.ScopedModelName is { } name ? $" {name}" : string.Empty;
            var reset = limit.ResetsAt is { } at && at <= now;
            var resets = limit.ResetsAt is { } when ? $"  {(reset ? "reset" : "resets")} {Describe(when, now)}" : string.Empty;
            var percent = reset ? $"{Percent(0)} (was {Percent(limit.Percent)})" : Percent(limit.Percent);
            output.WriteLine($"  {Snake(limit.Kind.ToString())}{model}: {percent}{resets}  severity {Snake(limit.Severity.ToString())}");
        }
    }

    private static string DescribeExtra(ExtraUsage? extra)
    {
        if (extra is null)
        {
            return "-";
        }

        var parts = new List<string> { extra.IsEnabled == true ? "enabled" : "disabled" };
        if (extra.Utilization is { } utilization)
        {
            parts.Add(Percent(utilization));
        }

        // Minor units on the wire and in the cache, major units here (docs/spec/decisions.md#d8-money-is-in-minor-units).
        if (extra.UsedCredits is { } used)
        {
            var code = Money.Code(extra.Currency);
            parts.Add(extra.MonthlyLimit is { } limit
                ? $"{Money.Number(used, extra.Exponent)} of {Money.Number(limit, extra.Exponent)} {code} used"
                : $"{Money.Number(used, extra.Exponent)} {code} used, no monthly limit");
        }

        return string.Join(", ", parts);
    }

    private static string Percent(float value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.0}%");

    private static string Describe(DateTimeOffset at, DateTimeOffset now)
    {
        var seconds = (long)(at - now).TotalSeconds;
        var relative = seconds >= 0 ? $"in {HumanDuration.Format(seconds)}" : $"{HumanDuration.Format(-seconds)} ago";
        return $"{Rfc3339.Format(at)} ({relative})";
    }

    private static string Snake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
