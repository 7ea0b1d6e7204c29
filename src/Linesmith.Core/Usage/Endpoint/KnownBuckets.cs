namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The top-level keys of the usage response that have a typed home; everything else goes to
/// <c>unknown_buckets</c> (docs/spec/usage-endpoint.md#response). A test checks this list against the serialized
/// field set of the cache (docs/spec/edge-cases.md item 29).
/// </summary>
internal static class KnownBuckets
{
    public static IReadOnlyList<string> All { get; } =
    [
        "five_hour",
        "seven_day",
        "seven_day_opus",
        "seven_day_sonnet",
        "seven_day_oauth_apps",
        "extra_usage",
        "limits",
    ];

    /// <summary>Code-named keys seen in live responses; only <c>doctor</c> mentions them.</summary>
    public static IReadOnlyList<string> Codenames { get; } =
    [
        "iguana_necktie",
        "omelette_promotional",
        "seven_day_cowork",
        "seven_day_omelette",
        "tangelo",
        "amber_ladder",
        "cinder_cove",
        "member_dashboard_available",
        "nimbus_quill",
        "spend",
    ];
}
