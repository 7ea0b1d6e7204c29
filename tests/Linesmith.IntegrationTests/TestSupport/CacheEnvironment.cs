namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>The environment for a linesmith process whose cache lives in a test directory.</summary>
internal static class CacheEnvironment
{
    public static Dictionary<string, string> For(string cacheRoot, string home) => new()
    {
        ["HOME"] = home,
        ["LINESMITH_CACHE_DIR"] = cacheRoot,
    };
}
