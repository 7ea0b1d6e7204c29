using System.Globalization;
using System.Text;
using Linesmith.Cli;
using Linesmith.Config;
using Linesmith.Diagnostics;
using Linesmith.Json;
using Linesmith.Platform;
using Linesmith.Usage;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Model;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith usage [--json] [--no-wait]</c> and <c>linesmith usage refresh</c>: run the usage cascade
/// (docs/spec/usage-cascade.md#algorithm with docs/spec/decisions.md) and print where the numbers came from and what they are.
/// </summary>
internal static class UsageCommand
{
    public static int Run(World world, FetchMode mode, bool json)
    {
        var log = Log.FromEnvironment(world.Environment, UserDirectories.From(world.Environment).CacheRoot, world.Error, world.Clock);
        var config = LinesmithConfig.From(ConfigFile.Load(null, world.Environment), world.Environment);
        var settings = UsageSettings.FromConfig(config.Usage);
        world.Deadline?.Change(CommandBounds.Usage(settings.WithEnvironment(world.Environment, out _).Timeout));
        var cascade = CascadeFactory.ForProcess(world.Environment, world.Clock, settings, log, world.ProcessPath);
        var result = cascade.Resolve(UsageQuery.Everything(mode));
        var report = ToReport(result);
        if (json)
        {
            world.Out.WriteLine(Encoding.UTF8.GetString(JsonText.ToPrettyUtf8(report, UsageJsonContext.Default.UsageReport)));
        }
        else
        {
            SanitizedOutput.Write(world.Out, output => WriteForPerson(output, report, world.Clock.GetUtcNow()));
        }

        return ExitCodes.Success;
    }

    private static UsageReport ToReport(UsageResult result) => new(
        result.Source.ToString().ToLowerInvariant(),
        result.CachedAt,
        result.Data,
        result.Jsonl,
        result.Error is { } error ? new UsageErrorReport(error.Code, error.QualifiedCode, error.Display, error.BracketText, error.Detail) : null,
        result.RefreshStarted,
        result.Note);

    private static void WriteForPerson(TextWriter output, UsageReport report, DateTimeOffset now)
    {
        var age = report.CachedAt is { } at ? $" (fetched {HumanDuration.Format((long)(now - at).TotalSeconds)} ago)" : string.Empty;
        output.WriteLine($"source: {report.Source}{age}");
        if (report.Data is { } data)
        {
            WriteBucket(output, "5h", data.FiveHour, now);
            WriteBucket(output, "7d", data.SevenDay, now);
            WriteBucket(output, "7d opus", data.SevenDayOpus, now);
            WriteBucket(output, "7d sonnet", data.SevenDaySonnet, now);
            WriteBucket(output, "7d oauth apps", data.SevenDayOauthApps, now);
            output.WriteLine($"extra usage: {DescribeExtra(data.ExtraUsage)}");
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
        var text = bucket is null
            ? "-"
            : bucket.ResetsAt is { } resets ? $"{Percent(bucket.Utilization)}  resets {Describe(resets, now)}" : Percent(bucket.Utilization);
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
            var resets = limit.ResetsAt is { } at ? $"  resets {Describe(at, now)}" : string.Empty;
            output.WriteLine($"  {Snake(limit.Kind.ToString())}{model}: {Percent(limit.Percent)}{resets}  severity {Snake(limit.Severity.ToString())}");
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

        if (extra.UsedCredits is { } used && extra.MonthlyLimit is { } limit)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{used:0.00} of {limit:0.00} {extra.Currency ?? "USD"} used"));
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
