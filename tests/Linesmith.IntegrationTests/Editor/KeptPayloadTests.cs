using Linesmith.Input;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Editor;

/// <summary>
/// <c>[editor] keep_payload</c> (issue 15): a render keeps the last payload it read for the editor's
/// preview only when the config allows it, 0600, never something shaped like a credential; the editor
/// previews from it, and from the built-in sample when it is missing or refused (docs/hostile-inputs.md: a
/// symlink, a FIFO, a file too large).
/// </summary>
public sealed class KeptPayloadTests
{
    private const string Payload = """{"model":{"id":"claude-opus-4-5","display_name":"Kept Model 9"},"workspace":{"current_dir":"/tmp/kept","project_dir":"/tmp/kept"},"cost":{"total_cost_usd":7.5}}""";

    private static string KeptPath(HomeRig home) => Path.Join(home.Home, ".cache", "linesmith", KeptPayload.FileName);

    private static void Configure(HomeRig home, bool keep)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(home.ConfigPath)!);
        File.WriteAllText(home.ConfigPath, keep ? "[editor]\nkeep_payload = true\n" : "theme = \"nord\"\n");
    }

    [Fact]
    public void A_render_keeps_the_payload_only_when_the_config_allows_it()
    {
        using var home = new HomeRig();
        Configure(home, keep: false);
        RenderRunner.AssertOneSafeLine(RenderRunner.Render(home.Environment, Payload));
        Assert.False(File.Exists(KeptPath(home)));

        Configure(home, keep: true);
        RenderRunner.AssertOneSafeLine(RenderRunner.Render(home.Environment, Payload));

        Assert.Equal(Payload, File.ReadAllText(KeptPath(home)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeptPath(home)));
    }

    [Fact]
    public void A_payload_holding_something_shaped_like_a_token_is_not_kept()
    {
        using var home = new HomeRig();
        Configure(home, keep: true);

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(home.Environment, Payload.Replace("Kept Model 9", "sk-ant-oat01-secret", StringComparison.Ordinal)));

        Assert.False(File.Exists(KeptPath(home)));
    }

    [Fact]
    public void The_editor_previews_the_kept_payload_and_the_sample_when_it_is_refused()
    {
        using var home = new HomeRig();
        Configure(home, keep: true);
        RenderRunner.AssertOneSafeLine(RenderRunner.Render(home.Environment, Payload));
        using (var editor = new TmuxSession($"'{HomeRig.Binary}' config", 80, 24, home.Environment))
        {
            var screen = editor.WaitFor("Preview (80 columns, last payload)");
            Assert.Contains("Kept Model 9", screen, StringComparison.Ordinal);
        }

        // A symlink in its place (to a readable payload elsewhere): not followed; the sample is shown.
        var elsewhere = Path.Join(home.Home, "elsewhere.json");
        File.WriteAllText(elsewhere, Payload);
        File.Delete(KeptPath(home));
        File.CreateSymbolicLink(KeptPath(home), elsewhere);
        using (var editor = new TmuxSession($"'{HomeRig.Binary}' config", 80, 24, home.Environment))
        {
            var screen = editor.WaitFor("Preview (80 columns, sample payload)");
            Assert.DoesNotContain("Kept Model 9", screen, StringComparison.Ordinal);
        }

        // A FIFO with no writer: refused at once, the editor does not hang.
        File.Delete(KeptPath(home));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [KeptPath(home)]))
        {
            mkfifo.WaitForExit();
        }

        using (var editor = new TmuxSession($"'{HomeRig.Binary}' config", 80, 24, home.Environment))
        {
            editor.WaitFor("Preview (80 columns, sample payload)");
        }

        // Larger than the cap: refused.
        File.Delete(KeptPath(home));
        File.WriteAllText(KeptPath(home), Payload[..^1] + ",\"pad\":\"" + new string('x', KeptPayload.MaxBytes) + "\"}");
        using var large = new TmuxSession($"'{HomeRig.Binary}' config", 80, 24, home.Environment);
        large.WaitFor("Preview (80 columns, sample payload)");
    }
}
