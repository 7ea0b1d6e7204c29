namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>The Linesmith.Hammer writer process and what the tests that race it need.</summary>
internal static class Hammer
{
    /// <summary>The environment for <c>dotnet Linesmith.Hammer.dll</c>; with a clean HOME the host would print its first-run banner.</summary>
    public static Dictionary<string, string> Environment(string home) => new()
    {
        ["HOME"] = home,
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    /// <summary>A file's bytes as a concurrent reader sees them, or null while it does not exist.</summary>
    public static byte[]? TryRead(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
