namespace Linesmith.Usage.Cascade;

/// <summary>One question to the cascade: what is needed, what stdin already gave, and how long the caller may wait.</summary>
internal sealed record UsageQuery(UsageNeeds Needs, StdinWindows? Stdin, FetchMode Mode)
{
    public static UsageQuery Everything(FetchMode mode) => new(UsageNeeds.All, null, mode);
}
