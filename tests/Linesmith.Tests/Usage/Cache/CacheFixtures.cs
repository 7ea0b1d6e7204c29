using System.Globalization;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>Entries and times the cache tests share.</summary>
internal static class CacheFixtures
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-04-19T18:30:00Z", CultureInfo.InvariantCulture);

    public static CachedData Data(float fiveHour = 42f) => new(
        FiveHour: new UsageBucket(fiveHour, Now.AddHours(3)),
        SevenDay: new UsageBucket(18.5f, Now.AddDays(4)),
        ExtraUsage: new ExtraUsage(true, 40f, 10_000, 4_000, "USD"),
        Limits: [new UsageLimit(LimitKind.WeeklyScoped, 82.5f, Now.AddDays(4), new LimitScope(new LimitModel("Fable", "claude-fable-5")), LimitSeverity.Warning)]);
}
