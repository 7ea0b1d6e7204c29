using System.Text;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>The corpus files (tests/Linesmith.IntegrationTests/Corpus) plus the inputs too large or deep to store.</summary>
internal static class NastyInputs
{
    public const long HugeWhitespaceBytes = 100L * 1024 * 1024;

    public static string Directory => Path.Join(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<string> StoredNames => System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static byte[] Stored(string name) => File.ReadAllBytes(Path.Join(Directory, name));

    /// <summary>Generated inputs that are kept small enough to plant as files (the 100 MB one goes to stdin only).</summary>
    public static byte[] Generated(string name) => name switch
    {
        "deep-nesting-objects" => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000)),
        "deep-nesting-arrays" => Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        "deep-nesting-in-field" => Encoding.ASCII.GetBytes("{\"model\":" + new string('[', 5_000) + new string(']', 5_000) + ",\"five_hour\":" + new string('[', 5_000) + new string(']', 5_000) + "}"),
        "long-string" => Encoding.ASCII.GetBytes("{\"model\":{\"display_name\":\"" + new string('x', 2 * 1024 * 1024) + "\"},\"claudeAiOauth\":{\"accessToken\":\"" + new string('t', 300_000) + "\"}}"),
        "many-keys" => Encoding.ASCII.GetBytes("{" + string.Join(',', Enumerable.Range(0, 50_000).Select(i => $"\"k{i}\":{i}")) + "}"),
        _ => throw new ArgumentException(name),
    };

    public static readonly string[] GeneratedNames = ["deep-nesting-objects", "deep-nesting-arrays", "deep-nesting-in-field", "long-string", "many-keys"];

    public static IEnumerable<(string Name, byte[] Bytes)> All() =>
        StoredNames.Select(name => (name, Stored(name))).Concat(GeneratedNames.Select(name => (name, Generated(name))));
}
