using System.Globalization;
using Linesmith.Json;

namespace Linesmith.Tests.Json;

/// <summary>RFC 3339 timestamps as the cache reads and writes them: docs/spec/on-disk-formats.md#usagejson and docs/spec/edge-cases.md item 4.</summary>
public sealed class Rfc3339Tests
{
    [Theory]
    [InlineData("2026-04-19T12:00:00.000Z", "2026-04-19T12:00:00Z")]
    [InlineData("2026-04-19T12:00:00Z", "2026-04-19T12:00:00Z")]
    [InlineData("2026-04-19T05:00:00.112536+00:00", "2026-04-19T05:00:00.112536Z")]
    [InlineData("2026-04-19T05:00:00.112+00:00", "2026-04-19T05:00:00.112Z")]
    [InlineData("2026-04-19T05:00:00.1234567Z", "2026-04-19T05:00:00.123456700Z")]
    [InlineData("2026-04-19T05:00:00.123456789123Z", "2026-04-19T05:00:00.123456700Z")]
    [InlineData("2026-04-19T07:30:00+02:30", "2026-04-19T05:00:00Z")]
    [InlineData("2026-04-18T22:00:00-07:00", "2026-04-19T05:00:00Z")]
    [InlineData("2026-04-19t05:00:00z", "2026-04-19T05:00:00Z")]
    [InlineData("2026-04-19 05:00:00Z", "2026-04-19T05:00:00Z")]
    public void Item4_parses_any_offset_and_normalizes_to_utc_without_a_zero_fraction(string input, string expected)
    {
        Assert.True(Rfc3339.TryParse(input, out var value));

        Assert.Equal(expected, Rfc3339.Format(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-04-19")]
    [InlineData("2026-04-19T05:00:00")]
    [InlineData("2026-04-19T05:00:00+0000")]
    [InlineData("2026-13-19T05:00:00Z")]
    [InlineData("2026-02-30T05:00:00Z")]
    [InlineData("2026-04-19T24:00:00Z")]
    [InlineData("2026-04-19T05:00:00.Z")]
    [InlineData("2026-04-19T05:00:00ZZ")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("yesterday at noon please")]
    [InlineData("\u0662\u0660\u0662\u0666-04-19T05:00:00Z")]
    public void Rejects_what_is_not_rfc_3339(string input)
    {
        Assert.False(Rfc3339.TryParse(input, out _));
    }

    [Fact]
    public void Parsing_from_utf8_agrees_with_parsing_from_text()
    {
        Assert.True(Rfc3339.TryParse("2026-04-19T05:00:00.5+01:00"u8, out var value));

        Assert.Equal(DateTimeOffset.Parse("2026-04-19T04:00:00.5Z", CultureInfo.InvariantCulture), value);
    }
}
