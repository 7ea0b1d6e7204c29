using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Usage;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Usage.Cascade;

/// <summary>The production wiring of the cascade: real stores, transport, credentials, JSONL, log and launcher.</summary>
internal static class CascadeFactory
{
    /// <param name="observe">Wraps the transport, e.g. so that <c>doctor --online</c> can report the raw status and <c>Retry-After</c>.</param>
    /// <param name="configPath">The config file the caller used, handed on to the background refresher.</param>
    public static UsageCascade ForProcess(EnvironmentSnapshot environment, TimeProvider clock, UsageSettings settings, Log log, string? processPath, Func<IUsageTransport, IUsageTransport>? observe = null, string? configPath = null)
    {
        var root = CacheRoot.Resolve(environment);
        if (root is not null && CacheRootTrust.Refusal(root) is { } refusal)
        {
            // Someone else could plant files or symlinks there: fetch and render without a disk cache.
            log.Persist(LogLevel.Error, refusal);
            root = null;
        }

        if (environment.GetNonEmpty("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true" or "True")
        {
            // .NET then opens FileShare.None without flock: the fetch gate stops excluding anyone.
            log.Warn("DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set: concurrent processes may fetch at the same time");
        }

        var inputs = new CascadeInputs(
            root,
            observe is null ? new HttpUsageTransport(environment, log) : observe(new HttpUsageTransport(environment, log)),
            CredentialsProvider.ForPlatform(environment),
            new JsonlAggregator(environment, log),
            clock,
            settings.WithEnvironment(environment, log),
            log,
            new ProcessRefreshLauncher(processPath, log, configPath));
        return new UsageCascade(inputs);
    }
}
