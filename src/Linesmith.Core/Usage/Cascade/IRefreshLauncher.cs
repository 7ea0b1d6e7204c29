namespace Linesmith.Usage.Cascade;

/// <summary>Starts a background refresh ("Our decisions" 3); tests count launches instead of spawning.</summary>
internal interface IRefreshLauncher
{
    /// <summary>True when a refresher was started.</summary>
    bool Launch();
}
