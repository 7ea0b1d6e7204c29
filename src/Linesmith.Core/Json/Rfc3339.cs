using System.Globalization;

namespace Linesmith.Json;

/// <summary>
/// RFC 3339 timestamps as the cache stores them (docs/spec/on-disk-formats.md#usagejson): any offset is accepted on
/// read; writes are UTC with <c>Z</c> and a fraction only when it is non-zero, in groups of 3, 6 or
/// 9 digits like the original's chrono "AutoSi" output (<c>2026-04-19T18:23:12Z</c>,
/// <c>2026-04-19T05:00:00.112536Z</c>). A hand parser rather than <c>DateTimeOffset.Parse</c>: the
/// culture-aware parser accepts far more than RFC 3339 and costs start-up time.
/// </summary>
internal static class Rfc3339
{
    /// <summary>The longest text <see cref="Format(DateTimeOffset, Span{char})"/> writes: <c>yyyy-MM-ddTHH:mm:ss.fffffffffZ</c>.</summary>
    public const int MaxFormattedLength = 30;

    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        // yyyy-MM-ddTHH:mm:ss is 19 characters, then at least "Z".
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (text[10] is not ('T' or 't' or ' '))
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month)
            || !TryDigits(text.Slice(8, 2), out var day) || !TryDigits(text.Slice(11, 2), out var hour)
            || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var rest = text[19..];
        long fractionTicks = 0;
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            // Ticks are 100 ns: keep the first 7 fractional digits, drop the rest.
            var scale = (long)TimeSpan.TicksPerSecond;
            for (var i = 1; i < digits && i <= 7; i++)
            {
                scale /= 10;
                fractionTicks += (rest[i] - '0') * scale;
            }

            rest = rest[digits..];
        }

        if (!TryOffset(rest, out var offset))
        {
            return false;
        }

        if (month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59 || year < 1
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        try
        {
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
            value = new DateTimeOffset(local, offset).ToUniversalTime();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // 0001-01-01T00:00:00+01:00 and the like fall outside DateTimeOffset's range.
            return false;
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (utf8.Length > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] > 0x7F)
            {
                return false;
            }

            chars[i] = (char)utf8[i];
        }

        return TryParse(chars, out value);
    }

    /// <summary>Writes <paramref name="value"/> in UTC into <paramref name="destination"/>; returns the length.</summary>
    public static int Format(DateTimeOffset value, Span<char> destination)
    {
        var utc = value.UtcDateTime;
        utc.TryFormat(destination, out var written, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var ticks = utc.Ticks % TimeSpan.TicksPerSecond;
        if (ticks != 0)
        {
            destination[written++] = '.';
            if (ticks % 10_000 == 0)
            {
                written += WriteDigits(ticks / 10_000, 3, destination[written..]);
            }
            else if (ticks % 10 == 0)
            {
                written += WriteDigits(ticks / 10, 6, destination[written..]);
            }
            else
            {
                written += WriteDigits(ticks * 100, 9, destination[written..]);
            }
        }

        destination[written++] = 'Z';
        return written;
    }

    public static string Format(DateTimeOffset value)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        return new string(buffer[..Format(value, buffer)]);
    }

    private static int WriteDigits(long number, int width, Span<char> destination)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (number % 10));
            number /= 10;
        }

        return width;
    }

    private static bool TryOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1 && text[0] is 'Z' or 'z')
        {
            return true;
        }

        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':'
            || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(4, 2), out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
