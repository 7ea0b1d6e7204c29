using System.Globalization;
using System.Text;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md, through the published binary: no number from the environment or the config file
/// can crash a render or empty the line. Each of docs/hostile-inputs.md's numbers is given to every numeric
/// environment variable and to every numeric config key at once (the keys are found by
/// <see cref="NumericConfigKeys"/>, so a new one is covered without editing this test). The render
/// exits 0 with a line and logs a warning per refused value; <c>--check-config</c> names each one with
/// its line and column. Before the fix <c>LINESMITH_TIMEOUT_MS=2147483647</c> crashed every render
/// (exit 134) and <c>cache_duration = 922337203686</c> printed an empty line with the config "OK".
/// </summary>
public sealed class HostileNumberTests : IDisposable
{
    private const string Payload = """{"model":{"id":"claude-opus-4-5","display_name":"Opus"},"workspace":{"current_dir":"/tmp/w"}}""";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The TOML literal and how a refusal quotes it for an integer key and for a number key.</summary>
    public static TheoryData<string, string, string> ConfigValues => new()
    {
        { "0", "0", "0" },
        { "-1", "-1", "-1" },
        { "2147483647", "2147483647", "2147483647" },
        { "9223372036854775807", "9223372036854775807", "9223372036854775807" },
        { "922337203686", "922337203686", "922337203686" },
        { "1e3", "1000.0 (a float)", "1000.0" },
        { "1.5", "1.5 (a float)", "1.5" },
        { "nan", "nan (a float)", "nan" },
        { "inf", "inf (a float)", "inf" },
        { "-inf", "-inf (a float)", "-inf" },
        { "\"abc\"", "a string", "a string" },
    };

