namespace Linesmith.Segments.Git;

/// <summary>
/// The entries of <c>git status --porcelain=v2</c> by kind: staged (the index differs from HEAD), unstaged (the
/// work tree differs from the index), untracked, and conflicted (unmerged). A changed entry can be both staged
/// and unstaged. <see cref="Partial"/>: git wrote more than the output cap, so each count is a lower bound.
/// </summary>
internal readonly record struct GitCounts(int Staged, int Unstaged, int Untracked, int Conflicted, bool Partial)
{
    /// <summary>
    /// Counts the records of a porcelain v2 listing: <c>1 XY …</c> (changed) and <c>2 XY …</c> (renamed or copied)
    /// are staged when X is not <c>.</c> and unstaged when Y is not; <c>u …</c> is conflicted; <c>? …</c> untracked
    /// (an untracked directory is one entry, as git shows it); headers (<c>#</c>), ignored entries (<c>!</c>) and
    /// anything else count nowhere.
    /// </summary>
    public static GitCounts Parse(string porcelain, bool partial)
    {
        var (staged, unstaged, untracked, conflicted) = (0, 0, 0, 0);
        foreach (var line in porcelain.AsSpan().EnumerateLines())
        {
            if (line.Length >= 4 && (line[0] == '1' || line[0] == '2') && line[1] == ' ')
            {
                staged += line[2] != '.' ? 1 : 0;
                unstaged += line[3] != '.' ? 1 : 0;
            }
            else if (line.StartsWith("u "))
            {
                conflicted++;
            }
            else if (line.StartsWith("? "))
            {
                untracked++;
            }
        }

        return new GitCounts(staged, unstaged, untracked, conflicted, partial);
    }
}
