using System.Text;
using CsCheck;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Json;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Properties;

/// <summary>
/// docs/guarantees.md: every parser, given any bytes, returns a value or a miss/clear error and never
/// throws; valid documents round-trip. Each property runs <see cref="Iterations"/> generated inputs
/// (CsCheck prints the seed of a failing case so that it can be replayed).
/// </summary>
public sealed class ParserPropertyTests
{
    public const int Iterations = 5_000;

    private static readonly DateTimeOffset Now = new(2026, 4, 19, 18, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Stdin_payload_parser_returns_a_payload_or_a_reason_for_any_bytes()
    {
        NastyJson.Any(Golden.Text("payload-full.json")).Sample(bytes =>
        {
            var payload = PayloadReader.TryParse(bytes, out var problem);
            Assert.True(payload is not null || problem is not null);
        }, iter: Iterations);
    }

    [Fact]
    public void Endpoint_parser_returns_a_response_or_a_reason_for_any_bytes()
    {
        NastyJson.Any(Golden.Text("endpoint-aug-2026.json")).Sample(bytes =>
        {
            var response = UsageApiParser.TryParse(bytes, out var problem);
            Assert.True(response is not null || problem is not null);
        }, iter: Iterations);
    }

    [Fact]
    public void Cache_parser_returns_an_entry_or_a_miss_for_any_bytes()
    {
        NastyJson.Any(Golden.Text("usage-data.json"), Golden.Text("usage-error.json")).Sample(bytes =>
        {
            var entry = CacheStore.Parse(bytes, Now);
            Assert.True(entry is null || (entry.SchemaVersion == CacheSchema.Version && entry.CachedAt <= Now));
        }, iter: Iterations);
    }

    [Fact]
    public void Lock_parser_returns_a_lock_or_a_miss_for_any_bytes()
    {
        NastyJson.Any(Golden.Text("usage-lock.json"), Golden.Text("usage-lock-no-error.json")).Sample(bytes =>
        {
            if (LockStore.Parse(bytes) is { } parsed)
            {
                // Whatever the file says, the block a reader honours ends at most 24 h after the write.
                var written = Now.ToUnixTimeSeconds() - 3600;
                Assert.True(LockStore.Effective(parsed, written, Now).Lock!.BlockedUntil <= written + 86_400);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Credentials_parser_returns_exactly_one_of_a_token_or_an_error_that_never_quotes_the_input()
    {
        const string Secret = "sk-ant-oat01-PROPERTY-SECRET";
        NastyJson.Any($$$"""{"claudeAiOauth":{"accessToken":"{{{Secret}}}","refreshToken":"r","expiresAt":1,"scopes":["user:profile"]}}""").Sample(bytes =>
        {
            var result = CredentialsParser.Parse(bytes, "credentials file /x");
            Assert.True(result.Credentials is null != (result.Error is null));
            if (result.Error is { } error)
            {
                Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Config_parser_reports_a_problem_or_a_table_for_any_text()
    {
        var document = """
            theme = "dark"
            color = "auto"
            [line]
            segments = ["model", "rate_limit_5h", "extra_usage"]
            [segments.rate_limit_5h]
            format = "bar"
            warn_threshold = 70.5
            [usage]
            timeout_ms = 2000
            """;
        Gen.Frequency(
            (1, Gen.String),
            (1, Gen.Byte.Array[0, 200].Select(b => Encoding.UTF8.GetString(b))),
            (6, NastyJson.Mutations(document).Select(b => Encoding.UTF8.GetString(b))),
            (2, NastyToml(document))).Sample(text =>
        {
            var file = ConfigFile.Parse(text, "config.toml");
            Assert.NotNull(file.Root);
            Assert.NotNull(file.LocatedProblems());
            _ = LinesmithConfig.From(file, Linesmith.Platform.EnvironmentSnapshot.Empty);
        }, iter: Iterations);
    }

    [Fact]
    public void Config_text_with_a_backslash_before_a_lone_surrogate_is_a_problem_not_a_crash()
    {
        // Found by the property above with seed 612uLorHOtC1: Tomlyn threw ArgumentOutOfRangeException.
        var file = ConfigFile.Parse("\"\\\uD800\" = 1", "config.toml");

        Assert.Empty(file.Root);
        Assert.Contains(file.Problems.All, problem => problem.Message.StartsWith("invalid TOML", StringComparison.Ordinal));
    }

    [Fact]
    public void Retry_after_is_none_or_between_zero_and_the_cap_for_any_header()
    {
        Gen.Frequency(
            (2, Gen.String),
            (1, Gen.ULong.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.DateTimeOffset.Select(d => d.ToUniversalTime().ToString("r", System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.OneOf("", " ", "1e400", "NaN", "-0", "+5", "5.5", "0x10", "Wed, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "\u0000", "１２"))).Sample(header =>
        {
            if (RetryAfter.Parse(header, Now) is { } wait)
            {
                Assert.InRange(wait, TimeSpan.Zero, RetryAfter.Cap);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Retry_after_seconds_below_the_cap_round_trip()
    {
        Gen.Int[0, 86_399].Sample(seconds =>
            Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), Now)), iter: Iterations);
    }

    [Fact]
    public void A_valid_cache_entry_round_trips_through_its_file_bytes()
    {
        var percent = Gen.Float[0f, 100f];
        var when = Gen.Long[0, 253_402_300_799].Select(s => DateTimeOffset.FromUnixTimeSeconds(s));
        var bucket = Gen.Select(percent, when.Nullable(), (p, r) => new UsageBucket(p, r)).Null();
        Gen.Select(bucket, bucket, Gen.Long[0, Now.ToUnixTimeSeconds()], Gen.OneOf("Timeout", "RateLimited", "Unauthorized", "ParseError").Null())
            .Sample((fiveHour, sevenDay, cachedAt, error) =>
            {
                var at = DateTimeOffset.FromUnixTimeSeconds(cachedAt);
                var entry = error is null ? CachedUsage.WithData(new CachedData(fiveHour, sevenDay), at) : CachedUsage.WithError(error, at);
                var bytes = JsonText.ToPrettyUtf8(entry, CacheJsonContext.Default.CachedUsage);
                var parsed = CacheStore.Parse(bytes, Now);
                Assert.NotNull(parsed);
                Assert.Equal(bytes, JsonText.ToPrettyUtf8(parsed, CacheJsonContext.Default.CachedUsage));
            }, iter: Iterations);
    }

    [Fact]
    public void A_valid_endpoint_body_yields_its_numbers_and_dates()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Long[0, 253_402_300_799], Gen.Int[0, 100_000]).Sample((fiveTenths, resets, sevenTenths) =>
        {
            var resetsAt = DateTimeOffset.FromUnixTimeSeconds(resets);
            var body = $$$"""{"five_hour":{"utilization":{{{fiveTenths / 1000.0:R}}},"resets_at":"{{{resetsAt:yyyy-MM-ddTHH:mm:ssZ}}}"},"seven_day":{"utilization":{{{sevenTenths / 1000.0:R}}},"resets_at":null},"surprise_bucket":{"x":1}}""";
            var response = UsageApiParser.TryParse(Encoding.UTF8.GetBytes(body), out var problem);
            Assert.True(response is not null, problem);
            Assert.Equal((float)(fiveTenths / 1000.0), response.FiveHour?.Utilization);
            Assert.Equal(resetsAt, response.FiveHour?.ResetsAt);
            Assert.Equal((float)(sevenTenths / 1000.0), response.SevenDay?.Utilization);
            Assert.Null(response.SevenDay?.ResetsAt);
        }, iter: Iterations);
    }

    [Fact]
    public void A_valid_stdin_payload_yields_its_model_and_rate_limits()
    {
        // Epoch seconds up to 1e11 (year 5138); larger numbers are read as milliseconds by design.
        Gen.Select(Gen.String[0, 40], Gen.Int[0, 100], Gen.Long[0, 99_999_999_999]).Sample((name, percent, resets) =>
        {
            var json = System.Text.Json.JsonSerializer.Serialize(name, CredentialsPropertyJson.Default.String);
            var body = $$$$"""{"model":{"id":"m","display_name":{{{{json}}}}},"rate_limits":{"five_hour":{"used_percentage":{{{{percent}}}},"resets_at":{{{{resets}}}}}}}""";
            var payload = PayloadReader.TryParse(Encoding.UTF8.GetBytes(body), out var problem);
            Assert.True(payload is not null, problem);
            Assert.Equal(name, payload.Model?.DisplayName);
            Assert.Equal(percent, payload.RateLimits?.FiveHour?.UsedPercentage);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(resets), payload.RateLimits?.FiveHour?.ResetsAt);
        }, iter: Iterations);
    }

    [Fact]
    public void A_valid_lock_round_trips_through_its_file_bytes()
    {
        Gen.Select(Gen.Long, Gen.OneOf("RateLimited", "Timeout").Null()).Sample((blockedUntil, error) =>
        {
            var lockFile = new LockFile(blockedUntil, error);
            Assert.Equal(lockFile, LockStore.Parse(JsonText.ToPrettyUtf8(lockFile, CacheJsonContext.Default.LockFile)));
        }, iter: Iterations);
    }

    [Fact]
    public void A_valid_credentials_file_yields_its_token_whatever_the_token_text()
    {
        Gen.String[1, 300].Sample(token =>
        {
            var json = System.Text.Json.JsonSerializer.Serialize(token, CredentialsPropertyJson.Default.String);
            var result = CredentialsParser.Parse(Encoding.UTF8.GetBytes($$$"""{"claudeAiOauth":{"accessToken":{{{json}}}}}"""), "credentials file /x");
            Assert.Equal(token, result.Credentials?.AccessToken);
        }, iter: Iterations);
    }

    [Fact]
    public void A_valid_config_document_round_trips_its_values()
    {
        Gen.Select(Gen.Int[1, 600_000], Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 20].Select(a => new string(a))).Sample((timeout, theme) =>
        {
            var file = ConfigFile.Parse($"theme = \"{theme}\"\n[usage]\ntimeout_ms = {timeout}\n", "config.toml");
            Assert.Empty(file.Problems.All);
            Assert.Equal(theme, file.Root["theme"]);
            Assert.Equal((long)timeout, Assert.IsType<IReadOnlyDictionary<string, object?>>(file.Root["usage"], exactMatch: false)["timeout_ms"]);
        }, iter: Iterations);
    }

    // TOML-specific damage: unterminated strings and tables, redefined tables, huge integers, bad dates.
    private static Gen<string> NastyToml(string document) => Gen.OneOf(
        "[line", "a = \"unterminated", "a = '''", "[a]\n[a]", "a = 1\na = 2", "a = 99999999999999999999999", "a = 1979-13-45",
        "a = nan", "a = inf", "a = -inf", "a.b = 1\na = 2", "[[a]]\n[a]", "a = [1, \"x\", {b = 1}]", "\0 = 1", "a = \"\\u0000\"",
        "a = {", "= 1", "\uFEFFtheme = \"x\"", "[line]\nsegments = 5", "[line]\nsegments = [1, 2]", "[usage]\ntimeout_ms = \"x\"",
        "[usage]\ntimeout_ms = -1", "[usage]\ntimeout_ms = 1e400", new string('[', 10_000), "a = " + new string('[', 10_000))
        .SelectMany(damage => Gen.Int[0, document.Length].Select(at => document[..at] + "\n" + damage + "\n" + document[at..]));
}
