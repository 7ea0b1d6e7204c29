using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Git;

/// <summary>
/// Issue 11 item 1, through the published binary: with <c>dirty</c> and <c>ahead_behind</c> on, no
/// program the repository's configuration names ever runs. One case per key: each plants a command
/// that writes a marker file, renders, asserts the marker is absent and the line is still right, then
/// runs the git command a user would (the control) and asserts the marker appears, so that a plant
/// which would never fire cannot pass for a fix.
/// </summary>
[Trait(Needs.Platform, Needs.Unix)]
public sealed class RepositoryProgramTests
{
    /// <summary>main is one commit ahead of its upstream and one behind, and clean.</summary>
    private const string Clean = "⎇ main ↑1 ↓1";

    private const string Dirty = "⎇ main* ↑1 ↓1";

    /// <summary>git could not answer (a missing object it may not fetch): the branch alone, from the .git files.</summary>
    private const string NoAnswer = "⎇ main";

    public static TheoryData<string> Keys => new(Cases.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (Action<GitRig> Plant, Func<GitRig, ProcessResult> Control, string Expected)> Cases = new(StringComparer.Ordinal)
    {
        ["core.fsmonitor"] = (rig => rig.Git("config", "core.fsmonitor", rig.Plant("fsmonitor") + "; false"), Status, Clean),
        ["filter.clean"] = (rig => Filter(rig, "clean", rig.Plant("filter.clean") + "; cat"), Status, Clean),
        ["filter.smudge"] = (rig => Filter(rig, "smudge", rig.Plant("filter.smudge") + "; cat"), Checkout, Clean),
        ["filter.process"] = (rig => Filter(rig, "process", rig.Plant("filter.process") + "; false"), Status, Clean),
        ["core.hooksPath post-index-change"] = (rig =>
        {
            rig.WriteScript(Path.Join(rig.GitDirectory, "planted-hooks", "post-index-change"), "core.hooksPath");
            rig.Git("config", "core.hooksPath", Path.Join(rig.GitDirectory, "planted-hooks"));
            rig.Touch("f.txt");
        }, RefreshingStatus, Clean),
        [".git/hooks post-index-change"] = (rig =>
        {
            rig.WriteScript(Path.Join(rig.GitDirectory, "hooks", "post-index-change"), "hooks");
            rig.Touch("f.txt");
        }, RefreshingStatus, Clean),
        ["diff.external"] = (rig =>
        {
            rig.Git("config", "diff.external", rig.Plant("diff.external") + "; false");
            rig.Write("f.txt", "changed\n");
        }, rig => rig.Control("diff"), Dirty),
        ["diff.textconv"] = (rig =>
        {
            File.WriteAllText(Path.Join(rig.GitDirectory, "info", "attributes"), "f.txt diff=planted\n");
            rig.Git("config", "diff.planted.textconv", rig.Plant("diff.textconv") + "; cat");
            rig.Write("f.txt", "changed\n");
        }, rig => rig.Control("diff"), Dirty),
        ["core.pager"] = (rig => rig.Git("config", "core.pager", rig.Plant("core.pager")), OnTerminal("-p log"), Clean),
        ["pager.status"] = (rig => rig.Git("config", "pager.status", rig.Plant("pager.status")), OnTerminal("status"), Clean),
        ["credential.helper"] = (rig => LazyFetch(rig, "http", rig.Plant("credential.helper") + "; true"), Status, NoAnswer),
        ["core.sshCommand"] = (rig => LazyFetch(rig, "ssh", rig.Plant("core.sshCommand") + "; false"), Status, NoAnswer),
        ["remote ext:: url"] = (rig => LazyFetch(rig, "ext", "sh -c touch% " + rig.MarkerPath("ext")), Status, NoAnswer),
        ["include.path"] = (rig =>
        {
            var included = Path.Join(rig.GitDirectory, "planted.inc");
            File.WriteAllText(included, $"[core]\n\tfsmonitor = \"{rig.Plant("include.fsmonitor")}; false\"\n[filter \"planted\"]\n\tclean = \"{rig.Plant("include.clean")}; cat\"\n\trequired = true\n");
            File.WriteAllText(Path.Join(rig.GitDirectory, "info", "attributes"), "f.txt filter=planted\n");
            rig.Git("config", "include.path", "planted.inc");
            rig.Touch("f.txt");
        }, Status, Clean),
        ["includeIf gitdir:"] = (rig =>
        {
            var included = Path.Join(rig.GitDirectory, "planted.inc");
            File.WriteAllText(included, $"[filter \"planted\"]\n\tprocess = \"{rig.Plant("includeIf.process")}; false\"\n\trequired = true\n");
            File.WriteAllText(Path.Join(rig.GitDirectory, "info", "attributes"), "f.txt filter=planted\n");
            rig.Git("config", $"includeIf.gitdir:{rig.Repository}/.path", included);
            rig.Touch("f.txt");
        }, Status, Clean),
        ["config.worktree"] = (rig =>
        {
            rig.Git("config", "core.repositoryformatversion", "1");
            rig.Git("config", "extensions.worktreeConfig", "true");
            rig.Git("config", "--worktree", "core.fsmonitor", rig.Plant("config.worktree") + "; false");
        }, Status, Clean),
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_program_the_repository_names_never_runs_on_a_render(string key)
    {
        using var rig = new GitRig();
        var (plant, control, expected) = Cases[key];
        plant(rig);

        var line = rig.Render();

        Assert.Empty(rig.Fired());
        Assert.Equal(expected, line);
        control(rig);
        Assert.NotEmpty(rig.Fired());
    }

    [Fact]
    public void A_submodule_s_own_configuration_runs_nothing_either()
    {
        using var rig = new GitRig();
        var inner = rig.Repository + "-inner";
        Directory.CreateDirectory(inner);
        rig.GitIn(inner, "init", "-q", "-b", "main");
        File.WriteAllText(Path.Join(inner, "s.txt"), "s\n");
        rig.GitIn(inner, "add", "s.txt");
        rig.GitIn(inner, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "s");
        rig.Git("-c", "protocol.file.allow=always", "submodule", "add", "-q", inner, "sub");
        rig.Git("commit", "-q", "-m", "sub");
        rig.Git("-C", "sub", "config", "core.fsmonitor", rig.Plant("submodule.fsmonitor") + "; false");
        rig.Write("sub/s.txt", "changed in the submodule\n");

        var line = rig.Render();

        Assert.Empty(rig.Fired());
        Assert.Equal("⎇ main ↑2 ↓1", line);
        Status(rig);
        Assert.NotEmpty(rig.Fired());
    }

    /// <summary>What linesmith ran before the fix.</summary>
    private static ProcessResult Status(GitRig rig) => rig.Control("--no-optional-locks", "status", "--porcelain=v2", "--branch");

    /// <summary>A status that may write the index, which runs post-index-change.</summary>
    private static ProcessResult RefreshingStatus(GitRig rig) => rig.Control("status", "--porcelain=v2");

    private static ProcessResult Checkout(GitRig rig)
    {
        File.Delete(Path.Join(rig.Repository, "f.txt"));
        return rig.Control("checkout", "--", "f.txt");
    }

    /// <summary>Pagers run only on a terminal: <c>script</c> gives git one (<c>-p</c> asks for core.pager, pager.status picks one for status).</summary>
    private static Func<GitRig, ProcessResult> OnTerminal(string command) =>
        rig => ProcessRunner.Run("script", ["-qec", $"git -C '{rig.Repository}' {command}", "/dev/null"], rig.Environment);

    /// <summary>A filter the repository picks for f.txt (in .git/info/attributes), required, with f.txt needing a content check.</summary>
    private static void Filter(GitRig rig, string kind, string command)
    {
        File.WriteAllText(Path.Join(rig.GitDirectory, "info", "attributes"), "f.txt filter=planted\n");
        rig.Git("config", "filter.planted." + kind, command);
        rig.Git("config", "filter.planted.required", "true");
        rig.Touch("f.txt");
    }

    /// <summary>
    /// A partial clone whose HEAD tree is missing: a status would fetch it from the promisor remote,
    /// running whatever the transport runs (an ssh command, an ext:: command, a credential helper asked
    /// by a server that answers 401).
    /// </summary>
    private static void LazyFetch(GitRig rig, string transport, string planted)
    {
        rig.Git("config", "core.repositoryformatversion", "1");
        rig.Git("config", "extensions.partialClone", "origin");
        rig.Git("config", "remote.origin.promisor", "true");
        switch (transport)
        {
            case "http":
                var server = new TestHttpServer { Reply = _ => ServerReply.WithStatus(401, ("WWW-Authenticate", "Basic realm=\"planted\"")) };
                rig.Disposables.Add(server);
                rig.Git("config", "remote.origin.url", server.BaseUrl + "/repo.git");
                rig.Git("config", "credential.helper", "!" + planted);
                break;
            case "ssh":
                rig.Git("config", "remote.origin.url", "ssh://git.example.invalid/repo.git");
                rig.Git("config", "core.sshCommand", planted);
                break;
            default:
                rig.Git("config", "protocol.ext.allow", "always");
                rig.Git("config", "remote.origin.url", "ext::" + planted);
                break;
        }

        var tree = rig.Control("rev-parse", "HEAD^{tree}").Stdout.Trim();
        File.Delete(Path.Join(rig.GitDirectory, "objects", tree[..2], tree[2..]));
    }
}
