using Linesmith.Platform;
using Linesmith.Usage.Cache;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>Where the cache lives: docs/spec/on-disk-formats.md#cache-root, docs/spec/edge-cases.md item 59 and docs/spec/decisions.md#d4-the-usage-keys-are-wired.</summary>
public sealed class CacheRootTests
{
    [Fact]
    public void Item59_xdg_cache_home_beats_home()
    {
        var env = EnvironmentSnapshot.Of(("XDG_CACHE_HOME", "/xdg"), ("HOME", "/home/user"));

        Assert.Equal("/xdg/linesmith", CacheRoot.Resolve(env));
    }

    [Fact]
    public void Item59_home_is_the_fallback()
    {
        Assert.Equal("/home/user/.cache/linesmith", CacheRoot.Resolve(EnvironmentSnapshot.Of(("HOME", "/home/user"))));
    }

    [Fact]
    public void Item59_empty_values_count_as_unset()
    {
        var env = EnvironmentSnapshot.Of(("LINESMITH_CACHE_DIR", ""), ("XDG_CACHE_HOME", ""), ("HOME", "/home/user"));

        Assert.Equal("/home/user/.cache/linesmith", CacheRoot.Resolve(env));
    }

    [Fact]
    public void Item59_neither_variable_means_no_root()
    {
        Assert.Null(CacheRoot.Resolve(EnvironmentSnapshot.Of(("XDG_CACHE_HOME", ""), ("HOME", ""))));
        Assert.Null(CacheRoot.Resolve(EnvironmentSnapshot.Empty));
    }

    [Fact]
    public void Item59_no_trailing_slash()
    {
        var root = CacheRoot.Resolve(EnvironmentSnapshot.Of(("XDG_CACHE_HOME", "/xdg")));

        Assert.False(root!.EndsWith('/'));
    }

    [Fact]
    public void Item59_unusual_bytes_in_the_xdg_value_are_preserved()
    {
        // .NET hands environment values over as strings; what matters is that nothing is normalised away.
        var env = EnvironmentSnapshot.Of(("XDG_CACHE_HOME", "/tmp/caf\u00e9 \u00ff\u00fe/x"));

        Assert.Equal("/tmp/caf\u00e9 \u00ff\u00fe/x/linesmith", CacheRoot.Resolve(env));
    }

    [Fact]
    public void Linesmith_cache_dir_beats_xdg_and_home()
    {
        var env = EnvironmentSnapshot.Of(("LINESMITH_CACHE_DIR", "/explicit"), ("XDG_CACHE_HOME", "/xdg"), ("HOME", "/home/user"));

        Assert.Equal("/explicit", CacheRoot.Resolve(env));
    }
}
