using Linesmith.Usage.Model;

namespace Linesmith.Usage.Jsonl;

/// <summary>The aggregate or why there is none; exactly one is non-null.</summary>
internal sealed record JsonlResult(JsonlUsage? Usage, JsonlErrorCode? Error);
