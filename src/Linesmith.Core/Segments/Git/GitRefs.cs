namespace Linesmith.Segments.Git;

/// <summary>
/// The commit HEAD is at and the tags that point at it, from the ref files: <c>HEAD</c>, a loose ref in
/// the git directory or the common one, else its line in <c>packed-refs</c>. A tag counts when its loose
/// ref or its <c>packed-refs</c> line names the commit, or its peeled line (<c>^id</c>, an annotated tag)
/// does; an annotated tag that is only loose would need its object read, and is not found.
/// </summary>
internal static class GitRefs
{
    /// <summary>Symbolic refs nest at most this deep (git itself stops at 5).</summary>
    private const int MaxDepth = 5;

    /// <summary>How many loose tag files are looked at; a repository with more keeps them packed.</summary>
    private const int MaxLooseTags = 1000;

    public static string? HeadCommit(GitHead head)
    {
        var common = GitFiles.CommonDirectory(head.GitDirectory);
        var value = GitFiles.Line(Path.Join(head.GitDirectory, "HEAD"));
        for (var depth = 0; depth < MaxDepth && value is not null; depth++)
        {
            if (GitFiles.IsObjectId(value))
            {
                return value.ToLowerInvariant();
            }

            if (!value.StartsWith("ref:", StringComparison.Ordinal) || value[4..].Trim() is not { Length: > 0 } name || !IsSafeRef(name))
            {
                return null;
            }

            value = GitFiles.Line(Path.Join(head.GitDirectory, name)) ?? GitFiles.Line(Path.Join(common, name)) ?? Packed(common, name);
        }

        return null;
    }

    /// <summary>The names of the tags at <paramref name="commit"/>, sorted.</summary>
    public static List<string> TagsAt(string gitDirectory, string commit)
    {
        var common = GitFiles.CommonDirectory(gitDirectory);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        if (GitFiles.Text(Path.Join(common, "packed-refs")) is { } packed)
        {
            string? previous = null;
            foreach (var raw in packed.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.StartsWith('^'))
                {
                    if (previous is not null && string.Equals(line[1..], commit, StringComparison.OrdinalIgnoreCase))
                    {
                        tags.Add(previous);
                    }

                    continue;
                }

                previous = null;
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && line[(space + 1)..] is var name && name.StartsWith("refs/tags/", StringComparison.Ordinal))
                {
                    previous = name["refs/tags/".Length..];
                    if (string.Equals(line[..space], commit, StringComparison.OrdinalIgnoreCase))
                    {
                        tags.Add(previous);
                    }
                }
            }
        }

        var root = Path.Join(common, "refs", "tags");
        try
        {
            if (Directory.Exists(root))
            {
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Take(MaxLooseTags))
                {
                    if (GitFiles.Line(file) is { } id && string.Equals(id, commit, StringComparison.OrdinalIgnoreCase))
                    {
                        tags.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable tag directory: the packed tags still count.
        }

        return [.. tags];
    }

    private static string? Packed(string common, string name)
    {
        if (GitFiles.Text(Path.Join(common, "packed-refs")) is not { } packed)
        {
            return null;
        }

        foreach (var raw in packed.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && !line.StartsWith('#') && line.AsSpan(space + 1).SequenceEqual(name))
            {
                return line[..space];
            }
        }

        return null;
    }

    /// <summary>A ref name that stays inside the repository: <c>refs/…</c> without <c>..</c> or a rooted path.</summary>
    private static bool IsSafeRef(string name) =>
        name.StartsWith("refs/", StringComparison.Ordinal) && !name.Contains("..", StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal) && !name.Contains('\0', StringComparison.Ordinal);
}
