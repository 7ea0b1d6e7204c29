using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Git;

/// <summary>
/// Issue 14, through the published binary in repositories made by the real git: git_status's counts (staged,
/// unstaged, untracked, conflicted after a real merge and a real rebase), git_age from loose and packed commits
/// (SHA-1 and SHA-256), hostile object stores, one git status per render shared by git_branch and git_status,
/// and no git at all when no segment asks for one.
/// </summary>
[Trait(Needs.Platform, Needs.Unix)]
public sealed class GitCountsAndAgeTests : IDisposable
{
    private const string Line = """
        [line]
        segments = ["git_branch", "git_operation", "git_status", "git_age"]
        [segments.git_branch]
        dirty = true
        timeout_ms = 5000
        [segments.git_status]
        timeout_ms = 5000
        """;

    private readonly ScratchRepository _repo = new(DateTimeOffset.UtcNow.AddHours(-2).AddMinutes(-1));
    private readonly TempDir _temp = new();

    public void Dispose()
    {
        _repo.Dispose();
        _temp.Dispose();
    }

    private Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    private string Render(string config = Line, string? directory = null)
    {
        var path = _temp.Join("config.toml");
        File.WriteAllText(path, config);
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal)
        {
            ["HOME"] = _repo.Home,
            ["NO_COLOR"] = "1",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["LINESMITH_CACHE_DIR"] = _temp.Join("cache"),
            ["LINESMITH_LOG"] = "debug",
        };
        var payload = $$$"""{"model":{"id":"claude-opus-4-5","display_name":"Opus"},"workspace":{"current_dir":{{{JsonSerializer.Serialize(directory ?? _repo.Path)}}}}}""";
        var result = RenderRunner.Render(environment, payload, "--config", path);
        return RenderRunner.AssertOneSafeLine(result).Trim();
    }

    private string Log() => File.Exists(_temp.Join("cache", "linesmith.log")) ? File.ReadAllText(_temp.Join("cache", "linesmith.log")) : string.Empty;

    [Fact]
    public void Staged_unstaged_and_untracked_entries_and_the_commit_age()
    {
        _repo.MakeMixedChanges();

        Assert.Equal("⎇ main* · +2 !2 ?2 · 2h", Render());
    }

    [Fact]
    public void Conflicted_entries_after_a_real_merge_conflict()
    {
        _repo.MakeMergeConflict("x.txt", "y.txt", "z.txt");

        Assert.Equal("⎇ main* · merge · =3 · 2h", Render());
    }

    [Fact]
    public void Conflicted_entries_in_a_rebase_that_stopped()
    {
        _repo.Commit("x.txt", "base\n");
        _repo.Git("checkout", "-q", "-b", "topic");
        _repo.Commit("x.txt", "topic\n");
        _repo.Commit("y.txt", "topic\n");
        _repo.Git("checkout", "-q", "main");
        _repo.Commit("x.txt", "main\n");
        _repo.Git("checkout", "-q", "topic");
        Assert.NotEqual(0, _repo.Run(_repo.Path, ["rebase", "-q", "main"]).ExitCode);

        var line = Render();

        Assert.Matches(@"^⎇ [0-9a-f]{7}\* · rebase 1/2 · =1 · 2h$", line);
    }

    [Fact]
    public void A_packed_commit_and_a_sha256_repository_give_the_age()
    {
        _repo.Commit("a.txt", "a\n");
        _repo.Git("gc", "-q", "--prune=now");
        Assert.Equal("⎇ main · 2h", Render());

        using var sha256 = new ScratchRepository(DateTimeOffset.UtcNow.AddDays(-3).AddMinutes(-1), "--object-format=sha256");
        sha256.Commit("a.txt", "a\n");
        Assert.Equal("⎇ main · 3d", Render(directory: sha256.Path));
        sha256.Git("gc", "-q", "--prune=now");
        Assert.Equal("⎇ main · 3d", Render(directory: sha256.Path));
    }

    public static TheoryData<string> HostileObjects => new() { "fifo", "dev-zero", "dev-urandom", "directory", "sparse-1g", "dangling", "missing" };

    [Theory]
    [MemberData(nameof(HostileObjects))]
    public void A_hostile_commit_object_hides_git_age_and_the_rest_of_the_line_shows(string kind)
    {
        _repo.Commit("a.txt", "a\n");
        var id = _repo.Git("rev-parse", "HEAD").Trim();
        var loose = Path.Join(_repo.GitDirectory, "objects", id[..2], id[2..]);
        File.Delete(loose);
        switch (kind)
        {
            case "fifo": Assert.Equal(0, ProcessRunner.Run("mkfifo", [loose], new Dictionary<string, string>()).ExitCode); break;
            case "dev-zero": File.CreateSymbolicLink(loose, "/dev/zero"); break;
            case "dev-urandom": File.CreateSymbolicLink(loose, "/dev/urandom"); break;
            case "directory": Directory.CreateDirectory(loose); break;
            case "sparse-1g":
                using (var file = File.Create(loose))
                {
                    file.SetLength(1L << 30);
                }

                break;
            case "dangling": File.CreateSymbolicLink(loose, Path.Join(_temp.Path, "nothing")); break;
            case "missing": break;
        }

        Assert.Equal("⎇ main", Render("[line]\nsegments = [\"git_branch\", \"git_age\"]\n"));
        Assert.Contains("git_age: commit " + id[..7], Log(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_git_file_that_points_elsewhere_and_a_symlinked_git_directory_are_followed()
    {
        _repo.Commit("a.txt", "a\n");
        var moved = _temp.Join("moved.git");
        Directory.Move(_repo.GitDirectory, moved);
        File.WriteAllText(_repo.GitDirectory, "gitdir: " + moved + "\n");
        Assert.Equal("⎇ main · 2h", Render());

        File.Delete(_repo.GitDirectory);
        Directory.CreateSymbolicLink(_repo.GitDirectory, moved);
        Assert.Equal("⎇ main · 2h", Render());
    }

    [Fact]
    public void One_render_runs_git_status_once_for_git_branch_and_git_status_and_no_git_without_them()
    {
        _repo.MakeMixedChanges();
        var calls = _temp.Join("calls");
        var wrapper = _temp.Join("bin", "git");
        Directory.CreateDirectory(Path.GetDirectoryName(wrapper)!);
        var realGit = (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':').Select(entry => Path.Join(entry, "git")).First(File.Exists);
        File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$*\" >> '{calls}'\nexec '{realGit}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, (UnixFileMode)0b111_101_101);
        Environment["PATH"] = Path.GetDirectoryName(wrapper) + ":/usr/bin:/bin";

        Assert.Equal("⎇ main* · +2 !2 ?2 · 2h", Render());
        var ran = File.ReadAllLines(calls);
        Assert.Equal(2, ran.Length);
        Assert.Contains(" config --list ", ran[0], StringComparison.Ordinal);
        Assert.Contains(" status --porcelain=v2 ", ran[1], StringComparison.Ordinal);

        File.Delete(calls);
        Assert.Matches("^⎇ main · [0-9a-f]{7} · 2h$", Render("[line]\nsegments = [\"git_branch\", \"git_sha\", \"git_age\", \"git_stash\", \"git_tag\", \"git_repo\", \"git_operation\"]\n"));
        Assert.False(File.Exists(calls), "no segment asked git for anything");
    }

    [Fact]
    public void Git_status_runs_no_program_the_repository_names()
    {
        _repo.MakeMixedChanges();
        var marker = _temp.Join("fsmonitor-ran");
        _repo.Git("config", "core.fsmonitor", $"touch '{marker}'; false");

        Assert.Equal("+2 !2 ?2", Render("[line]\nsegments = [\"git_status\"]\n[segments.git_status]\ntimeout_ms = 5000\n"));
        Assert.False(File.Exists(marker));

        _repo.Run(_repo.Path, ["status"]);
        Assert.True(File.Exists(marker), "the control: the planted monitor runs under a user's git status");
    }
}
