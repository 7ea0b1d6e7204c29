using Linesmith.Segments.Git;

namespace Linesmith.Tests.Segments.Git;

/// <summary>Reading <c>git status --porcelain=v2 --branch</c>, and the options every git run gets.</summary>
public sealed class GitStatusTests
{
    [Fact]
    public void Headers_give_ahead_and_behind_and_any_other_line_means_dirty()
    {
        Assert.Equal(new GitStatus(false, 2, 3), GitStatus.Parse("# branch.oid abc\n# branch.head main\n# branch.ab +2 -3\n"));
        Assert.Equal(new GitStatus(true, 0, 0), GitStatus.Parse("# branch.oid abc\n? new.txt\n"));
    }

    [Theory]
    [InlineData("# branch.ab +x -y\n")]
    [InlineData("# branch.ab -5 +7\n")]
    [InlineData("# branch.ab +99999999999 -1\n")]
    [InlineData("# branch.ab\n")]
    public void Counts_that_are_not_non_negative_numbers_read_as_zero(string porcelain)
    {
        var status = GitStatus.Parse(porcelain);

        Assert.True(status.Ahead >= 0 && status.Behind >= 0);
        Assert.False(status.Dirty);
    }

    [Fact]
    public void Every_run_has_no_pager_no_optional_locks_literal_pathspecs_and_the_work_tree_as_an_option_value()
    {
        Assert.Equal(
            ["--no-pager", "--no-optional-locks", "--literal-pathspecs", "-C", "-rf", "status"],
            GitStatus.Arguments("-rf", "status"));
    }
}
