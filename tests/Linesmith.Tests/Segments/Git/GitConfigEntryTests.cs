using System.Text;
using Linesmith.Segments.Git;

namespace Linesmith.Tests.Segments.Git;

/// <summary>Reading <c>git config --list --show-scope --includes -z</c>.</summary>
public sealed class GitConfigEntryTests
{
    [Fact]
    public void Scope_key_and_value_are_read_with_newlines_in_values_and_bare_keys()
    {
        var listing = Encoding.UTF8.GetBytes("global\0filter.lfs.process\ngit-lfs filter-process\0local\0filter.a=b.c.clean\ntwo\nlines\0local\0core.bare\0");

        var entries = GitConfigEntry.ParseListing(listing);

        Assert.Equal(
            [new GitConfigEntry("global", "filter.lfs.process", "git-lfs filter-process"), new GitConfigEntry("local", "filter.a=b.c.clean", "two\nlines"), new GitConfigEntry("local", "core.bare", null)],
            entries);
        Assert.False(entries![0].FromRepository);
        Assert.True(entries[1].FromRepository);
    }

    [Fact]
    public void An_empty_listing_has_no_entries()
    {
        Assert.Empty(GitConfigEntry.ParseListing([])!);
    }

    [Theory]
    [InlineData("local\0")]
    [InlineData("local\0core.bare\nx")]
    [InlineData("\0core.bare\0")]
    [InlineData("local\0\nvalue\0")]
    public void A_malformed_listing_is_refused(string listing)
    {
        Assert.Null(GitConfigEntry.ParseListing(Encoding.UTF8.GetBytes(listing)));
    }
}
