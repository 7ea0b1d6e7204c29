namespace Linesmith.Usage.Jsonl;

/// <summary>The lazy JSONL aggregator seam of the cascade (docs/spec/usage-cascade.md#algorithm inputs); tests count its calls.</summary>
internal interface IJsonlSource
{
    JsonlResult Aggregate(DateTimeOffset now);
}
