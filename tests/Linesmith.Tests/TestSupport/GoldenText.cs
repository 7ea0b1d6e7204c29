namespace Linesmith.Tests.TestSupport;

/// <summary>
/// Golden output files: text a test produces, compared with a committed file in
/// <c>tests/Linesmith.Tests/Golden</c>. With <c>LINESMITH_UPDATE_GOLDEN=1</c> in the environment the
/// test writes what it produced into the source tree instead (and passes), so an intended change is
/// regenerated with one command and reviewed as a diff; without it a missing or different file fails.
/// </summary>
internal static class GoldenText
{
    public const string UpdateVariable = "LINESMITH_UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var source = Path.Join(SourceDirectory(), name);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        var path = Golden.PathOf(name);
        Assert.True(File.Exists(path), $"golden file {name} is missing: run with {UpdateVariable}=1 to write it, then review and commit it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            // The first differing line says more than two multi-kilobyte strings.
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var index = 0;
            while (index < expectedLines.Length && index < actualLines.Length && expectedLines[index] == actualLines[index])
            {
                index++;
            }

            Assert.Fail($"""
                {name} differs at line {index + 1} (regenerate with {UpdateVariable}=1 if the change is intended, then review the diff):
                expected: {(index < expectedLines.Length ? expectedLines[index] : "<end of file>")}
                actual:   {(index < actualLines.Length ? actualLines[index] : "<end of file>")}
                """);
        }
    }

    /// <summary>tests/Linesmith.Tests/Golden in the checkout the tests were built from.</summary>
    private static string SourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "Linesmith.Native.sln")))
            {
                return Path.Join(directory.FullName, "tests", "Linesmith.Tests", "Golden");
            }
        }

        throw new InvalidOperationException("Linesmith.Native.sln not found above " + AppContext.BaseDirectory);
    }
}
