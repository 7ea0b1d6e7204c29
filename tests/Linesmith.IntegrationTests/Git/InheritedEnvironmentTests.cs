using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Git;

/// <summary>
/// Issue 11 item 1, the environment the render inherits: nothing in it may aim git at another
/// repository, hand it configuration from outside the user's files, or let a relative path turn the
/// repository's files into the user's global configuration. And the other side of the line: a
/// filter the user's own global configuration defines is the user's choice and still runs.
/// </summary>
[Trait(Needs.Platform, Needs.Unix)]
public sealed class InheritedEnvironmentTests
{
    [Fact]
    public void Inherited_git_variables_neither_redirect_git_nor_configure_it()
    {
        using var rig = new GitRig();
        var other = rig.Repository + "-other";
        Directory.CreateDirectory(other);
        rig.GitIn(other, "init", "-q", "-b", "other");
        File.WriteAllText(Path.Join(other, "untracked.txt"), "makes it dirty\n");
        var fsmonitor = rig.Plant("inherited") + "; false";
        rig.Environment["GIT_DIR"] = Path.Join(other, ".git");
        rig.Environment["GIT_WORK_TREE"] = other;
        rig.Environment["GIT_CONFIG_PARAMETERS"] = $"'core.fsmonitor'='{fsmonitor.Replace("'", "'\\''", StringComparison.Ordinal)}'";
        rig.Environment["GIT_EXTERNAL_DIFF"] = rig.Plant("external");
        rig.Environment["GIT_PAGER"] = rig.Plant("pager");

        Assert.Equal("⎇ main ↑1 ↓1", rig.Render());
        Assert.Empty(rig.Fired());

        rig.Environment.Remove("GIT_DIR");
        rig.Environment.Remove("GIT_WORK_TREE");
        rig.Control("--no-optional-locks", "status", "--porcelain=v2");
        Assert.Equal(["inherited"], rig.Fired());
    }

    /// <summary>The variable, its relative value, and the file git would then read as the user's global configuration.</summary>
    public static TheoryData<string, string, string> RelativeGlobalFiles => new()
    {
        { "HOME", ".git/h", ".git/h/.gitconfig" },
        { "XDG_CONFIG_HOME", ".git/x", ".git/x/git/config" },
        { "GIT_CONFIG_GLOBAL", ".git/g", ".git/g" },
    };

    [Theory]
    [MemberData(nameof(RelativeGlobalFiles))]
    public void A_relative_path_variable_cannot_make_the_repository_s_files_the_user_s_global_configuration(string variable, string value, string file)
    {
        using var rig = new GitRig();
        rig.Write(file, $"[filter \"planted\"]\n\tclean = \"{rig.Plant(variable)}; cat\"\n\trequired = true\n");
        File.WriteAllText(Path.Join(rig.GitDirectory, "info", "attributes"), "f.txt filter=planted\n");
        rig.Touch("f.txt");
        rig.Environment[variable] = value;

        Assert.Equal("⎇ main ↑1 ↓1", rig.Render());
        Assert.Empty(rig.Fired());

        rig.ControlWith(new Dictionary<string, string> { [variable] = value }, "--no-optional-locks", "status", "--porcelain=v2");
        Assert.Equal([variable], rig.Fired());
    }

    [Fact]
    public void A_filter_the_user_s_global_configuration_defines_still_runs()
    {
        using var rig = new GitRig();
        File.WriteAllText(Path.Join(rig.Home, ".gitconfig"), $"[filter \"users\"]\n\tclean = \"{rig.Plant("user-filter")}; cat\"\n\trequired = true\n");
        File.WriteAllText(Path.Join(rig.GitDirectory, "info", "attributes"), "f.txt filter=users\n");
        rig.Touch("f.txt");

        Assert.Equal("⎇ main ↑1 ↓1", rig.Render());
        Assert.Equal(["user-filter"], rig.Fired());
    }
}
