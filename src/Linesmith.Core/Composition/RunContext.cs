using Linesmith.Config;
using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Usage;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Composition;

/// <summary>
/// Everything a run of linesmith reads from its surroundings, resolved once per process by
/// <see cref="Create"/> and handed to whichever command runs (issue 13 item 2): the directories
/// (<see cref="UserDirectories"/> and <see cref="ClaudeDirectories"/>), the config file (the command
/// line's <c>--config</c>, else <c>$LINESMITH_CONFIG</c>, else the XDG locations) and what it says,
/// the <c>[usage]</c> settings with the environment's overrides applied, the log, the theme, the cache
/// root and its trust verdict (ADR 0015), and the usage cascade wired over all of these. Two commands
/// therefore cannot disagree about any of them. The theme, the trust verdict and the cascade are worked
/// out on first use: a render of the default line pays for none of them.
/// </summary>
internal sealed class RunContext
{
    private readonly TextWriter _stderr;
    private Theme? _theme;
    private CacheRootVerdict? _cacheRoot;

    private RunContext(EnvironmentSnapshot environment, TimeProvider clock, TextWriter stderr, string? processPath, string? configPath)
    {
        Environment = environment;
        Clock = clock;
        ProcessPath = processPath;
        _stderr = stderr;
        Directories = UserDirectories.From(environment);
        Claude = ClaudeDirectories.From(environment);
        ConfigFile = ConfigFile.Load(configPath, Directories);
        Config = LinesmithConfig.From(ConfigFile, environment);
        Usage = UsageSettings.FromConfig(Config.Usage).WithEnvironment(environment, out var problem);
        UsageProblem = problem;
        Log = CreateLog();
    }

    public EnvironmentSnapshot Environment { get; }

    public TimeProvider Clock { get; }

    /// <summary>This program's own executable: what a render starts again as the background refresher (ADR 0011).</summary>
    public string? ProcessPath { get; }

    public UserDirectories Directories { get; }

    public ClaudeDirectories Claude { get; }

    /// <summary>Every path variable refused by <see cref="Directories"/> or <see cref="Claude"/>, each once.</summary>
    public IReadOnlyList<string> DirectoryProblems => Directories.ProblemsWith(Claude);

    public ConfigFile ConfigFile { get; }

    public LinesmithConfig Config { get; }

    /// <summary>The <c>[usage]</c> settings a fetch obeys: the config's, then <c>LINESMITH_API_BASE_URL</c> and <c>LINESMITH_TIMEOUT_MS</c>.</summary>
    public UsageSettings Usage { get; }

    /// <summary>Why <c>LINESMITH_TIMEOUT_MS</c> was refused (and the config's timeout kept); null when it was not.</summary>
    public string? UsageProblem { get; }

    /// <summary>The log (off unless <c>LINESMITH_LOG</c>), in the cache root only when that root is trusted.</summary>
    public Log Log { get; }

    /// <summary>The theme the config names (<c>LINESMITH_THEME</c> wins); a problem with it joins the config's problems.</summary>
    public Theme Theme => _theme ??= ThemeResolver.Resolve(Config.Theme, Directories.ConfigDirectory, Config.Problems, Config.ThemeSource);

    /// <summary>The cache root and whether it may be used (<see cref="CacheRootTrust"/>), checked once, on first use.</summary>
    public CacheRootVerdict CacheRoot => _cacheRoot ??= CacheRootVerdict.Of(Directories.CacheRoot);

    /// <param name="stderr">The log's fallback when there is no cache root to write it to.</param>
    /// <param name="configPath">The command line's <c>--config</c>; null when it was not given.</param>
    public static RunContext Create(EnvironmentSnapshot environment, TimeProvider clock, TextWriter stderr, string? processPath, string? configPath) =>
        new(environment, clock, stderr, processPath, configPath);

    /// <summary>
    /// The usage cascade of this run (docs/spec/usage-cascade.md#algorithm), over the trusted cache
    /// root, <see cref="Usage"/> and <see cref="Claude"/>'s credentials and transcripts.
    /// </summary>
    /// <param name="refresher">Whether a stale entry may start the background refresher (this binary, <see cref="ProcessPath"/>).</param>
    /// <param name="observe">Wraps the transport, e.g. so that <c>doctor --online</c> can report the raw status and <c>Retry-After</c>.</param>
    public UsageCascade Cascade(bool refresher, Func<IUsageTransport, IUsageTransport>? observe = null)
    {
        if (UsageProblem is not null)
        {
            Log.WarnOnce(UsageProblem, UsageProblem);
        }

        return CascadeFactory.ForRun(this, refresher ? ProcessPath : null, observe);
    }

    /// <summary>
    /// The log file lives in the cache root, only when that root passes <see cref="CacheRootTrust"/>: an
    /// append there could otherwise follow a planted symlink. The check (a <c>stat</c>) runs only for a
    /// log that is on: every render would pay for it otherwise.
    /// </summary>
    private Log CreateLog()
    {
        var level = Log.ParseLevel(Environment.GetNonEmpty(EnvironmentVariables.LinesmithLog));
        var path = level == LogLevel.Off || CacheRoot.Trusted is not { } root ? null : Path.Join(root, Log.FileName);
        return new Log(level, path, _stderr, Clock, Directories.CacheRoot);
    }
}
