using System.Text.Json;
using CsCheck;
using Linesmith.ClaudeCode;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Properties;

/// <summary>
/// docs/guarantees.md for <c>install</c>: whatever bytes settings.json holds, installing never throws;
/// a refused file keeps its exact bytes; a written one is a JSON object with our statusLine and every
/// other top-level key and value as it was.
/// </summary>
public sealed class SettingsPropertyTests : IDisposable
{
    private const int Iterations = 1_000;

    private const string Realistic = """
        {
          "model": "opus",
          "permissions": {"allow": ["Bash(git status)"], "deny": []},
          "env": {"FOO": "bär ✓"},
          "statusLine": {"type": "command", "command": "/opt/linesmith/linesmith", "padding": 0},
          "hooks": {"Stop": [{"hooks": [{"type": "command", "command": "echo done"}]}]},
          "cleanupPeriodDays": 30
        }
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Install_never_throws_and_never_loses_a_key_whatever_settings_json_holds()
    {
        var path = _dir.Join("settings.json");
        NastyJson.Any(Realistic, "{}", "[]").Sample(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            foreach (var stale in Directory.GetFiles(_dir.Path).Where(file => file != path))
            {
                File.Delete(stale);
            }

            var outcome = SettingsEditor.Install(path, "/opt/linesmith/linesmith", refreshSeconds: null, force: true);

            var after = File.ReadAllBytes(path);
            if (!outcome.Ok || !outcome.Changed)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(after), $"a refused or unchanged file was modified: {outcome.Message}");
                return;
            }

            // Compared as documents, not nodes: a node cannot turn a lone-surrogate escape into a string.
            using var written = JsonDocument.Parse(after);
            Assert.Equal("command", written.RootElement.GetProperty("statusLine").GetProperty("type").GetString());
            var original = bytes.AsMemory();
            original = original.Span.StartsWith("\uFEFF"u8) ? original[3..] : original; // a BOM is read and dropped
            using var before = original.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(original);
            foreach (var property in before.RootElement.EnumerateObject().Where(p => p.Name != "statusLine"))
            {
                Assert.True(JsonElement.DeepEquals(property.Value, written.RootElement.GetProperty(property.Name)), property.Name);
            }

            var backup = File.ReadAllBytes(path + ".bak");
            Assert.True(bytes.AsSpan().SequenceEqual(backup), $"the backup differs: {bytes.Length} bytes before, {backup.Length} in the .bak; {outcome.Message}");
        }, iter: Iterations, threads: 1); // one file on disk: samples must not run in parallel
    }
}
