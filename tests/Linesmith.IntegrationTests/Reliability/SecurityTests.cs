using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md: private modes on creation, a foreign or shared cache root refused, planted
/// symlinks never written through, the token nowhere but the request, and no control character from
/// any input on the terminal.
/// </summary>
[Collection(LoadGroup.Name)]
[Trait(Needs.Platform, Needs.Linux)]
public sealed class SecurityTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode PrivateDirectory = Private | UnixFileMode.UserExecute;

    [Fact]
    public void The_cache_directory_is_created_0700_and_every_file_in_it_0600()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        ServerFaultTests.AssertRenderSurvives(rig);
        using var limited = new UsageRig(timeoutMs: 10_000);
        limited.Server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", "60"));
        ServerFaultTests.AssertRenderSurvives(limited);

        foreach (var root in (string[])[rig.CacheRoot, limited.CacheRoot])
        {
            Assert.Equal(PrivateDirectory, File.GetUnixFileMode(root));
            var files = Directory.GetFiles(root);
            Assert.NotEmpty(files);
            Assert.All(files, file => Assert.True(File.GetUnixFileMode(file) == Private, $"{file}: {File.GetUnixFileMode(file)}"));
        }

        Assert.Contains(Path.Join(rig.CacheRoot, "usage.json"), Directory.GetFiles(rig.CacheRoot));
        Assert.Contains(Path.Join(rig.CacheRoot, "linesmith.log"), Directory.GetFiles(rig.CacheRoot));
        Assert.Contains(Path.Join(limited.CacheRoot, "usage.lock"), Directory.GetFiles(limited.CacheRoot));
    }

    [Theory]
    [InlineData("owned-by-another-user")]
    [InlineData("writable-by-others")]
    [InlineData("writable-by-group")]
    public void An_untrusted_cache_root_is_refused_with_a_log_line_and_the_render_goes_on_without_it(string kind)
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Environment.Remove("LINESMITH_LOG");
        Directory.CreateDirectory(rig.CacheRoot);
        switch (kind)
        {
            case "owned-by-another-user":
                File.SetUnixFileMode(rig.CacheRoot, PrivateDirectory);
                Mounts.Run("chown", "12345:12345", rig.CacheRoot);
                break;
            case "writable-by-others":
                File.SetUnixFileMode(rig.CacheRoot, PrivateDirectory | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);
                break;
            default:
                File.SetUnixFileMode(rig.CacheRoot, PrivateDirectory | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.GroupRead);
                break;
        }

        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig);
        var result = RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config);

        Assert.Contains("42", RenderRunner.AssertOneSafeLine(result), StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n'), line => line.Contains("running without the disk cache", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(rig.CacheRoot));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    public void Symlinks_planted_at_every_name_in_the_cache_root_are_never_written_through()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", "60"));
        var outside = Path.Join(rig.Home, "outside");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(rig.CacheRoot);
        File.SetUnixFileMode(rig.CacheRoot, PrivateDirectory);
        var victims = new Dictionary<string, string>();
        foreach (var name in (string[])["usage.json", "usage.lock", "linesmith.log", "usage.fetch.lock"])
        {
            var victim = Path.Join(outside, name + ".victim");
            // Valid but expired content, so that linesmith reads through the links, fetches and writes.
            File.WriteAllText(victim, name == "usage.lock" ? "{\"blocked_until\": 1}" : "keep " + name);
            File.CreateSymbolicLink(Path.Join(rig.CacheRoot, name), victim);
            victims[name] = victim;
        }

        File.CreateSymbolicLink(Path.Join(rig.CacheRoot, ".usage.json.1.0.tmp"), Path.Join(outside, "dangling-temp-target"));

        ServerFaultTests.AssertRenderSurvives(rig);
        rig.Run("usage", "refresh");
        rig.Run("cache", "show");

        foreach (var (name, victim) in victims)
        {
            Assert.Equal(name == "usage.lock" ? "{\"blocked_until\": 1}" : "keep " + name, File.ReadAllText(victim));
        }

        Assert.Equal(victims.Values.Order(), Directory.GetFiles(outside).Order());
        Assert.Equal(1, rig.Server.RequestCount);
        Assert.Null(new FileInfo(rig.LockPath).LinkTarget);
        Assert.Equal("RateLimited", rig.ReadLock()?.Error);
    }

    [Fact]
    public void A_planted_token_appears_in_no_output_log_or_file_on_any_command_or_path()
    {
        const string Token = "sk-ant-oat01-CANARY-7f3a9c1e5b2d4068";
        var replies = new Func<ServerReply>[]
        {
            () => ServerReply.Usage(),
            () => ServerReply.WithStatus(401),
            () => ServerReply.WithStatus(403),
            () => ServerReply.WithStatus(429, ("Retry-After", "1")),
            () => ServerReply.WithStatus(500),
            () => new ServerReply(200, "{\"five_hour\": " + Token),
            () => new ServerReply(200, "<html>" + Token + "</html>"),
            () => ServerReply.WithStatus(302, ("Location", "http://localhost:1/" + Token)),
            () => ServerReply.Usage() with { ResetAfterBodyBytes = 10 },
        };
        var commands = new[]
        {
            new[] { "--config", "usage.toml" }, [], ["usage"], ["usage", "--json"], ["usage", "--no-wait"], ["usage", "refresh"],
            ["cache", "show"], ["cache", "show", "--json"], ["--config", "bad.toml"], ["frobnicate"], ["usage", "--bogus"], ["--help"],
            ["--version"], ["cache", "clear"], ["doctor"], ["doctor", "--json"], ["doctor", "--online"], ["install"], ["uninstall"],
            ["init", "--preset", "power-user"], ["themes", "list"], ["presets", "list"],
        };
        var runs = 0;
        foreach (var reply in replies)
        {
            using var rig = new UsageRig(timeoutMs: 2000);
            File.WriteAllText(Path.Join(rig.Home, ".claude", ".credentials.json"), $$$"""{"claudeAiOauth":{"accessToken":"{{{Token}}}","refreshToken":"{{{Token}}}-refresh","scopes":["user:profile"]}}""");
            File.WriteAllText(Path.Join(rig.Home, "usage.toml"), RenderRunner.UsageConfig);
            File.WriteAllText(Path.Join(rig.Home, "bad.toml"), "[line\nsegments = 5");
            rig.Server.Reply = _ => reply();
            var outputs = new List<string>();
            foreach (var command in commands)
            {
                var arguments = command.Select(a => a.EndsWith(".toml", StringComparison.Ordinal) ? Path.Join(rig.Home, a) : a).ToArray();
                var result = RenderRunner.Render(rig.Environment, RenderRunner.Payload, arguments);
                outputs.Add(result.Stdout);
                outputs.Add(result.Stderr);
                runs++;
                File.Delete(rig.LockPath);
            }

            Assert.True(rig.Server.RequestCount > 0);
            Assert.All(rig.Server.Requests, request => Assert.Equal("Bearer " + Token, request.Headers["Authorization"]));
            Assert.All(outputs, output => Assert.DoesNotContain("CANARY", output, StringComparison.Ordinal));
            Assert.True(LiveProcesses.AwaitNone(rig.Home, TimeSpan.FromSeconds(10)).Count == 0);
            var credentials = Path.Join(rig.Home, ".claude", ".credentials.json");
            foreach (var file in Directory.GetFiles(rig.Home, "*", SearchOption.AllDirectories).Where(file => file != credentials))
            {
                Assert.DoesNotContain("CANARY", File.ReadAllText(file), StringComparison.Ordinal);
            }
        }

        Console.WriteLine($"token canary: {replies.Length} server replies x {commands.Length} commands = {runs} runs, 0 hits");
    }

    [Fact]
    public void Escape_sequences_from_stdin_the_endpoint_the_cache_and_the_config_never_reach_the_terminal()
    {
        const string Evil = "\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m\\u001bP+q\\u001b\\\\\\r\\n\\u0000\\u202e\\u0085";
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Reply = _ => new ServerReply(200, ServerReply.UsageBody.Replace("Fable", Evil, StringComparison.Ordinal).Replace("USD", Evil, StringComparison.Ordinal));
        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig + "separator = \"\\u001b[5m|\\u0007\"\n");
        var payload = $$$"""{"model":{"id":"{{{Evil}}}","display_name":"{{{Evil}}}"},"workspace":{"current_dir":"/tmp/{{{Evil}}}"},"output_style":{"name":"{{{Evil}}}"},"cost":{"total_cost_usd":1}}""";

        var lines = new List<string>
        {
            RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, payload)),
            RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, payload, "--config", config)),
            RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, payload, "--config", config)),
        };
        var usage = rig.Run("usage");
        var show = rig.Run("cache", "show");

        Assert.All(lines, RenderRunner.AssertNoTerminalControl);
        foreach (var text in (string[])[usage.Stdout, usage.Stderr, show.Stdout, show.Stderr])
        {
            foreach (var line in text.Split('\n'))
            {
                RenderRunner.AssertNoTerminalControl(line);
            }
        }
    }
}
