using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

// Usage: Linesmith.Hammer <cache-root> <iterations> <data|error|mixed|lock>
// Writes cache entries (or locks) in a tight loop through the real CacheStore/LockStore, so that
// integration tests can run many writer processes at once. Prints the number of failed writes and
// exits 1 if there was any. Iterations 0 means "until killed": the SIGKILL test (docs/guarantees.md) kills it at
// a random point, and it prints "+100" after every hundred completed writes so the test can count them.
if (args.Length != 3 || !int.TryParse(args[1], out var iterations))
{
    Console.Error.WriteLine("usage: Linesmith.Hammer <cache-root> <iterations> <data|error|mixed|lock|both>");
    return 2;
}

var root = args[0];
var mode = args[2];
var cache = new CacheStore(root, TimeProvider.System);
var locks = new LockStore(root, TimeProvider.System);
var failures = 0;
var forever = iterations == 0;
for (var i = 0; forever || i < iterations; i++)
{
    var now = DateTimeOffset.UtcNow;
    var error = mode switch
    {
        "data" => cache.Write(DataEntry(i, now)),
        "error" => cache.Write(CachedUsage.WithError("Timeout", now)),
        "mixed" => cache.Write(i % 2 == 0 ? DataEntry(i, now) : CachedUsage.WithError("RateLimited", now)),
        "both" => cache.Write(DataEntry(i, now)) ?? locks.Write(new LockFile(now.ToUnixTimeSeconds() + i, "RateLimited")),
        "lock" => locks.Write(new LockFile(now.ToUnixTimeSeconds() + i, i % 2 == 0 ? "RateLimited" : null)),
        _ => throw new ArgumentException($"unknown mode {mode}"),
    };
    if (error is not null)
    {
        failures++;
        Console.Error.WriteLine(error);
    }

    if (forever && i % 100 == 99)
    {
        Console.Out.WriteLine("+100");
        Console.Out.Flush();
    }
}

Console.WriteLine(failures);
return failures == 0 ? 0 : 1;

static CachedUsage DataEntry(int i, DateTimeOffset now) => CachedUsage.WithData(
    new CachedData(
        FiveHour: new UsageBucket(i % 101, now.AddHours(5)),
        SevenDay: new UsageBucket((i * 7) % 101, now.AddDays(7)),
        Limits: [new UsageLimit(LimitKind.WeeklyScoped, i % 100, now.AddDays(3), new LimitScope(new LimitModel("Fable", null)), LimitSeverity.Normal)]),
    now);
