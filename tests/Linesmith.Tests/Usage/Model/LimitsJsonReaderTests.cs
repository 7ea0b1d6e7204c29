using System.Text;
using System.Text.Json;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Model;

/// <summary>
/// The token-by-token <c>limits</c> reader: per-item tolerance with the reason named, the last of
/// duplicate keys counting (as a JSON document lookup does), unknown values of any shape skipped, and
/// the reader left on the value's last token so that the enclosing object reads on correctly.
/// </summary>
public sealed class LimitsJsonReaderTests
{
    [Fact]
    public void A_full_entry_is_read()
    {
        var limit = Assert.Single(Read("""[{"kind":"weekly_scoped","percent":82.5,"resets_at":"2030-01-01T00:00:00Z","scope":{"model":{"display_name":"Opus","id":"claude-opus"}},"severity":"warning"}]""", out var warnings)!);

        Assert.Empty(warnings);
        Assert.Equal(new UsageLimit(LimitKind.WeeklyScoped, 82.5f, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), new LimitScope(new LimitModel("Opus", "claude-opus")), LimitSeverity.Warning), limit);
    }

    [Fact]
    public void The_last_of_duplicate_keys_counts_at_every_level()
    {
        var limit = Assert.Single(Read("""[{"kind":1,"kind":"session","percent":"x","percent":10,"scope":{"model":{"id":"a","id":"b"}},"scope":{"model":{"display_name":"Sonnet"}}}]""", out var warnings)!);

        Assert.Empty(warnings);
        Assert.Equal(LimitKind.Session, limit.Kind);
        Assert.Equal(10f, limit.Percent);
        Assert.Equal(new LimitScope(new LimitModel("Sonnet", null)), limit.Scope);
    }

    [Fact]
    public void A_later_bad_duplicate_spoils_an_earlier_good_value()
    {
        Assert.Empty(Read("""[{"kind":"session","percent":10,"resets_at":"2030-01-01T00:00:00Z","resets_at":7}]""", out var warnings)!);

        Assert.Equal("limits[0] unusable: resets_at is not an RFC 3339 timestamp", Assert.Single(warnings));
    }

    [Theory]
    [InlineData("""[5]""", "limits[0] unusable: expected an object, got number")]
    [InlineData("""[[1,{"kind":"session"}]]""", "limits[0] unusable: expected an object, got array")]
    [InlineData("""[{"percent":1}]""", "limits[0] unusable: missing or non-string kind")]
    [InlineData("""[{"kind":"session","percent":null}]""", "limits[0] unusable: missing or non-numeric percent")]
    [InlineData("""[{"kind":"session","percent":1e400}]""", "limits[0] unusable: missing or non-numeric percent")]
    [InlineData("""[{"kind":"session","percent":1,"scope":[]}]""", "limits[0] unusable: scope: expected an object, got array")]
    [InlineData("""[{"kind":"session","percent":1,"scope":{"model":"Opus"}}]""", "limits[0] unusable: scope.model: expected an object, got string")]
    [InlineData("""[{"kind":"session","percent":1,"scope":{"model":{"display_name":{"x":1}}}}]""", "limits[0] unusable: scope.model fields must be strings")]
    public void A_bad_entry_is_dropped_with_its_reason(string json, string warning)
    {
        Assert.Empty(Read(json, out var warnings)!);

        Assert.Equal(warning, Assert.Single(warnings));
    }

    [Fact]
    public void Bad_entries_are_dropped_one_by_one_and_the_good_ones_kept()
    {
        var limits = Read("""[{"kind":"session","percent":5},{"nope":{"deep":[1,{"a":[]}]}},{"kind":"weekly_all","percent":250,"extra":{"x":[1,2]},"severity":"normal"}]""", out var warnings)!;

        Assert.Equal([LimitKind.Session, LimitKind.WeeklyAll], limits.Select(limit => limit.Kind));
        Assert.Equal(100f, limits[1].Percent);
        Assert.Equal(LimitSeverity.Normal, limits[1].Severity);
        Assert.Equal("limits[1] unusable: missing or non-string kind", Assert.Single(warnings));
    }

    [Theory]
    [InlineData("""{"kind":"session"}""", "object")]
    [InlineData("\"limits\"", "string")]
    [InlineData("true", "boolean")]
    public void A_value_that_is_not_an_array_is_ignored_with_a_warning(string json, string kind)
    {
        Assert.Null(Read(json, out var warnings));

        Assert.Equal($"limits: expected an array, got {kind}; ignored", Assert.Single(warnings));
    }

    [Fact]
    public void Null_reads_as_null_without_a_warning()
    {
        Assert.Null(Read("null", out var warnings));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("""[{"kind":"session","percent":1,"scope":{"model":{"id":"x"}}},7]""")]
    [InlineData("""{"a":[1,2]}""")]
    [InlineData("""[]""")]
    public void The_reader_stops_on_the_last_token_of_the_value(string value)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($$"""{"limits":{{value}},"after":true}"""));
        reader.Read();
        reader.Read();
        reader.Read();

        LimitsJson.Read(ref reader, []);

        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
        Assert.True(reader.ValueTextEquals("after"u8));
    }

    private static List<UsageLimit>? Read(string json, out List<string> warnings)
    {
        warnings = [];
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var limits = LimitsJson.Read(ref reader, warnings);
        Assert.Equal(json.Length, (int)reader.BytesConsumed);
        return limits;
    }
}
