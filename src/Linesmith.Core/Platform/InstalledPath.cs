namespace Linesmith.Platform;

/// <summary>
/// The path to write into Claude Code's settings for this executable: one that survives an update
/// (issue 16). Package managers run the executable from a versioned folder that their update
/// deletes, and keep a stable entry that points at the current version:
/// <list type="bullet">
/// <item>a .NET tool runs from <c>~/.dotnet/tools/.store/linesmith/0.1.0/...</c>; the command on PATH
/// is the entry beside <c>.store</c> (<c>~/.dotnet/tools/linesmith</c>, <c>linesmith.exe</c> on Windows);</item>
/// <item>Homebrew runs <c>PREFIX/Cellar/linesmith/0.1.0/bin/linesmith</c>; the stable link is
/// <c>PREFIX/opt/linesmith/bin/linesmith</c>.</item>
/// </list>
/// The stable entry is used only when it exists; any other location is used as it is.
/// </summary>
internal static class InstalledPath
{
    public static string Stable(string processPath, Func<string, bool> fileExists)
    {
        var separator = Path.DirectorySeparatorChar;
        var parts = processPath.Split(separator);
        var name = parts[^1];

        var store = Array.LastIndexOf(parts, ".store");
        if (store > 0 && Existing(string.Join(separator, parts[..store].Append(name)), fileExists) is { } shim)
        {
            return shim;
        }

        // PREFIX/Cellar/FORMULA/VERSION/bin/NAME
        var cellar = Array.LastIndexOf(parts, "Cellar");
        if (cellar > 0 && parts.Length == cellar + 5 && parts[cellar + 3] == "bin"
            && Existing(string.Join(separator, parts[..cellar].Concat(["opt", parts[cellar + 1], "bin", name])), fileExists) is { } link)
        {
            return link;
        }

        return processPath;
    }

    private static string? Existing(string path, Func<string, bool> fileExists) => fileExists(path) ? path : null;
}
