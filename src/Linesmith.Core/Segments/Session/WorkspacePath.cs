namespace Linesmith.Segments.Session;

/// <summary>
/// Writes a directory in one <see cref="PathStyle"/>. Both separators are understood (a Windows payload
/// carries <c>C:\Users\me\src</c>); the one the path uses first is the one written back. The home
/// directory counts only when it is absolute and not the root: with <c>HOME=/</c> every path would read <c>~/…</c>.
/// </summary>
internal static class WorkspacePath
{
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>The path in <paramref name="style"/>, or null for a path with nothing to show.</summary>
    public static string? Format(string? path, PathStyle style, string? home, int components)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var separator = path.IndexOfAny(Separators) is var at and >= 0 ? path[at] : '/';
        var trimmed = path.TrimEnd(Separators);
        if (trimmed.Length == 0)
        {
            return separator.ToString();
        }

        return style switch
        {
            PathStyle.Full => trimmed,
            PathStyle.Home => Tilde(trimmed, home, separator),
            PathStyle.Fish => Abbreviate(Tilde(trimmed, home, separator), separator),
            PathStyle.Last => LastComponents(trimmed, components, separator),
            _ => LastComponents(trimmed, 1, separator),
        };
    }

    /// <summary><c>~</c> for the home directory itself, <c>~/rest</c> below it; any other path as it is.</summary>
    private static string Tilde(string path, string? home, char separator)
    {
        var root = home?.TrimEnd(Separators);
        if (string.IsNullOrEmpty(root) || !Path.IsPathFullyQualified(home!) || !path.StartsWith(root, StringComparison.Ordinal))
        {
            return path;
        }

        if (path.Length == root.Length)
        {
            return "~";
        }

        return path[root.Length] is '/' or '\\' ? "~" + separator + path[(root.Length + 1)..].TrimStart(Separators) : path;
    }

    /// <summary>Every component but the last to its first character (two for a dot directory: <c>.c</c>), as fish's <c>prompt_pwd</c> does.</summary>
    private static string Abbreviate(string path, char separator)
    {
        var parts = path.Split(Separators);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var part = parts[i];
            // "~" and a drive ("C:") stay whole.
            if (part.Length > 1 && part != "~" && !(i == 0 && part.EndsWith(':')))
            {
                var keep = part[0] == '.' ? 2 : 1;
                parts[i] = part[..Math.Min(keep, part.Length)];
            }
        }

        return string.Join(separator, parts);
    }

    private static string LastComponents(string path, int count, char separator)
    {
        var parts = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return separator.ToString();
        }

        var take = Math.Clamp(count, 1, parts.Length);
        return string.Join(separator, parts, parts.Length - take, take);
    }
}
