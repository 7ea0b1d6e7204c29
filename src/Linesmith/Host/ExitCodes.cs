namespace Linesmith.Host;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and failed (a file could not be removed, an internal error).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown command or flag.</summary>
    public const int Usage = 2;
}
