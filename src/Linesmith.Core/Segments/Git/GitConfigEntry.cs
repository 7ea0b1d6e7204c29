namespace Linesmith.Segments.Git;

/// <summary>
/// One line of <c>git config --list --show-scope --includes -z</c>: where it came from (<c>system</c>,
/// <c>global</c>, <c>local</c>, <c>worktree</c>, <c>command</c>; an included file takes the scope of the
/// file that includes it), its key (section and variable lower-cased, subsection as written) and its
/// value (null for a bare <c>key</c> with no <c>=</c>).
/// </summary>
internal sealed record GitConfigEntry(string Scope, string Key, string? Value)
{
    /// <summary>The repository's own files: <c>.git/config</c>, <c>config.worktree</c> and all they include.</summary>
    public bool FromRepository => Scope is "local" or "worktree";

    /// <summary>
    /// Parses the NUL-separated listing: <c>scope NUL key [LF value] NUL</c>, repeated. A malformed
    /// listing gives null, and the caller then runs no git command at all.
    /// </summary>
    public static List<GitConfigEntry>? ParseListing(ReadOnlySpan<byte> listing)
    {
        var text = System.Text.Encoding.UTF8.GetString(listing);
        var fields = text.Split('\0');
        if (fields.Length % 2 != 1 || fields[^1].Length != 0)
        {
            return null;
        }

        var entries = new List<GitConfigEntry>(fields.Length / 2);
        for (var index = 0; index + 1 < fields.Length; index += 2)
        {
            var entry = fields[index + 1];
            var newline = entry.IndexOf('\n', StringComparison.Ordinal);
            var key = newline < 0 ? entry : entry[..newline];
            if (fields[index].Length == 0 || key.Length == 0)
            {
                return null;
            }

            entries.Add(new GitConfigEntry(fields[index], key, newline < 0 ? null : entry[(newline + 1)..]));
        }

        return entries;
    }
}
