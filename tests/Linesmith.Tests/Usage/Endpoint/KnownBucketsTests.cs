using System.Text.Json;
using Linesmith.Json;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>docs/spec/edge-cases.md item 29: the known-bucket list equals the serialized field set.</summary>
public sealed class KnownBucketsTests
{
    [Fact]
    public void Item29_known_bucket_list_equals_the_serialized_field_set()
    {
        var bytes = JsonText.ToPrettyUtf8(new CachedData(), CacheJsonContext.Default.CachedData);
        using var document = JsonDocument.Parse(bytes);

        var fields = document.RootElement.EnumerateObject().Select(property => property.Name).Where(name => name != "unknown_buckets");

        Assert.Equal(KnownBuckets.All, fields);
    }

    [Fact]
    public void Known_keys_never_land_in_unknown_buckets()
    {
        var body = "{" + string.Join(", ", KnownBuckets.All.Select(key => $"\"{key}\": null")) + ", \"new_thing\": 1}";

        var response = UsageApiParser.TryParse(System.Text.Encoding.UTF8.GetBytes(body), out _)!;

        Assert.Equal(["new_thing"], response.UnknownBuckets!.Keys);
    }
}
