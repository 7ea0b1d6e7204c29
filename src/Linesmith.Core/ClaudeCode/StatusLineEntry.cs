using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linesmith.ClaudeCode;

/// <summary>The <c>statusLine</c> object linesmith installs (docs/spec/statusline-contract.md#claude-code-settings).</summary>
internal static class StatusLineEntry
{
    public const string Key = "statusLine";

    public const string RefreshKey = "refreshInterval";

    /// <summary>Claude Code's own minimum for <c>refreshInterval</c> (seconds, docs/spec/statusline-contract.md#claude-code-settings).</summary>
    public const int MinRefreshSeconds = 1;

    /// <summary>A day: a longer interval is milliseconds typed for seconds, and would never refresh.</summary>
    public const int MaxRefreshSeconds = 86_400;

    public static JsonObject Create(string binaryPath, int? refreshSeconds)
    {
        var entry = new JsonObject
        {
            ["type"] = "command",
            ["command"] = StatusLineCommand.For(binaryPath),
            ["padding"] = 0,
        };
        if (refreshSeconds is { } seconds)
        {
            entry[RefreshKey] = seconds;
        }

        return entry;
    }

    /// <summary>The entry's command text, or null when it has none (or not as a string).</summary>
    public static string? CommandOf(JsonObject entry) =>
        entry["command"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
