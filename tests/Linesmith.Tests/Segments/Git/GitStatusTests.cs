using Linesmith.Segments.Git;

namespace Linesmith.Tests.Segments.Git;

/// <summary>Reading <c>git status --porcelain=v2 --branch</c>, and the options every git run gets.</summary>
public sealed class GitStatusTests
{
    [Fact]
    public void Headers_give_ahead_and_behind_and_any_other_line_means_dirty()
    {
        Assert.Equal(new GitStatus(false, 2, 3), GitStatus.Parse("# branch.oid abc\n# branch.head main\n# branch.ab +2 -3\n"));
        Assert.Equal(new GitStatus(true, 0, 0) { Counts = new GitCounts(0, 0, 1, 0, false) }, GitStatus.Parse("# branch.oid abc\n? new.txt\n"));
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

    [Fact]
    public void Records_count_by_kind_a_changed_entry_in_both_index_and_work_tree_counts_twice()
    {
        const string Porcelain = "# branch.oid abc\n# branch.head main\n"
            + "1 M. N... 100644 100644 100644 a a a.txt\n"
            + "1 MM N... 100644 100644 100644 a a b.txt\n"
            + "1 .D N... 100644 100644 000000 a a c.txt\n"
            + "2 R. N... 100644 100644 100644 a a R100 d.txt\told.txt\n"
            + "u UU N... 100644 100644 100644 100644 a a a e.txt\n"
            + "u AA N... 000000 100644 100644 100644 a a a f.txt\n"
            + "? g.txt\n? dir/\n! ignored.txt\n";

        Assert.Equal(new GitCounts(Staged: 3, Unstaged: 2, Untracked: 2, Conflicted: 2, Partial: false), GitStatus.Parse(Porcelain).Counts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1\n2 \n1 M\nu\n?\n?x\n")]
    [InlineData("# branch.oid abc\n\u001b[31m? x\n")]
    public void Short_or_foreign_lines_count_nowhere(string porcelain)
    {
        Assert.Equal(default, GitStatus.Parse(porcelain).Counts with { Partial = false });
    }

    [Fact]
    public void A_listing_cut_at_the_cap_gives_lower_bounds()
    {
        Assert.True(GitStatus.Parse("? a\n? b", partial: true).Counts.Partial);
    }
}
