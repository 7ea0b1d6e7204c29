using System.Globalization;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage;

/// <summary>
/// The <c>[usage]</c> settings (usage-cache.md §10, "Our decisions" 3 and 4): <see cref="FromConfig"/>
/// takes the config file's values over the defaults, then <see cref="WithEnvironment"/> applies the
/// environment overrides <c>LINESMITH_API_BASE_URL</c> and <c>LINESMITH_TIMEOUT_MS</c>, which win.
/// </summary>
internal sealed record UsageSettings(string ApiBaseUrl, TimeSpan Timeout, TimeSpan CacheDuration, string UserAgent)
{
    public const string ApiBaseUrlVariable = "LINESMITH_API_BASE_URL";

    public const string TimeoutVariable = "LINESMITH_TIMEOUT_MS";

    public const string DefaultApiBaseUrl = "https://api.anthropic.com";

    /// <summary>Honest and versioned ("Our decisions" 3): <c>linesmith/0.1.0</c>.</summary>
    public const string DefaultUserAgent = "linesmith/" + ProductVersion.Value;

    public static UsageSettings Defaults { get; } = new(DefaultApiBaseUrl, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(180), DefaultUserAgent);

    /// <summary>The defaults with every <c>[usage]</c> key the config file sets (already validated there).</summary>
    public static UsageSettings FromConfig(Config.UsageOptions options) => new(
        string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? DefaultApiBaseUrl : options.ApiBaseUrl.Trim(),
        options.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Defaults.Timeout,
        options.CacheDurationSeconds is { } duration ? TimeSpan.FromSeconds(duration) : Defaults.CacheDuration,
        string.IsNullOrWhiteSpace(options.UserAgent) ? DefaultUserAgent : options.UserAgent);

    /// <summary>The overrides from the environment; a timeout that is not a positive integer is warned about and ignored.</summary>
    public UsageSettings WithEnvironment(EnvironmentSnapshot environment, Log log)
    {
        var settings = this;
        if (environment.GetNonEmpty(ApiBaseUrlVariable) is { } baseUrl)
        {
            settings = settings with { ApiBaseUrl = baseUrl };
        }

        if (environment.GetNonEmpty(TimeoutVariable) is { } timeoutText)
        {
            if (int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds > 0)
            {
                settings = settings with { Timeout = TimeSpan.FromMilliseconds(milliseconds) };
            }
            else
            {
                log.Warn($"{TimeoutVariable} is not a positive number of milliseconds; using {(long)Timeout.TotalMilliseconds} ms");
            }
        }

        return settings;
    }
}
