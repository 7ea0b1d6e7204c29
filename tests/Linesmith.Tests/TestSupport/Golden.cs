namespace Linesmith.Tests.TestSupport;

/// <summary>Golden files: exact bytes kept in <c>tests/Linesmith.Tests/Golden</c> and copied beside the test assembly.</summary>
internal static class Golden
{
    public static string PathOf(string name) => Path.Join(AppContext.BaseDirectory, "Golden", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