    public static TheoryData<string, string> EnvironmentValues
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var variable in (string[])["LINESMITH_TIMEOUT_MS", "COLUMNS"])
            {
                foreach (var value in (string[])["0", "-1", "2147483647", "9223372036854775807", "99999999999999999999", "1e3", "abc", "NaN", "Infinity", "1.5", "2s"])
                {
                    data.Add(variable, value);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_probe_finds_the_numeric_keys_of_every_kind()
    {
        var paths = NumericConfigKeys.All.Select(key => key.Path).ToList();

        Assert.Contains("usage.cache_duration", paths);
        Assert.Contains("usage.timeout", paths);
        Assert.Contains("segments.context_bar.progress_width", paths);
        Assert.Contains("segments.rate_limit_5h.progress_width", paths);
        Assert.Contains("segments.rate_limit_5h.thresholds.green", paths);
        Assert.Contains("segments.git_branch.timeout_ms", paths);
        Assert.Contains("segments.model.priority", paths);
        Assert.Contains("segments.cost.width.max", paths);
        Assert.True(paths.Count > 3 * 20, $"only {paths.Count} numeric keys found");
    }

    [Theory]
    [MemberData(nameof(ConfigValues))]
    public void Every_numeric_config_key_at_once_renders_a_line_and_each_refusal_is_reported_with_its_line_and_column(string literal, string foundForInteger, string foundForNumber)
    {
        var (config, lines) = WriteConfig(literal);
        var refused = NumericConfigKeys.All
            .Where(key => !Accepts(key, literal))
            .ToDictionary(key => key.Path, key => $"{key.Path}: {Message(key, key.Integer ? foundForInteger : foundForNumber)}");

        var check = ProcessRunner.Linesmith(Environment(), "--check-config", "--config", config);
        var checkLines = check.Stdout.Split('\n');
        Assert.Equal(refused.Count == 0 ? 0 : 1, check.ExitCode);
        foreach (var key in NumericConfigKeys.All)
        {
            if (refused.TryGetValue(key.Path, out var message))
            {
                Assert.Contains($"{config}({lines[key.Path]},1) {message}", checkLines);
            }
            else
            {
                Assert.DoesNotContain(checkLines, line => line.Contains($" {key.Path}: ", StringComparison.Ordinal));
            }
        }

        var render = RenderRunner.Render(Environment(), Payload, "--config", config);
        RenderRunner.AssertOneSafeLine(render);
        Assert.DoesNotContain("Unhandled", render.Stderr, StringComparison.Ordinal);
        var log = ReadLog();
        foreach (var message in refused.Values)
        {
            Assert.Contains(message, log, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EnvironmentValues))]
    public void A_refused_number_in_the_environment_renders_a_line_and_is_logged_and_reported(string variable, string value)
    {
        var environment = Environment();
        environment[variable] = value;

        var render = RenderRunner.Render(environment, Payload);
        RenderRunner.AssertOneSafeLine(render);
        Assert.DoesNotContain("Unhandled", render.Stderr, StringComparison.Ordinal);
        var expected = $"{variable}: expected an integer from ";
        Assert.Contains(expected, ReadLog(), StringComparison.Ordinal);

        var check = ProcessRunner.Linesmith(environment, "--check-config");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.Stdout.Split('\n'), line => line.StartsWith("environment: " + expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LINESMITH_TIMEOUT_MS", "100")]
    [InlineData("LINESMITH_TIMEOUT_MS", "60000")]
    [InlineData("COLUMNS", "1")]
    [InlineData("COLUMNS", "65535")]
    public void A_number_within_its_range_is_taken_without_a_word(string variable, string value)
    {
        var environment = Environment();
        environment[variable] = value;

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(environment, Payload));
        Assert.DoesNotContain(variable, ReadLog(), StringComparison.Ordinal);
        Assert.Equal(0, ProcessRunner.Linesmith(environment, "--check-config").ExitCode);
    }

    [Fact]
    public void Every_number_of_the_payload_shape_has_a_range_and_every_time_stamp_its_converter()
    {
        var fields = NumericPayload.Fields();

        Assert.Contains(("rate_limits.five_hour.resets_at", typeof(DateTimeOffset)), fields);
        Assert.Contains(("context_window.current_usage.cache_read_input_tokens", typeof(double)), fields);
        Assert.Equal(
            fields.Where(field => field.Type != typeof(DateTimeOffset)).Select(field => field.Path).Order(),
            Linesmith.Input.PayloadRanges.All.Select(number => number.Path).Order());
    }

    [Theory]
    [InlineData("-1e308")]
    [InlineData("1e308")]
    public void An_absurd_number_anywhere_in_the_payload_is_dropped_and_logged(string literal)
    {
        var render = RenderRunner.Render(Environment(), NumericPayload.With(literal));

        var line = RenderRunner.AssertOneSafeLine(render);
        Assert.DoesNotContain("00000000", line, StringComparison.Ordinal);
        var log = ReadLog();
        foreach (var number in Linesmith.Input.PayloadRanges.All)
        {
            Assert.Contains($"stdin {number.Path}: expected a number from ", log, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("2147483647")]
    [InlineData("9223372036854775807")]
    [InlineData("18446744073709551616")]
    [InlineData("1764590000000")]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    [InlineData("1e400")]
    [InlineData("\"abc\"")]
    [InlineData("null")]
    public void Every_number_of_the_payload_at_once_renders_a_line_with_every_segment(string literal)
    {
        var config = _dir.Join("config.toml");
        var ids = string.Join(", ", Linesmith.Segments.SegmentTable.Rows.Select(row => row.Id).Select(id => $"\"{id}\""));
        File.WriteAllText(config, $"[line]\nsegments = [{ids}]\n[segments.rate_limit_5h]\nformat = \"progress\"\n[segments.rate_limit_5h_reset]\nformat = \"absolute\"\n[segments.rate_limit_7d_reset]\nformat = \"progress\"\n");

        var render = RenderRunner.Render(Environment(), NumericPayload.With(literal), "--config", config);

        RenderRunner.AssertOneSafeLine(render);
        Assert.DoesNotContain("Unhandled", render.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", ReadLog(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "2026-12-01T00:00:00Z")]
    [InlineData("-1", "0001-01-01T00:00:00Z")]
    [InlineData("1e3", "9999-12-31T23:59:59Z")]
    [InlineData("2147483647", "1970-01-01T00:00:00Z")]
    [InlineData("9223372036854775807", "2262-04-11T23:47:16Z")]
    [InlineData("1e308", "9999-12-31T23:59:59.9999999Z")]
    [InlineData("-1e308", "0001-01-01T00:00:00Z")]
    [InlineData("1.5", "2026-12-01T00:00:00.5+14:00")]
    public void Every_number_of_a_fresh_usage_json_at_once_renders_a_line_with_every_usage_segment(string literal, string time)
    {
        var cache = _dir.Join("cache");
        Directory.CreateDirectory(cache);
        var cachedAt = DateTimeOffset.UtcNow.AddSeconds(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var bucket = $$"""{"utilization": {{literal}}, "resets_at": "{{time}}"}""";
        File.WriteAllText(Path.Join(cache, "usage.json"), $$$$"""
            {"schema_version": 1, "cached_at": "{{{{cachedAt}}}}", "error": null, "data": {
              "five_hour": {{{{bucket}}}}, "seven_day": {{{{bucket}}}}, "seven_day_opus": {{{{bucket}}}}, "seven_day_sonnet": {{{{bucket}}}},
              "extra_usage": {"is_enabled": true, "utilization": {{{{literal}}}}, "monthly_limit": {{{{literal}}}}, "used_credits": {{{{literal}}}}, "currency": "EUR"},
              "limits": [{"kind": "weekly_scoped", "percent": {{{{literal}}}}, "resets_at": "{{{{time}}}}", "scope": {"model": {"display_name": "Opus"}}}]}}
            """);
        var config = _dir.Join("config.toml");
        var ids = string.Join(", ", Linesmith.Segments.SegmentTable.Rows.Select(row => row.Id).Where(id => id.StartsWith("rate_limit", StringComparison.Ordinal) || id == "extra_usage").Select(id => $"\"{id}\""));
        File.WriteAllText(config, $"[line]\nsegments = [\"model\", {ids}]\n[segments.rate_limit_5h]\nformat = \"progress\"\n[segments.rate_limit_5h_reset]\nformat = \"absolute\"\n[segments.rate_limit_7d_reset]\nformat = \"progress\"\n[segments.rate_limit_7d_model]\nvisibility = \"always\"\n");

        var render = RenderRunner.Render(Environment(), Payload, "--config", config);

        var line = RenderRunner.AssertOneSafeLine(render);
        Assert.DoesNotContain("00000000", line, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", ReadLog(), StringComparison.Ordinal);
    }

    private static bool Accepts(NumericKey key, string literal)
    {
        if (key.Integer)
        {
            return long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) && integer >= key.Min && integer <= key.Max;
        }

        return double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= key.Min && number <= key.Max;
    }

    private static string Message(NumericKey key, string found) => key.Integer
        ? string.Create(CultureInfo.InvariantCulture, $"expected an integer from {key.Min} to {key.Max}, found {found}; {key.Instead}")
        : string.Create(CultureInfo.InvariantCulture, $"expected a number from {key.Min} to {key.Max}, found {found}; {key.Instead}");

    // Every numeric key set to the literal, all segments on the line; returns the path and each key's line.
    private (string Path, Dictionary<string, int> Lines) WriteConfig(string literal)
    {
        var text = new StringBuilder();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 0;
        void Append(string content)
        {
            text.Append(content).Append('\n');
            line++;
        }

        var ids = string.Join(", ", Linesmith.Segments.SegmentTable.Rows.Select(row => row.Id).Select(id => $"\"{id}\""));
        var tables = NumericConfigKeys.All.GroupBy(key => key.Table).OrderBy(table => table.Key.Length > 0);
        foreach (var table in tables)
        {
            // Keys of the root table come first, before any [table] header.
            if (table.Key.Length > 0)
            {
                Append($"[{table.Key}]");
            }

            foreach (var key in table)
            {
                Append($"{key.Key} = {literal}");
                lines[key.Path] = line;
            }
        }

        Append("[line]");
        Append($"segments = [{ids}]");
        var path = _dir.Join("config.toml");
        File.WriteAllText(path, text.ToString());
        return (path, lines);
    }

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["HOME"] = _dir.Join("home"),
        ["LINESMITH_CACHE_DIR"] = _dir.Join("cache"),
        ["LINESMITH_LOG"] = "warn",
        ["COLORTERM"] = "truecolor",
    };

    private string ReadLog()
    {
        var path = Path.Join(_dir.Join("cache"), "linesmith.log");
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }
}
