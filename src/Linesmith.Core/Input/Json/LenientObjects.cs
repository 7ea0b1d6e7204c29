using System.Text.Json.Serialization.Metadata;
using Linesmith.Input.Payload;

namespace Linesmith.Input.Json;

// The lenient converter bound to each nested payload type (see LenientObjectConverter<T>). They are
// one-liners kept together: each only names its type's source-generated metadata.
internal sealed class LenientModel : LenientObjectConverter<ModelInfo>
{
    protected override JsonTypeInfo<ModelInfo> TypeInfo => StatusJsonContext.Default.ModelInfo;
}

internal sealed class LenientWorkspace : LenientObjectConverter<WorkspaceInfo>
{
    protected override JsonTypeInfo<WorkspaceInfo> TypeInfo => StatusJsonContext.Default.WorkspaceInfo;
}

internal sealed class LenientWorktree : LenientObjectConverter<WorktreeInfo>
{
    protected override JsonTypeInfo<WorktreeInfo> TypeInfo => StatusJsonContext.Default.WorktreeInfo;
}

internal sealed class LenientCost : LenientObjectConverter<CostInfo>
{
    protected override JsonTypeInfo<CostInfo> TypeInfo => StatusJsonContext.Default.CostInfo;
}

internal sealed class LenientContextWindow : LenientObjectConverter<ContextWindowInfo>
{
    protected override JsonTypeInfo<ContextWindowInfo> TypeInfo => StatusJsonContext.Default.ContextWindowInfo;
}

internal sealed class LenientCurrentUsage : LenientObjectConverter<CurrentUsageInfo>
{
    protected override JsonTypeInfo<CurrentUsageInfo> TypeInfo => StatusJsonContext.Default.CurrentUsageInfo;
}

internal sealed class LenientRateLimits : LenientObjectConverter<RateLimitsInfo>
{
    protected override JsonTypeInfo<RateLimitsInfo> TypeInfo => StatusJsonContext.Default.RateLimitsInfo;
}

internal sealed class LenientRateWindow : LenientObjectConverter<RateWindowInfo>
{
    protected override JsonTypeInfo<RateWindowInfo> TypeInfo => StatusJsonContext.Default.RateWindowInfo;
}

internal sealed class LenientSpendLimit : LenientObjectConverter<SpendLimitInfo>
{
    protected override JsonTypeInfo<SpendLimitInfo> TypeInfo => StatusJsonContext.Default.SpendLimitInfo;
}

internal sealed class LenientThinking : LenientObjectConverter<ThinkingInfo>
{
    protected override JsonTypeInfo<ThinkingInfo> TypeInfo => StatusJsonContext.Default.ThinkingInfo;
}

internal sealed class LenientPromptCache : LenientObjectConverter<PromptCacheInfo>
{
    protected override JsonTypeInfo<PromptCacheInfo> TypeInfo => StatusJsonContext.Default.PromptCacheInfo;
}

internal sealed class LenientPullRequest : LenientObjectConverter<PullRequestInfo>
{
    protected override JsonTypeInfo<PullRequestInfo> TypeInfo => StatusJsonContext.Default.PullRequestInfo;
}
