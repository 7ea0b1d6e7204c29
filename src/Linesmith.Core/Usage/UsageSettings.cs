using System.Globalization;
using Linesmith.Config;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage;

/// <summary>
/// The <c>[usage]</c> settings (docs/spec/config.md#keys, docs/spec/decisions.md (D3, D4)): <see cref="FromConfig"/>
/// takes the config file's values over the defaults, then <c>WithEnvironment</c> applies the
/// environment overrides <c>LINESMITH_API_BASE_URL</c> and <c>LINESMITH_TIMEOUT_MS</c>, which win.
/// </summary>
internal sealed record UsageSettings(string ApiBaseUrl, TimeSpan Timeout, TimeSpan CacheDuration, string UserAgent, TimeSpan StaleAfter)
{
    public const string DefaultApiBaseUrl = "https://api.anthropic.com";

    /// <summary>Honest and versioned (docs/spec/decisions.md#d3-user-agent): <c>linesmith/0.1.0</c>.</summary>
    public const string DefaultUserAgent = "linesmith/" + ProductVersion.Value;

    /// <summary>The range of <c>LINESMITH_TIMEOUT_MS</c>: the config's <c>timeout</c> range in milliseconds.</summary>
    public const long MinTimeoutMilliseconds = (long)(UsageOptions.MinTimeoutSeconds * 1000);

    public const long MaxTimeoutMilliseconds = (long)(UsageOptions.MaxTimeoutSeconds * 1000);

    public static UsageSettings Defaults { get; } = new(
        DefaultApiBaseUrl,
        TimeSpan.FromSeconds(UsageOptions.DefaultTimeoutSeconds),
        TimeSpan.FromSeconds(UsageOptions.DefaultCacheDurationSeconds),
        DefaultUserAgent,
        TimeSpan.FromSeconds(UsageOptions.DefaultStaleAfterSeconds));

    /// <summary>The defaults with every <c>[usage]</c> key the config file sets (already range-checked there).</summary>
    public static UsageSettings FromConfig(UsageOptions options) => new(
        string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? DefaultApiBaseUrl : options.ApiBaseUrl.Trim(),
        options.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Defaults.Timeout,
        options.CacheDurationSeconds is { } duration ? TimeSpan.FromSeconds(duration) : Defaults.CacheDuration,
        string.IsNullOrWhiteSpace(options.UserAgent) ? DefaultUserAgent : options.UserAgent,
        options.StaleAfterSeconds is { } staleAfter ? TimeSpan.FromSeconds(staleAfter) : Defaults.StaleAfter);

    /// <summary>The overrides from the environment; a refused timeout is warned about once and ignored.</summary>
    public UsageSettings WithEnvironment(EnvironmentSnapshot environment, Log log)
    {
        var settings = WithEnvironment(environment, out var problem);
        if (problem is not null)
        {
            log.WarnOnce(problem, problem);
        }

        return settings;
    }

    /// <summary>
    /// The overrides from the environment. <c>LINESMITH_TIMEOUT_MS</c> must be a whole number of
    /// milliseconds within the config's range (<c>2147483647</c> once crashed every render); anything
    /// else leaves the timeout as it is and is described in <paramref name="problem"/>.
    /// </summary>
    public UsageSettings WithEnvironment(EnvironmentSnapshot environment, out string? problem)
    {
        var settings = this;
        if (environment.GetNonEmpty(EnvironmentVariables.LinesmithApiBaseUrl) is { } baseUrl)
        {
            settings = settings with { ApiBaseUrl = baseUrl };
        }

        var instead = string.Create(CultureInfo.InvariantCulture, $"using {(long)Timeout.TotalMilliseconds}");
        if (EnvironmentInteger.Read(environment, EnvironmentVariables.LinesmithTimeoutMs, MinTimeoutMilliseconds, MaxTimeoutMilliseconds, instead, out problem) is { } milliseconds)
        {
            settings = settings with { Timeout = TimeSpan.FromMilliseconds(milliseconds) };
        }

        return settings;
    }
}
