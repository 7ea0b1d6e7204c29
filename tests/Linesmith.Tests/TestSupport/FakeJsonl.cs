using Linesmith.Usage.Jsonl;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.TestSupport;

/// <summary>A JSONL source with a fixed answer, counting calls.</summary>
internal sealed class FakeJsonl(JsonlResult result) : IJsonlSource
{
    public int Calls { get; private set; }

    /// <summary>docs/spec/edge-cases.md item 33: a 7-day total of 1,200,000 tokens and no active 5-hour block.</summary>
    public static FakeJsonl WeekOnly() => new(new JsonlResult(new JsonlUsage(null, 1_200_000), null));

    public static FakeJsonl Empty() => new(new JsonlResult(null, JsonlErrorCode.NoEntries));

    public JsonlResult Aggregate(DateTimeOffset now)
    {
        Calls++;
        return result;
    }
}
