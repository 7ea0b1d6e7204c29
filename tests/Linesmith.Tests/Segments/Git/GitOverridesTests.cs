using Linesmith.Segments.Git;

namespace Linesmith.Tests.Segments.Git;

/// <summary>Which settings neutralise what the repository's configuration names (issue 11 item 1).</summary>
public sealed class GitOverridesTests
{
    private static Dictionary<string, string> For(params GitConfigEntry[] entries) =>
        GitOverrides.For(entries)!.GroupBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Last().Value, StringComparer.Ordinal);

    [Fact]
    public void Every_run_turns_off_fsmonitor_hooks_pager_external_diff_transports_and_maintenance()
    {
        var overrides = For();

        Assert.Equal("false", overrides["core.fsmonitor"]);
        Assert.Equal("/dev/null", overrides["core.hooksPath"]);
        Assert.Equal("cat", overrides["core.pager"]);
        Assert.Equal(string.Empty, overrides["diff.external"]);
        Assert.Equal("never", overrides["protocol.allow"]);
        Assert.Equal("0", overrides["gc.auto"]);
        Assert.Equal("false", overrides["maintenance.auto"]);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("worktree")]
    public void A_filter_the_repository_defines_loses_all_its_commands_and_is_not_required(string scope)
    {
        var overrides = For(new GitConfigEntry(scope, "filter.My.Filter=x.smudge", "evil"));

        Assert.Equal(string.Empty, overrides["filter.My.Filter=x.clean"]);
        Assert.Equal(string.Empty, overrides["filter.My.Filter=x.smudge"]);
        Assert.Equal(string.Empty, overrides["filter.My.Filter=x.process"]);
        Assert.Equal("false", overrides["filter.My.Filter=x.required"]);
    }

    [Theory]
    [InlineData("global")]
    [InlineData("system")]
    [InlineData("command")]
    public void A_driver_the_user_defines_is_the_user_s_choice(string scope)
    {
        var overrides = For(new GitConfigEntry(scope, "filter.lfs.process", "git-lfs filter-process"), new GitConfigEntry(scope, "diff.pdf.textconv", "pdftotext"));

        Assert.Equal(GitOverrides.Always.Count, overrides.Count);
    }

    [Fact]
    public void Diff_drivers_url_scoped_credential_helpers_and_protocol_allowances_from_the_repository_are_neutralised()
    {
        var overrides = For(
            new GitConfigEntry("local", "diff.planted.textconv", "evil"),
            new GitConfigEntry("local", "credential.https://example.com.helper", "evil"),
            new GitConfigEntry("local", "credential.helper", "evil"),
            new GitConfigEntry("local", "protocol.ext.allow", "always"));

        Assert.Equal(string.Empty, overrides["diff.planted.textconv"]);
        Assert.Equal(string.Empty, overrides["diff.planted.command"]);
        Assert.Equal(string.Empty, overrides["credential.https://example.com.helper"]);
        Assert.Equal(string.Empty, overrides["credential.helper"]);
        Assert.Equal("never", overrides["protocol.ext.allow"]);
    }

    [Fact]
    public void Keys_that_name_no_program_are_left_alone_and_a_driver_is_neutralised_once()
    {
        var entries = new[]
        {
            new GitConfigEntry("local", "core.autocrlf", "true"),
            new GitConfigEntry("local", "filter", null),
            new GitConfigEntry("local", "filter.clean", "not a driver: no subsection"),
            new GitConfigEntry("local", "filter.x.clean", "a"),
            new GitConfigEntry("local", "filter.x.smudge", "b"),
        };

        Assert.Equal(GitOverrides.Always.Count + 4, GitOverrides.For(entries)!.Count);
    }

    [Fact]
    public void A_repository_with_more_drivers_than_the_cap_is_refused_rather_than_half_neutralised()
    {
        var entries = Enumerable.Range(0, GitOverrides.MaxDrivers + 1).Select(index => new GitConfigEntry("local", $"filter.f{index}.clean", "x")).ToList();

        Assert.Null(GitOverrides.For(entries));
        Assert.NotNull(GitOverrides.For(entries[..GitOverrides.MaxDrivers]));
    }
}
