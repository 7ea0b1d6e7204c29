namespace Linesmith.TestSupport;

/// <summary>The checkout the tests run from: the directory above the test binaries that holds <c>Linesmith.Native.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Join(directory.FullName, "Linesmith.Native.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Linesmith.Native.sln not found above " + AppContext.BaseDirectory);
    }
}
