using Linesmith.Cli;
using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.Cli;

/// <summary>The command line becomes a value before anything runs (issue 13 item 4): what each form parses to, and each mistake's message.</summary>
public sealed class CommandLineParseTests
{
    public static TheoryData<string[], object> Forms => new()
    {
        { [], new RenderInvocation(null, null) },
        { ["--config", "a.toml", "--no-color"], new RenderInvocation("a.toml", false) },
        { ["-c", "a.toml", "--force-color"], new RenderInvocation("a.toml", true) },
        { ["--config=a.toml"], new RenderInvocation("a.toml", null) },
        { ["--check-config"], new CheckConfigInvocation(null) },
        { ["--config", "a.toml", "--check-config"], new CheckConfigInvocation("a.toml") },
        { ["install", "--settings=s.json", "--refresh", "5", "--force", "--config", "a.toml"], new InstallInvocation("s.json", 5, true, "a.toml") },
        { ["install"], new InstallInvocation(null, null, false, null) },
        { ["uninstall", "--force"], new UninstallInvocation(null, true) },
        { ["doctor", "--online", "--json"], new DoctorInvocation(true, true, null) },
        { ["init", "--preset", "minimal", "--config", "a.toml"], new InitInvocation("minimal", false, "a.toml") },
        { ["themes", "list", "--config", "a.toml"], new ThemesListInvocation("a.toml") },
        { ["presets", "list"], new PresetsListInvocation(null) },
        { ["presets", "apply", "minimal", "--force", "--config", "a.toml"], new PresetsApplyInvocation("minimal", true, "a.toml") },
        { ["presets", "apply", "--force"], new PresetsApplyInvocation(null, true, null) },
        { ["cache", "show", "--json"], new CacheShowInvocation(true, null) },
        { ["cache", "clear"], new CacheClearInvocation() },
        { ["usage"], new UsageInvocation(FetchMode.Wait, false, null) },
        { ["usage", "--no-wait", "--json"], new UsageInvocation(FetchMode.Render, true, null) },
        { ["usage", "refresh", "--config", "a.toml"], new UsageInvocation(FetchMode.Refresh, false, "a.toml") },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_form_parses_to_its_record(string[] args, object expected) =>
        Assert.Equal(expected, (object)CommandLine.Parse(args));

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["frobnicate"], "unknown command 'frobnicate'" },
        { ["--frobnicate"], "unknown option '--frobnicate'" },
        { ["--no-color", "extra"], "unknown command 'extra'" },
        { ["--check-config", "--no-color"], "unknown option '--no-color'" },
        { ["--config"], "'--config' needs a value" },
        { ["--config="], "'--config' needs a value" },
        { ["-c"], "'-c' needs a value" },
        { ["cache"], "'cache' needs a subcommand: show or clear" },
        { ["cache", "burn"], "unknown cache subcommand 'burn' (expected show or clear)" },
        { ["cache", "show", "--yaml"], "unknown option '--yaml' for 'cache show'" },
        { ["cache", "clear", "--json"], "unknown option '--json' for 'cache clear'" },
        { ["themes"], "'themes' needs a subcommand: list" },
        { ["presets", "remove"], "unknown presets subcommand 'remove' (expected list or apply)" },
        { ["usage", "now"], "unknown usage subcommand 'now' (expected refresh)" },
        { ["doctor", "extra"], "unexpected argument 'extra' for 'doctor'" },
        { ["doctor", "--json=yes"], "unknown option '--json=yes' for 'doctor'" },
        { ["presets", "apply", "minimal", "developer"], "unexpected argument 'developer' for 'presets apply'" },
        { ["install", "--settings"], "'--settings' needs a value" },
        { ["install", "--refresh", "0"], "'--refresh' (seconds): expected an integer from 1 to 86400, found 0; nothing changed" },
        { ["install", "--refresh=soon"], "'--refresh' (seconds): expected an integer from 1 to 86400, found \"soon\"; nothing changed" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_one_message(string[] args, string message) =>
        Assert.Equal(new MistakeInvocation(message), CommandLine.Parse(args));

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("--no-color", "--help")]
    [InlineData("--check-config", "-h")]
    public void Help_before_or_among_render_options_is_the_main_help(params string[] args) =>
        Assert.Equal(new TextInvocation(HelpText.Main), CommandLine.Parse(args));

    [Theory]
    [InlineData("cache", "show or clear")]
    [InlineData("presets", "list or apply")]
    [InlineData("themes", "list")]
    public void A_group_without_a_command_of_its_own_has_a_group_help(string group, string words)
    {
        var help = Assert.IsType<TextInvocation>(CommandLine.Parse([group, "--help"])).Text;

        foreach (var spec in CommandTable.InGroup(group))
        {
            Assert.Contains("linesmith " + spec.Usage + "\n", help, StringComparison.Ordinal);
        }

        Assert.Equal(words, string.Join(" or ", CommandTable.InGroup(group).Select(spec => spec.Name[(group.Length + 1)..])));
    }

    [Fact]
    public void Version_is_the_name_and_version() =>
        Assert.Equal(new TextInvocation("linesmith 0.1.0"), CommandLine.Parse(["--version"]));
}
