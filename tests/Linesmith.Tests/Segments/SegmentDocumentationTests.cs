using System.Text.RegularExpressions;
using Linesmith.Segments;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments;

/// <summary>The README's segment section and the segment table agree: the same ids, the same default priorities.</summary>
public sealed partial class SegmentDocumentationTests
{
    private static string SegmentSection()
    {
        var readme = File.ReadAllText(Path.Join(RepositoryRoot.Path, "README.md"));
        var start = readme.IndexOf("### Segments", StringComparison.Ordinal);
        var end = readme.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        return readme[start..end];
    }

    [Fact]
    public void The_readme_table_lists_exactly_the_segments_of_the_table()
    {
        var documented = SegmentSection().Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Id().Matches(line.Split('|')[1]).Select(match => match.Groups[1].Value))
            .ToList();

        Assert.Equal(SegmentTable.Rows.Select(row => row.Id).Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_gives_each_segment_its_default_priority()
    {
        var priorities = Priority().Matches(SegmentSection()).ToDictionary(match => match.Groups[1].Value, match => int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.All(SegmentTable.Rows, row =>
        {
            var key = row.Id.StartsWith("tokens_", StringComparison.Ordinal) ? "tokens_*" : row.Id;
            var documented = priorities.TryGetValue(key, out var value) ? value : SegmentTable.RateLimitPriority;
            Assert.True(documented == row.DefaultPriority, $"{row.Id}: README {documented}, table {row.DefaultPriority}");
        });
    }

    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex Id();

    [GeneratedRegex("`([a-z0-9_*]+)` ([0-9]+)[,:]")]
    private static partial Regex Priority();
}
