using Linesmith.Usage.Cascade;

namespace Linesmith.Cli;

/// <summary>
/// The command line as a value: what <see cref="CommandLine.Parse"/> makes of the arguments, before
/// anything runs. A closed set: the records below, which <see cref="CommandLine"/> dispatches with one
/// switch (a test runs every row of <see cref="CommandTable"/> through it). <see cref="ConfigPath"/> is
/// the command line's <c>--config</c>, which the run context resolves (issue 13 items 2 and 4).
/// </summary>
internal abstract record Invocation(string? ConfigPath)
{
    /// <summary>True for the records that run a command (and so build a run context); false for help, version and mistakes.</summary>
    public virtual bool RunsCommand => true;
}

/// <summary><c>linesmith [--config PATH] [--no-color] [--force-color]</c>: the statusline render. <see cref="Color"/>: false, true or null (detect).</summary>
internal sealed record RenderInvocation(string? ConfigPath, bool? Color) : Invocation(ConfigPath);

internal sealed record CheckConfigInvocation(string? ConfigPath) : Invocation(ConfigPath);

internal sealed record InstallInvocation(string? SettingsPath, int? RefreshSeconds, bool Force, string? ConfigPath) : Invocation(ConfigPath);

internal sealed record UninstallInvocation(string? SettingsPath, bool Force) : Invocation((string?)null);

internal sealed record DoctorInvocation(bool Json, bool Online, string? ConfigPath) : Invocation(ConfigPath);

internal sealed record InitInvocation(string? Preset, bool Force, string? ConfigPath) : Invocation(ConfigPath);

/// <summary><c>linesmith config</c>: the interactive editor, its own executable (docs/adr/0020-config-editor-in-its-own-executable.md).</summary>
internal sealed record ConfigInvocation(string? ConfigPath) : Invocation(ConfigPath);

/// <summary><c>linesmith config schema</c>: the JSON Schema of config.toml on stdout.</summary>
internal sealed record ConfigSchemaInvocation() : Invocation((string?)null);

internal sealed record ThemesListInvocation(string? ConfigPath) : Invocation(ConfigPath);

internal sealed record PresetsListInvocation(string? ConfigPath) : Invocation(ConfigPath);

internal sealed record PresetsApplyInvocation(string? Name, bool Force, string? ConfigPath) : Invocation(ConfigPath);

internal sealed record CacheShowInvocation(bool Json, string? ConfigPath) : Invocation(ConfigPath);

internal sealed record CacheClearInvocation() : Invocation((string?)null);

/// <summary><c>usage</c> (<see cref="FetchMode.Wait"/>, or <see cref="FetchMode.Render"/> with <c>--no-wait</c>) and <c>usage refresh</c> (<see cref="FetchMode.Refresh"/>).</summary>
internal sealed record UsageInvocation(FetchMode Mode, bool Json, string? ConfigPath) : Invocation(ConfigPath);

/// <summary><c>command refresh</c>: the background run of <c>custom_command</c>.</summary>
internal sealed record CommandRefreshInvocation(string? ConfigPath) : Invocation(ConfigPath);

/// <summary>Help or the version: <see cref="Text"/> on stdout, exit 0.</summary>
internal sealed record TextInvocation(string Text) : Invocation((string?)null)
{
    public override bool RunsCommand => false;
}

/// <summary>A wrong command line: <see cref="Message"/> on stderr, exit 2.</summary>
internal sealed record MistakeInvocation(string Message) : Invocation((string?)null)
{
    public override bool RunsCommand => false;
}
