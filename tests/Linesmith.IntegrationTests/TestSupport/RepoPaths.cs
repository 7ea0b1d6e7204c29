namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>Where things are in the checkout the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration these tests were built with (Debug or Release).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary>The framework-dependent helper process built beside these tests.</summary>
    public static string HammerDll => Path.Join(Root, "tests", "Linesmith.Hammer", "bin", Configuration, "net10.0", "Linesmith.Hammer.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "Linesmith.Native.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Linesmith.Native.sln not found above " + AppContext.BaseDirectory);
    }
}
