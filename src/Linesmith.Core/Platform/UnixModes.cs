namespace Linesmith.Platform;

/// <summary>
/// File modes for what linesmith creates: the cache holds usage data of the signed-in account, so
/// only its owner may read it (docs/spec/decisions.md#d7-permissions: directory 0700, files 0600).
/// </summary>
internal static class UnixModes
{
    public const UnixFileMode PrivateDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
}
