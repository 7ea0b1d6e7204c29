using System.Text;
using System.Text.Json;
using CsCheck;
using Linesmith.Input;
using Linesmith.Input.Json;
using Linesmith.Tests.Properties;
using Linesmith.Tests.TestSupport;

namespace Linesmith.Tests.Input;

/// <summary>
/// The render reads stdin with a hand-written <see cref="Utf8JsonReader"/> walk (docs/adr/0021-start-up-measurements.md);
/// the source-generated <see cref="StatusJsonContext"/> declares the same shape. For any bytes, both read the
/// same payload, or both refuse the document.
/// </summary>
public sealed class PayloadWalkTests
{
    private static readonly string[] Documents =
    [
        Golden.Text("payload-full.json"),
        .. Directory.GetFiles(Golden.PathOf(Path.Join("payloads", "claude-code-2.1.332")), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText),
    ];

    [Fact]
    public void Every_real_payload_reads_as_the_json_context_reads_it()
    {
        Assert.Equal(6, Documents.Length);
        foreach (var document in Documents)
        {
            var bytes = Encoding.UTF8.GetBytes(document);
            Assert.Equal(Oracle(bytes), Walk(bytes));
        }
    }

    [Fact]
    public void Hostile_mutations_of_real_payloads_read_as_the_json_context_reads_them()
    {
        NastyJson.Any(Documents).Sample(bytes => Assert.Equal(Oracle(bytes), Walk(bytes)), iter: ParserPropertyTests.Iterations);
    }

    [Theory]
    [InlineData("""{"model": {"id": "a"}, "model": {"display_name": "b"}}""")]
    [InlineData("""{"version": "1", "version": 2}""")]
    [InlineData("""{"\u006dodel": {"display_name": "escaped name"}}""")]
    [InlineData("""{"Model": {"display_name": "other case"}, "cost": {"TOTAL_COST_USD": 1}}""")]
    [InlineData("""{"workspace": {"git_worktree": "/w/fix/"}, "worktree": "/w/fix"}""")]
    [InlineData("""{"rate_limits": {"five_hour": {"resets_at": 1795700000000}, "spend_limit": {"resets_at": "2026-11-26T13:33:20Z"}}}""")]
    [InlineData("""{"vim": {"mode": 1, "mode": "INSERT"}, "agent": {"name": "a", "name": null}}""")]
    [InlineData("""{"workspace": {"added_dirs": ["/a", 1, null, {"x": []}, "/b"]}}""")]
    [InlineData("{} {}")]
    [InlineData("{\"version\": \"\\ud800\"}")]
    public void Repeated_escaped_and_misspelt_fields_read_as_the_json_context_reads_them(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(Oracle(bytes), Walk(bytes));
    }

    [Fact]
    public void A_string_the_walk_reads_that_is_not_utf8_refuses_the_document_as_the_context_does()
    {
        byte[] bytes = [.. "{\"version\": \""u8, 0xFF, 0xFE, .. "\"}"u8];

        Assert.Null(PayloadReader.TryParse(bytes, out var problem));
        Assert.StartsWith("input is not a JSON object", problem, StringComparison.Ordinal);
        Assert.Equal("refused", Oracle(bytes));
    }

    /// <summary>The payload the render reads, written back through the context; "refused" when there is none.</summary>
    private static string Walk(byte[] bytes) =>
        PayloadReader.TryParse(bytes, out _) is { } payload ? JsonSerializer.Serialize(payload, StatusJsonContext.Default.StatusPayload) : "refused";

    /// <summary>The same bytes through the source-generated context, after the same BOM and blank-input rules.</summary>
    private static string Oracle(byte[] bytes)
    {
        var trimmed = bytes.AsSpan().TrimStart("\uFEFF"u8);
        if (trimmed.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "refused";
        }

        try
        {
            return JsonSerializer.Deserialize(trimmed, StatusJsonContext.Default.StatusPayload) is { } payload
                ? JsonSerializer.Serialize(payload, StatusJsonContext.Default.StatusPayload)
                : "refused";
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return "refused";
        }
    }
}
