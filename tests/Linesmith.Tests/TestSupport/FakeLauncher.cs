using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.TestSupport;

/// <summary>Counts background refresh launches instead of starting processes.</summary>
internal sealed class FakeLauncher : IRefreshLauncher
{
    public int Launches { get; private set; }

    public bool Launch()
    {
        Launches++;
        return true;
    }
}
