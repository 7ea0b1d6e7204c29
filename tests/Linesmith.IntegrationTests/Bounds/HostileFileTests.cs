using System.Net.Sockets;
using Linesmith.IntegrationTests.Reliability;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Bounds;

/// <summary>
/// Issue 11 item 3, every file read is bounded in time and size whatever the file is: each file a
/// render reads is, in turn, a FIFO with no writer, a directory, a symlink to <c>/dev/zero</c>, a
/// socket and a 1 GiB sparse file. The render exits 0 at once with the rest of the line, under the
/// 64 MiB heap cap, and (where the reader logs) the log names the file.
/// </summary>
[Collection(LoadGroup.Name)]
[Trait(Needs.Platform, Needs.Unix)]
public sealed class HostileFileTests
{
    private const string Line = "[line]\nsegments = [\"model\", \"git_branch\", \"rate_limit_5h\"]\n";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in (string[])["config", "theme", "credentials", "usage.json", "usage.lock", "git-head", "transcript"])
        {
            foreach (var kind in (string[])["fifo", "directory", "dev-zero", "socket", "sparse-1g"])
            {
                data.Add(role, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_is_a_miss_and_the_render_prints_the_rest_of_the_line_at_once(string role, string kind)
    {
        using var rig = new UsageRig(timeoutMs: 3_000);
        var repository = Path.Join(rig.Home, "repo");
        Directory.CreateDirectory(Path.Join(repository, ".git"));
        File.WriteAllText(Path.Join(repository, ".git", "HEAD"), "ref: refs/heads/main\n");
        var configDirectory = Path.Join(rig.Home, ".config", "linesmith");
        Directory.CreateDirectory(Path.Join(configDirectory, "themes"));
        var config = Path.Join(configDirectory, "config.toml");
        File.WriteAllText(config, "theme = \"mine\"\n" + Line);
        File.WriteAllText(Path.Join(configDirectory, "themes", "mine.toml"), "[colors]\n");
        var projects = Path.Join(rig.Home, ".claude", "projects", "p");
        Directory.CreateDirectory(projects);
        Directory.CreateDirectory(rig.CacheRoot);
        File.SetUnixFileMode(rig.CacheRoot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var target = role switch
        {
            "config" => config,
            "theme" => Path.Join(configDirectory, "themes", "mine.toml"),
            "credentials" => Path.Join(rig.Home, ".claude", ".credentials.json"),
            "usage.json" => rig.CachePath,
            "usage.lock" => rig.LockPath,
            "git-head" => Path.Join(repository, ".git", "HEAD"),
            _ => Path.Join(projects, "t.jsonl"),
        };
        if (role == "transcript")
        {
            // The JSONL estimate is read when the endpoint has nothing: no credentials.
            File.Delete(Path.Join(rig.Home, ".claude", ".credentials.json"));
        }

        using var socket = Plant(target, kind);
        var payload = RenderRunner.Payload.Replace("/tmp/w", repository, StringComparison.Ordinal);

        var result = RenderRunner.Render(rig.Environment, payload);

        var line = RenderRunner.AssertOneSafeLine(result);
        Assert.Contains("Opus", line, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), $"took {result.Elapsed}");
        // A directory at a name that is looked up (config.toml, a theme, .git/HEAD, *.jsonl) is not
        // found, as if it were not there; every other refused file leaves a log line.
        if (kind != "directory" || role is not ("config" or "transcript" or "theme" or "git-head"))
        {
            var log = File.ReadAllText(Path.Join(rig.CacheRoot, "linesmith.log"));
            var expected = kind == "sparse-1g" ? "larger" : "not a regular file";
            Assert.True(log.Contains(expected, StringComparison.Ordinal) || (kind == "directory" && log.Contains("directory", StringComparison.Ordinal)), $"log:\n{log}");
        }

        if (role != "git-head")
        {
            Assert.Contains("main", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("dev-zero")]
    [InlineData("socket")]
    [InlineData("sparse-1g")]
    public void A_hostile_settings_json_ends_install_and_doctor_at_once_with_a_message(string kind)
    {
        using var rig = new HomeRig();
        Directory.CreateDirectory(rig.ClaudeDir);
        using var socket = Plant(rig.SettingsPath, kind);

        var install = rig.Run("install");
        var doctor = rig.Run("doctor");

        Assert.Equal(1, install.ExitCode);
        var expected = kind == "sparse-1g" ? "larger than" : "not a regular file";
        Assert.Contains(expected, install.Stderr + install.Stdout, StringComparison.Ordinal);
        Assert.Contains(expected, doctor.Stdout, StringComparison.Ordinal);
        Assert.True(install.Elapsed + doctor.Elapsed < TimeSpan.FromSeconds(20), $"install {install.Elapsed}, doctor {doctor.Elapsed}");
    }

    /// <summary>Puts the hostile kind of file at <paramref name="path"/>; a socket is returned to keep it bound.</summary>
    internal static Socket? Plant(string path, string kind)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        switch (kind)
        {
            case "fifo":
                Mounts.Run("mkfifo", path);
                return null;
            case "directory":
                Directory.CreateDirectory(path);
                return null;
            case "dev-zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                return null;
            case "socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                socket.Listen();
                return socket;
            default:
                using (var sparse = File.Create(path))
                {
                    sparse.SetLength(1L << 30);
                }

                return null;
        }
    }
}
