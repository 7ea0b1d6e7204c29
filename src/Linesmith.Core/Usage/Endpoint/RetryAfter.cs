using System.Globalization;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The <c>Retry-After</c> header of a 429 (docs/spec/usage-endpoint.md#retry-after): delay-seconds or an HTTP-date
/// (RFC 9110), capped at 24 h; anything unusable (empty, negative, garbage, a date not in the
/// future) is no value, and the caller falls back to 300 s.
/// </summary>
internal static class RetryAfter
{
    /// <summary>The back-off when a 429 carries no usable <c>Retry-After</c>.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(300);

    /// <summary>
    /// The least a 429 backs off, whatever the header says (docs/adr/0010-back-off-bounds.md): servers answering
    /// persistent 429s with <c>Retry-After: 0</c> are reported (anthropics/claude-code #30930), and
    /// taken at their word every render would ask again. One minute keeps any number of sessions to
    /// one request a minute and still picks up a real "retry now" soon.
    /// </summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromSeconds(60);

    /// <summary>Against a hostile or mistaken header that would block the endpoint for days.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(86_400);

    // RFC 9110 §5.6.7: IMF-fixdate, plus the two obsolete forms recipients must accept.
    private static readonly string[] DateFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
        "ddd MMM d HH:mm:ss yyyy",
    ];

    public static TimeSpan? Parse(string? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        var text = header.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit))
        {
            // All digits: a count of seconds; one too large for any integer type is simply "a lot".
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < (ulong)Cap.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : Cap;
        }

        var normalized = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!DateTimeOffset.TryParseExact(normalized, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return null;
        }

        var wait = date - now;
        if (wait <= TimeSpan.Zero)
        {
            return null;
        }

        return wait > Cap ? Cap : TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds));
    }

    /// <summary>
    /// The value a 429 carries in <c>RateLimited{retry_after}</c>, the back-off it gets: parsed, else
    /// 300 s (always set, docs/spec/usage-endpoint.md#retry-after), and never under <see cref="Minimum"/>.
    /// </summary>
    public static TimeSpan Resolve(string? header, DateTimeOffset now)
    {
        var wait = Parse(header, now) ?? Default;
        return wait < Minimum ? Minimum : wait;
    }
}
