namespace Linesmith.Platform;

/// <summary>
/// Every environment variable linesmith reads, by name, with one line saying what it does (ADR
/// 0015). Code reads the environment only through these names; <c>--help</c> prints
/// <see cref="All"/>, and a test checks that the environment table (docs/usage-data.md) lists exactly these names
/// and that no other name is read anywhere in <c>src/</c>.
/// </summary>
internal static class EnvironmentVariables
{
    public const string Home = "HOME";
    public const string UserProfile = "USERPROFILE";
    public const string LocalAppData = "LOCALAPPDATA";
    public const string XdgConfigHome = "XDG_CONFIG_HOME";
    public const string XdgCacheHome = "XDG_CACHE_HOME";
    public const string ClaudeConfigDir = "CLAUDE_CONFIG_DIR";
    public const string LinesmithConfig = "LINESMITH_CONFIG";
    public const string LinesmithTheme = "LINESMITH_THEME";
    public const string LinesmithCacheDir = "LINESMITH_CACHE_DIR";
    public const string LinesmithApiBaseUrl = "LINESMITH_API_BASE_URL";
    public const string LinesmithTimeoutMs = "LINESMITH_TIMEOUT_MS";
    public const string LinesmithLog = "LINESMITH_LOG";
    public const string NoColor = "NO_COLOR";
    public const string ForceColor = "FORCE_COLOR";
    public const string ColorTerm = "COLORTERM";
    public const string Term = "TERM";
    public const string Columns = "COLUMNS";
    public const string ForceHyperlink = "FORCE_HYPERLINK";
    public const string TermProgram = "TERM_PROGRAM";
    public const string TermProgramVersion = "TERM_PROGRAM_VERSION";
    public const string VteVersion = "VTE_VERSION";
    public const string WindowsTerminalSession = "WT_SESSION";
    public const string KittyWindowId = "KITTY_WINDOW_ID";
    public const string AllProxy = "ALL_PROXY";
    public const string AllProxyLower = "all_proxy";
    public const string HttpsProxy = "HTTPS_PROXY";
    public const string HttpsProxyLower = "https_proxy";
    public const string HttpProxy = "HTTP_PROXY";
    public const string HttpProxyLower = "http_proxy";
    public const string NoProxy = "NO_PROXY";
    public const string NoProxyLower = "no_proxy";
    public const string User = "USER";
    public const string SearchPath = "PATH";
    public const string DisableFileLocking = "DOTNET_SYSTEM_IO_DISABLEFILELOCKING";
    public const string SslCertFile = "SSL_CERT_FILE";
    public const string SslCertDir = "SSL_CERT_DIR";

    /// <summary>Every name above with its meaning, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<EnvironmentVariable> All { get; } =
    [
        new(Home, "Home: ~/.config, ~/.cache and ~/.claude are under it"),
        new(UserProfile, "Home on Windows (over HOME), as Claude Code reads it"),
        new(LocalAppData, "Cache base on Windows: linesmith\\ holds usage.json"),
        new(XdgConfigHome, "Config base: linesmith/config.toml, themes, claude/"),
        new(XdgCacheHome, "Cache base: linesmith/ holds usage.json"),
        new(ClaudeConfigDir, "Claude Code's directory: settings, credentials, transcripts"),
        new(LinesmithConfig, "Config file, over the default"),
        new(LinesmithTheme, "Theme name, over the config's theme"),
        new(LinesmithCacheDir, "Cache directory, over the default"),
        new(LinesmithApiBaseUrl, "Usage endpoint base (default https://api.anthropic.com)"),
        new(LinesmithTimeoutMs, "Request timeout in milliseconds, 100 to 60000 (default 2000)"),
        new(LinesmithLog, "debug|info|warn|error: log to <cache dir>/linesmith.log (default off)"),
        new(NoColor, "Any value: no colours (render and themes list)"),
        new(ForceColor, "1|2|3: colours even without a terminal (16, 256, truecolor); 0: none"),
        new(ColorTerm, "truecolor or 24bit: truecolor output"),
        new(Term, "Terminal type, for the colour depth"),
        new(Columns, "Terminal width; segments drop by priority to fit"),
        new(ForceHyperlink, "1: OSC 8 links with links = \"auto\" in any terminal; 0: none"),
        new(TermProgram, "Terminal name (with TERM_PROGRAM_VERSION): do links work"),
        new(TermProgramVersion, "Terminal version, for TERM_PROGRAM"),
        new(VteVersion, "VTE terminals' version: links from 5001 (0.50.1)"),
        new(WindowsTerminalSession, "Set by Windows Terminal: links work"),
        new(KittyWindowId, "Set by kitty: links work"),
        new(HttpsProxy, "Proxy for https:// requests"),
        new(HttpsProxyLower, "Same as HTTPS_PROXY"),
        new(HttpProxy, "Proxy for http:// requests"),
        new(HttpProxyLower, "Same as HTTP_PROXY"),
        new(AllProxy, "Proxy when the two above are unset"),
        new(AllProxyLower, "Same as ALL_PROXY"),
        new(NoProxy, "Hosts that bypass the proxy, comma-separated"),
        new(NoProxyLower, "Same as NO_PROXY"),
        new(User, "Keychain account name (macOS)"),
        new(SearchPath, "Where git and the macOS 'security' tool are looked up"),
        new(DisableFileLocking, "1 or true: no file locks, so no one-fetch guarantee (warned)"),
        new(SslCertFile, "CA bundle for HTTPS (OpenSSL), over the system's store"),
        new(SslCertDir, "CA directory for HTTPS (OpenSSL), over the system's store"),
    ];
}
