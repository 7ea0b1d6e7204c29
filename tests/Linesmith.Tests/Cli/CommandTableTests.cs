using System.Text.RegularExpressions;
using Linesmith.Cli;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Cli;

/// <summary>
/// One command table feeds the parser, every help text and the README (issue 13 item 4): a command,
/// an option or a usage line that one of them lists and another does not fails here.
/// </summary>
public sealed partial class CommandTableTests
{
    private static IEnumerable<CommandSpec> AllRows => [CommandTable.Render, CommandTable.CheckConfig, .. CommandTable.Commands];

    [Fact]
    public void The_readme_lists_exactly_the_commands_of_the_table()
    {
        var readme = File.ReadAllText(Path.Join(RepositoryRoot.Path, "README.md"));
        var section = readme[readme.IndexOf("\n## Commands\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("| command |", StringComparison.Ordinal), StringComparison.Ordinal)];
        var listed = FirstCell().Matches(section).Select(match => match.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal)).ToList();

        var expected = AllRows.Select(spec => "linesmith " + spec.Usage)
            .Concat(["linesmith --help", "linesmith <command> --help", "linesmith --version"])
            .ToList();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void The_main_help_lists_every_command_with_every_option()
    {
        var help = HelpText.Main;

        foreach (var spec in CommandTable.Commands)
        {
            Assert.Contains("  " + spec.Usage, help, StringComparison.Ordinal);
            Assert.All(spec.Options, option => Assert.Contains(option.Usage, spec.Usage, StringComparison.Ordinal));
        }

        // The drift issue 13 names: init and presets apply accept --config, and the main help says so.
        Assert.Contains("  init [--preset NAME] [--force] [--config PATH]", help, StringComparison.Ordinal);
        Assert.Contains("  presets apply NAME [--force] [--config PATH]", help, StringComparison.Ordinal);
        Assert.All(CommandTable.Render.Options, option => Assert.Contains(option.Label, help, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_command_help_shows_its_usage_line_and_every_option_it_accepts()
    {
        foreach (var spec in CommandTable.Commands)
        {
            var help = HelpText.For(spec);
            Assert.StartsWith($"Usage:\n  linesmith {spec.Usage}\n", help, StringComparison.Ordinal);
            Assert.All(spec.Options, option => Assert.Contains("  " + option.Label, help, StringComparison.Ordinal));
            Assert.EndsWith(spec.ExitCodes, help, StringComparison.Ordinal);
            Assert.Equal(new TextInvocation(help), CommandLine.Parse([.. spec.Name.Split(' '), "--help"]));
        }
    }

    [Fact]
    public void Every_row_is_complete_and_every_name_is_unique()
    {
        Assert.All(AllRows, spec =>
        {
            Assert.False(string.IsNullOrWhiteSpace(spec.Summary));
            Assert.False(string.IsNullOrWhiteSpace(spec.Help));
            Assert.StartsWith("Exit codes: ", spec.ExitCodes, StringComparison.Ordinal);
            Assert.Equal(spec.Options.Count, spec.Options.Select(option => option.Name).Distinct().Count());
        });
        Assert.Equal(CommandTable.Commands.Count, CommandTable.Commands.Select(spec => spec.Name).Distinct().Count());
    }

    [GeneratedRegex(@"^\| `((?:[^`])+)` \|", RegexOptions.Multiline)]
    private static partial Regex FirstCell();
}
