using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Custom;

/// <summary>
/// The keys of <c>custom_command</c> (README.md#segments): the command, how long it may run, how long its
/// output stays fresh, whether its colours are kept. Read the same way by the render and by
/// <c>linesmith command refresh</c>, so both run the same command with the same bounds.
/// </summary>
internal sealed record CommandSettings(string Command, TimeSpan Timeout, TimeSpan Ttl, bool Colors)
{
    /// <summary>The id of the segment and of its <c>[segments.custom_command]</c> table.</summary>
    public const string SegmentId = "custom_command";

    /// <summary>Longer than any command line a user types; a longer one is refused rather than passed to a shell.</summary>
    public const int MaxCommandLength = 4096;

    public static readonly TextOption CommandKey = new("command", "the command, run by /bin/sh -c (cmd.exe /c on Windows); empty: nothing runs", string.Empty);

    public static readonly IntegerOption TimeoutKey = new("timeout_ms", "how long the command may run before its process group is killed, in milliseconds", 1000, 10, 5000);

    public static readonly IntegerOption TtlKey = new("ttl", "seconds its output is shown without running it again; after that a background run refreshes it", 60, 1, 86400);

    public static readonly BoolOption ColorsKey = new("colors", "keep the command's SGR colours (mapped to the theme's roles); false: strip every escape sequence", false);

    public static IReadOnlyList<SegmentOption> Options { get; } = [CommandKey, TimeoutKey, TtlKey, ColorsKey];

    /// <summary>Reads the keys; a command longer than <see cref="MaxCommandLength"/> warns and counts as none.</summary>
    public static CommandSettings Read(SettingsTable settings)
    {
        var command = CommandKey.Read(settings) ?? string.Empty;
        if (command.Length > MaxCommandLength || command.Contains('\0', StringComparison.Ordinal))
        {
            settings.Warn(CommandKey.Leaf, $"longer than {MaxCommandLength} characters or holding a NUL; nothing runs");
            command = string.Empty;
        }

        return new CommandSettings(
            command.Trim().Length == 0 ? string.Empty : command,
            TimeSpan.FromMilliseconds(TimeoutKey.Read(settings)),
            TimeSpan.FromSeconds(TtlKey.Read(settings)),
            ColorsKey.Read(settings));
    }
}
