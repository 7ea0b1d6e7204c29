using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Composition;

/// <summary>The production wiring of the cascade: real stores, transport, credentials, JSONL, log and launcher, from one <see cref="RunContext"/>.</summary>
internal static class CascadeFactory
{
    /// <param name="processPath">The binary the background refresher runs; null = no refresher.</param>
    /// <param name="observe">Wraps the transport (<c>doctor --online</c>).</param>
    public static UsageCascade ForRun(RunContext run, string? processPath, Func<IUsageTransport, IUsageTransport>? observe)
    {
        var log = run.Log;
        var root = UsableRoot(run.CacheRoot, log);
        if (run.Environment.GetNonEmpty(EnvironmentVariables.DisableFileLocking) is "1" or "true" or "True")
        {
            // .NET then opens FileShare.None without flock: the fetch gate stops excluding anyone.
            log.Warn("DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set: concurrent processes may fetch at the same time");
        }

        // The request is made by linesmith-fetch beside this executable: the render image carries no HTTP or TLS (docs/adr/0023-fetcher-in-its-own-executable.md).
        var transport = new FetcherTransport(FetcherTransport.PathBeside(run.ProcessPath), run.Environment, log);
        var inputs = new CascadeInputs(
            root,
            observe is null ? transport : observe(transport),
            CredentialsProvider.ForPlatform(run.Environment, run.Claude),
            new JsonlAggregator(run.Claude, log, root, run.Clock),
            run.Clock,
            run.Usage,
            log,
            new ProcessRefreshLauncher(processPath, log, run.ConfigFile.Path));
        return new UsageCascade(inputs);
    }

    /// <summary>
    /// The cache root when it passes <see cref="Usage.Cache.CacheRootTrust"/>, created (only below its
    /// base) and checked again, so that a link planted between the check and the <c>mkdir</c> is caught;
    /// else null, with one log line, and the process fetches and renders without a disk cache.
    /// </summary>
    private static string? UsableRoot(CacheRootVerdict verdict, Log log)
    {
        if (verdict.Directory is not { } root)
        {
            return null;
        }

        var refusal = verdict.Refusal;
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

            refusal = CacheRootVerdict.Of(root).Refusal;
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
