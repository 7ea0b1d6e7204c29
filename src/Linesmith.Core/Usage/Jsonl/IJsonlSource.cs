namespace Linesmith.Usage.Jsonl;

/// <summary>The lazy JSONL aggregator seam of the cascade (usage-cache.md §5 inputs); tests count its calls.</summary>
internal interface IJsonlSource
{
    JsonlResult Aggregate(DateTimeOffset now);
}
