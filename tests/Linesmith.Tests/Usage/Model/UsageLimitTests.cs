using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Model;

/// <summary>The scoped-model-name accessor: docs/spec/rate-limit-segments.md and docs/spec/edge-cases.md item 28.</summary>
public sealed class UsageLimitTests
{
    private static readonly LimitScope FableScope = new(new LimitModel("Fable", "claude-fable-5"));

    [Fact]
    public void Item28_a_full_weekly_scoped_entry_names_its_model()
    {
        Assert.Equal("Fable", new UsageLimit(LimitKind.WeeklyScoped, 82f, null, FableScope).ScopedModelName);
    }

    [Fact]
    public void Item28_session_kind_has_no_scoped_name()
    {
        Assert.Null(new UsageLimit(LimitKind.Session, 82f, null, FableScope).ScopedModelName);
    }

    [Fact]
    public void Item28_no_scope_has_no_scoped_name()
    {
        Assert.Null(new UsageLimit(LimitKind.WeeklyScoped, 82f).ScopedModelName);
    }

    [Fact]
    public void Item28_empty_scope_has_no_scoped_name()
    {
        Assert.Null(new UsageLimit(LimitKind.WeeklyScoped, 82f, null, new LimitScope(null)).ScopedModelName);
    }

    [Fact]
    public void Item28_empty_model_has_no_scoped_name()
    {
        Assert.Null(new UsageLimit(LimitKind.WeeklyScoped, 82f, null, new LimitScope(new LimitModel(null, null))).ScopedModelName);
    }

    [Fact]
    public void Item28_empty_display_name_has_no_scoped_name()
    {
        Assert.Null(new UsageLimit(LimitKind.WeeklyScoped, 82f, null, new LimitScope(new LimitModel("", "claude-fable-5"))).ScopedModelName);
    }
}
