using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Editing;

/// <summary>
/// Whether this build reads a config key, asked of the config reader itself: a one-key config is
/// read and the key must not come back as "unknown key". The editor offers a control for a key
/// (<c>[layout_options] icons</c>) only when the render honours it, without a second list of keys
/// that could drift from the reader (issue 14: configuration that tells the truth).
/// </summary>
internal static class ConfigKeys
{
    public static bool Honoured(string table, string key, string tomlValue)
    {
        var text = $"[{table}]\n{key} = {tomlValue}\n";
        var config = LinesmithConfig.From(ConfigFile.Parse(text, ConfigLocator.FileName), EnvironmentSnapshot.Empty);
        var path = $"{table}.{key}";
        return !config.Problems.All.Any(problem => problem.KeyPath == path && problem.Message.StartsWith("unknown key", StringComparison.Ordinal));
    }
}
