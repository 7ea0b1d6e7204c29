using Linesmith.Diagnostics;
using Linesmith.Platform;
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
        var root = UsableRoot(UserDirectories.From(environment).CacheRoot, log);
        if (environment.GetNonEmpty(EnvironmentVariables.DisableFileLocking) is "1" or "true" or "True")
        {
            // .NET then opens FileShare.None without flock: the fetch gate stops excluding anyone.
            log.Warn("DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set: concurrent processes may fetch at the same time");
        }

        var inputs = new CascadeInputs(
            root,
            observe is null ? new HttpUsageTransport(environment, log) : observe(new HttpUsageTransport(environment, log)),
            CredentialsProvider.ForPlatform(environment),
            new JsonlAggregator(environment, log, root, clock),
            clock,
            settings.WithEnvironment(environment, log),
            log,
            new ProcessRefreshLauncher(processPath, log, configPath));
        return new UsageCascade(inputs);
    }

    /// <summary>
    /// The cache root when it passes <see cref="CacheRootTrust"/>, created (only below its base) and
    /// checked again, so that a link planted between the check and the <c>mkdir</c> is caught; else
    /// null, with one log line, and the process fetches and renders without a disk cache.
    /// </summary>
    private static string? UsableRoot(CreatableDirectory? root, Log log)
    {
        if (root is null)
        {
            return null;
        }

        var refusal = CacheRootTrust.Refusal(root.Path);
        if (refusal is null)
        {
            try
            {
                root.Create();
            }
            catch (DirectoryNotFoundException exception)
            {
                // The base is missing (HOME=/nonexistent is common for service accounts): expected, so a warning.
                log.Warn($"cache root {root.Path} not created: {exception.Message}; running without the disk cache");
                return null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A fault (a file or a dangling link in the way, no permission): logged like a failed cache write.
                log.Persist(LogLevel.Error, $"cache root {root.Path} cannot be created ({exception.Message}); running without the disk cache");
                return null;
            }

            refusal = CacheRootTrust.Refusal(root.Path);
        }

        if (refusal is not null)
        {
            // Someone else could plant files or symlinks there: fetch and render without a disk cache.
            log.Persist(LogLevel.Error, refusal + "; running without the disk cache");
            return null;
        }

        return root.Path;
    }
}
