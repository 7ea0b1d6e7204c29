using System.Diagnostics;

namespace Linesmith.Platform;

/// <summary>
/// What holds a started program and everything it starts, so that all of it can be killed at once:
/// a Windows Job Object (<see cref="JobObject"/>). <see cref="ContainedProcess"/> runs a program
/// inside one; a test passes its own.
/// </summary>
internal interface IProcessContainment : IDisposable
{
    /// <summary>Puts the just-started <paramref name="process"/> in; false when that failed.</summary>
    bool Contain(Process process);

    /// <summary>Kills every process inside, the program and whatever it started.</summary>
    void KillAll();
}
