using System.Text.RegularExpressions;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Platform;

namespace Linesmith.IntegrationTests;

/// <summary>
/// Issue 13 item 5: every environment variable linesmith reads is named in one type,
/// <see cref="EnvironmentVariables"/>; <c>--help</c> and the table the README links to
/// (docs/usage-data.md) list exactly those names,
/// and no code in <c>src/</c> reads a variable by any other name.
/// </summary>
public sealed partial class EnvironmentVariableTests
{
    private static readonly string[] Names = [.. EnvironmentVariables.All.Select(variable => variable.Name)];

    [Fact]
    public void Every_constant_is_listed_once_with_a_one_line_description()
    {
        var constants = typeof(EnvironmentVariables).GetFields()
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(constants.Order(StringComparer.Ordinal), Names.Order(StringComparer.Ordinal));
        Assert.Equal(Names.Length, Names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(EnvironmentVariables.All, variable => Assert.True(variable.Description.Length is > 0 and < 80 && !variable.Description.Contains('\n'), variable.Name));
    }

    /// <summary>The README links to the table in docs/usage-data.md, the one copy of it.</summary>
    [Fact]
    public void The_documented_table_lists_exactly_the_variables_linesmith_reads()
    {
        Assert.Contains("(docs/usage-data.md#environment-variables)", File.ReadAllText(Path.Join(RepoPaths.Root, "README.md")), StringComparison.Ordinal);
        var document = File.ReadAllText(Path.Join(RepoPaths.Root, "docs", "usage-data.md"));
        var section = document[document.IndexOf("## Environment variables", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("|---", StringComparison.Ordinal), StringComparison.Ordinal)];
        var listed = section.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => BacktickedName().Matches(line.Split('|')[1]).Select(match => match.Groups[1].Value))
            .ToList();

        Assert.Equal(Names.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Help_lists_exactly_the_variables_linesmith_reads_with_their_descriptions()
    {
        var help = ProcessRunner.Linesmith(new Dictionary<string, string>(), "--help").Stdout;
        var section = help[help.IndexOf("\nEnvironment", StringComparison.Ordinal)..help.IndexOf("\nExit codes", StringComparison.Ordinal)];
        var listed = section.Split('\n').Select(line => HelpName().Match(line)).Where(match => match.Success).Select(match => match.Groups[1].Value).ToList();

        Assert.Equal(Names, listed);
        Assert.All(EnvironmentVariables.All, variable => Assert.Contains(variable.Description, section, StringComparison.Ordinal));
    }

    [Fact]
    public void No_code_reads_the_environment_by_a_literal_name_or_outside_the_snapshot()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Join(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file);
            var text = File.ReadAllText(file);
            if (LiteralRead().IsMatch(text))
            {
                offenders.Add($"{relative}: reads a variable by a string literal");
            }

            // The command table's "PATH" is the metavariable of --config PATH in the usage lines, not the variable.
            var spelled = relative.EndsWith(Path.Join("Cli", "CommandTable.cs"), StringComparison.Ordinal) ? Names.Where(name => name != "PATH") : Names;
            if (!relative.EndsWith("EnvironmentVariables.cs", StringComparison.Ordinal)
                && spelled.FirstOrDefault(name => text.Contains($"\"{name}\"", StringComparison.Ordinal)) is { } name)
            {
                offenders.Add($"{relative}: spells \"{name}\" instead of using EnvironmentVariables");
            }

            if (!relative.EndsWith("EnvironmentSnapshot.cs", StringComparison.Ordinal) && text.Contains("Environment.GetEnvironmentVariable", StringComparison.Ordinal))
            {
                offenders.Add($"{relative}: reads the process environment instead of the snapshot");
            }
        }

        Assert.Empty(offenders);
    }

    [GeneratedRegex("`([A-Za-z_][A-Za-z0-9_]*)`")]
    private static partial Regex BacktickedName();

    [GeneratedRegex("^  ([A-Za-z_][A-Za-z0-9_]*)(?: |$)")]
    private static partial Regex HelpName();

    [GeneratedRegex("""(GetNonEmpty|\.Get|GetEnvironmentVariable)\(\s*"[^"]*"\s*\)""")]
    private static partial Regex LiteralRead();
}
