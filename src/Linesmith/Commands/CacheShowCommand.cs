using System.Text;
using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Json;
using Linesmith.Usage.Cache;

namespace Linesmith.Commands;

/// <summary><c>linesmith cache show [--json]</c>: the state of the usage cache and lock, for a person or a script.</summary>
internal static class CacheShowCommand
{
    public static int Run(World world, RunContext run, bool json)
    {
        var settings = run.Usage;
        var root = run.CacheRoot;
        var report = root.Refusal is not { } refusal
            ? CacheInspector.Inspect(root.Directory?.Path, run.Clock, settings.CacheDuration, settings.StaleAfter)
            : CacheInspector.Inspect(null, run.Clock, settings.CacheDuration, settings.StaleAfter) with { Problems = [refusal + "; not read"] };
        if (json)
        {
            world.Out.WriteLine(Encoding.UTF8.GetString(JsonText.ToPrettyUtf8(report, CacheJsonContext.Default.CacheReport)));
        }
        else
        {
            SanitizedOutput.Write(world.Out, output => WriteForPerson(output, report, run.Clock.GetUtcNow()));
        }

        return ExitCodes.Success;
    }

    private static void WriteForPerson(TextWriter output, CacheReport report, DateTimeOffset now)
    {
        if (report.CachePath is null || report.LockPath is null)
        {
            output.WriteLine(report.Problems.Count == 0
                ? "no cache directory: none of LINESMITH_CACHE_DIR, XDG_CACHE_HOME or HOME is set (as an absolute path)"
                : $"cache directory refused: {report.Problems[0]}");
            return;
        }

        output.WriteLine($"usage.json  {report.CachePath}");
        output.WriteLine($"  {DescribeEntry(report)}");
        output.WriteLine($"usage.lock  {report.LockPath}");
        output.WriteLine($"  {DescribeLock(report.Lock, now)}");
        foreach (var problem in report.Problems)
        {
            output.WriteLine($"problem: {problem}");
        }
    }

    private static string DescribeEntry(CacheReport report)
    {
        if (report.Entry is not { } entry)
        {
            return "no usable entry (missing, unreadable, another schema version, or dated in the future)";
        }

        var age = report.AgeSeconds ?? 0;
        var kind = (entry.Data, entry.Error) switch
        {
            (not null, null) => "data",
            (null, { } error) => $"error {error.Code}",
            (not null, { } error) => $"data and error {error.Code}",
            _ => "neither data nor error",
        };
        var freshness = report.Fresh
            ? $"fresh for {HumanDuration.Format(report.CacheDurationSeconds - age)} more"
            : entry.Data is null ? "never served without a fetch" : "stale";
        var marked = report.Stale ? $"; older than stale_after ({HumanDuration.Format(report.StaleAfterSeconds)}): a render marks it ~" : string.Empty;
        return $"{kind}, cached {HumanDuration.Format(age)} ago, {freshness} (cache duration {report.CacheDurationSeconds}s){marked}";
    }

    private static string DescribeLock(LockFile? lockFile, DateTimeOffset now)
    {
        if (lockFile is null)
        {
            return "no lock: the endpoint may be called when the cache is stale";
        }

        var reason = lockFile.Error is { } error ? $" (set by {error})" : string.Empty;
        // Before the epoch counts as the epoch (as a lock's mtime does in LockStore): another tool's
        // long.MinValue would otherwise wrap the subtraction around to a block of 292 billion years.
        var remaining = Math.Max(lockFile.BlockedUntil, 0) - now.ToUnixTimeSeconds();
        return remaining > 0
            ? $"blocks the endpoint for {HumanDuration.Format(remaining)} more{reason}"
            : $"expired {HumanDuration.Format(-remaining)} ago{reason}";
    }
}
