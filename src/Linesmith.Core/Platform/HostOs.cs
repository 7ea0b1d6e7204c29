namespace Linesmith.Platform;

/// <summary>
/// The operating system whose directory conventions apply (<see cref="UserDirectories"/>,
/// <see cref="ClaudeDirectories"/>). Passed in rather than asked inside, so that the Windows and macOS
/// rules are unit-tested on any machine.
/// </summary>
internal enum HostOs
{
    /// <summary>Linux and every other Unix but macOS: the XDG rules alone.</summary>
    Unix,

    /// <summary>The XDG rules, and the config file under <c>~/Library/Application Support</c> as the original reads it.</summary>
    MacOS,

    /// <summary><c>USERPROFILE</c> is the home; the cache is under <c>LOCALAPPDATA</c>.</summary>
    Windows,
}

/// <summary>The <see cref="HostOs"/> of this process.</summary>
internal static class HostOsOfProcess
{
    public static HostOs Current => OperatingSystem.IsWindows() ? HostOs.Windows : OperatingSystem.IsMacOS() ? HostOs.MacOS : HostOs.Unix;
}
