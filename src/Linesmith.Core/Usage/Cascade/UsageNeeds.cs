namespace Linesmith.Usage.Cascade;

/// <summary>
/// What the enabled segments need (docs/spec/decisions.md#d2-stdin-first): the statusline asks only for these, so that
/// stdin's 5h/7d windows alone never cause an endpoint call.
/// </summary>
[Flags]
internal enum UsageNeeds
{
    None = 0,
    FiveHour = 1,
    SevenDay = 2,
    ExtraUsage = 4,
    ModelLimits = 8,
    All = FiveHour | SevenDay | ExtraUsage | ModelLimits,
}
