using System.Text.Json;
using Linesmith.Json;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>docs/spec/edge-cases.md item 29: the known-bucket list equals the serialized field set.</summary>
public sealed class KnownBucketsTests
{
    /// <summary>
    /// The top-level keys of the usage response that have a typed home; everything else goes to
    /// <c>unknown_buckets</c> (docs/spec/usage-endpoint.md#response).
    /// </summary>
    private static readonly string[] Known =
    [
        "five_hour",
        "seven_day",
        "seven_day_opus",
        "seven_day_sonnet",
        "seven_day_oauth_apps",
        "extra_usage",
        "limits",
    ];

    [Fact]
    public void Item29_known_bucket_list_equals_the_serialized_field_set()
    {
        var bytes = JsonText.ToPrettyUtf8(new CachedData(), CacheJsonContext.Default.CachedData);
        using var document = JsonDocument.Parse(bytes);

        var fields = document.RootElement.EnumerateObject().Select(property => property.Name).Where(name => name != "unknown_buckets");

        Assert.Equal(Known, fields);
    }

    [Fact]
    public void Known_keys_never_land_in_unknown_buckets()
    {
        var body = "{" + string.Join(", ", Known.Select(key => $"\"{key}\": null")) + ", \"new_thing\": 1}";

        var response = UsageApiParser.TryParse(System.Text.Encoding.UTF8.GetBytes(body), out _)!;

        Assert.Equal(["new_thing"], response.UnknownBuckets!.Keys);
    }
}
