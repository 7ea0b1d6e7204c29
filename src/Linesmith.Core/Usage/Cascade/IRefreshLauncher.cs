namespace Linesmith.Usage.Cascade;

/// <summary>Starts a background refresh (docs/adr/0011-refresh-in-a-detached-process.md); tests count launches instead of spawning.</summary>
internal interface IRefreshLauncher
{
    /// <summary>True when a refresher was started.</summary>
    bool Launch();
}
