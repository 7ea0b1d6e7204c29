using System.Globalization;
using System.Text;

namespace Linesmith.Segments.Git;

/// <summary>
/// The committer time of a commit object: the headers end at the first empty line, and the <c>committer</c> line
/// ends in <c>&lt;seconds since 1970&gt; &lt;±hhmm&gt;</c>. A value that is not a plain count of seconds within
/// what a date can hold (year 9999) is no time at all.
/// </summary>
internal static class GitCommitTime
{
    /// <summary>The last second of year 9999: <see cref="DateTimeOffset.FromUnixTimeSeconds"/> refuses anything later.</summary>
    private const long MaxSeconds = 253_402_300_799;

    public static DateTimeOffset? Parse(byte[] content)
    {
        foreach (var line in Encoding.UTF8.GetString(content).AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                return null;
            }

            if (!line.StartsWith("committer "))
            {
                continue;
            }

            var zone = line.LastIndexOf(' ');
            var rest = zone > 0 ? line[..zone] : [];
            var secondsStart = rest.LastIndexOf(' ') + 1;
            return secondsStart > 0 && zone > 0 && IsZone(line[(zone + 1)..])
                && long.TryParse(rest[secondsStart..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxSeconds
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }

        return null;
    }

    private static bool IsZone(ReadOnlySpan<char> zone) =>
        zone.Length == 5 && (zone[0] == '+' || zone[0] == '-') && char.IsAsciiDigit(zone[1]) && char.IsAsciiDigit(zone[2]) && char.IsAsciiDigit(zone[3]) && char.IsAsciiDigit(zone[4]);
}
