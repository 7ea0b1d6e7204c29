using System.Text.RegularExpressions;

namespace Linesmith.Tests.Architecture;

/// <summary>
/// The two tables of ARCHITECTURE.md the layering test reads, so that the document and the test cannot
/// drift: "Allowed dependencies" (a unit per row, in backticks, and in the second column the units it may
/// use, each in backticks) and "Today's violations" (an edge <c>`From → To`</c> per row, and in the last
/// column the change that removes it).
/// </summary>
internal sealed partial record ArchitectureRules(IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed, IReadOnlyList<KnownViolation> Known)
{
    public const string AllowedHeading = "## Allowed dependencies";
    public const string ViolationsHeading = "### Today's violations";

    public static ArchitectureRules Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var allowed = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var cells in TableAfter(lines, AllowedHeading))
        {
            var unit = Backticked(cells[0]).FirstOrDefault()
                ?? throw new FormatException($"ARCHITECTURE.md: a row of '{AllowedHeading}' names no namespace in backticks: |{string.Join('|', cells)}|");
            if (!allowed.TryAdd(unit, Backticked(cells[1]).ToHashSet(StringComparer.Ordinal)))
            {
                throw new FormatException($"ARCHITECTURE.md: '{AllowedHeading}' has two rows for {unit}");
            }
        }

        var known = new List<KnownViolation>();
        foreach (var cells in TableAfter(lines, ViolationsHeading))
        {
            var edge = Backticked(cells[0]).FirstOrDefault(text => text.Contains('→', StringComparison.Ordinal))
                ?? throw new FormatException($"ARCHITECTURE.md: a row of '{ViolationsHeading}' names no edge `From → To`: |{string.Join('|', cells)}|");
            var ends = edge.Split('→', StringSplitOptions.TrimEntries);
            known.Add(new KnownViolation(ends[0], ends[1], cells[^1].Trim()));
        }

        if (allowed.Count == 0)
        {
            throw new FormatException($"ARCHITECTURE.md: no table found under '{AllowedHeading}'");
        }

        return new ArchitectureRules(allowed, known);
    }

    public bool Allows(string from, string to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>The rows of the first table after <paramref name="heading"/> (header and rule skipped), each split into cells.</summary>
    private static IEnumerable<string[]> TableAfter(string[] lines, string heading)
    {
        var start = Array.FindIndex(lines, line => line.Trim() == heading);
        if (start < 0)
        {
            yield break;
        }

        var row = 0;
        var inTable = false;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#'))
            {
                yield break;
            }

            if (!line.StartsWith('|'))
            {
                if (inTable)
                {
                    yield break;
                }

                continue;
            }

            inTable = true;
            if (row++ < 2)
            {
                continue;
            }

            yield return line.Trim('|').Split('|');
        }
    }

    private static IEnumerable<string> Backticked(string cell) =>
        BacktickPattern().Matches(cell).Select(match => match.Groups[1].Value);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickPattern();
}
