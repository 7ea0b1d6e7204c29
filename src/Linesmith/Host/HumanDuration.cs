namespace Linesmith.Host;

/// <summary>Durations for people reading command output: <c>45s</c>, <c>3m 5s</c>, <c>2h 10m</c>, <c>3d 4h</c>.</summary>
internal static class HumanDuration
{
    public static string Format(long seconds)
    {
        if (seconds < 0)
        {
            return "-" + Format(-Math.Max(seconds, -long.MaxValue));
        }

        return seconds switch
        {
            < 60 => $"{seconds}s",
            < 3600 => Pair(seconds / 60, "m", seconds % 60, "s"),
            < 86_400 => Pair(seconds / 3600, "h", seconds % 3600 / 60, "m"),
            _ => Pair(seconds / 86_400, "d", seconds % 86_400 / 3600, "h"),
        };
    }

    private static string Pair(long major, string majorUnit, long minor, string minorUnit) =>
        minor == 0 ? $"{major}{majorUnit}" : $"{major}{majorUnit} {minor}{minorUnit}";
}
