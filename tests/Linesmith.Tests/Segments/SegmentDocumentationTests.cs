using Linesmith.Segments;

namespace Linesmith.Tests.Segments;

/// <summary>Every built-in segment is documented: a row of the README's segment table and a default priority in its list.</summary>
public sealed class SegmentDocumentationTests
{
    private static string Readme()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Join(directory.FullName, "Linesmith.Native.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Join(directory!.FullName, "README.md"));
    }

    [Fact]
    public void Every_segment_has_a_row_in_the_readme_table()
    {
        var rows = Readme().Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.All(SegmentRegistry.All.Keys, id => Assert.Contains(rows, row => row.Split('|')[1].Contains($"`{id}`", StringComparison.Ordinal)));
    }
}
