using System.Globalization;
using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// Dirty state and ahead/behind counts, which only <c>git</c> itself knows; asked only when the
/// segment enables them, with a hard timeout (a huge repository must not hold the line up).
/// </summary>
internal sealed record GitStatus(bool Dirty, int Ahead, int Behind)
{
    public static GitStatus? Query(string workTree, TimeSpan timeout)
    {
        var ran = BoundedProcess.Run("git", ["-C", workTree, "--no-optional-locks", "status", "--porcelain=v2", "--branch"], timeout);
        if (ran.ExitCode != 0)
        {
            return null;
        }

        var (dirty, ahead, behind) = (false, 0, 0);
        foreach (var line in ran.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# branch.ab ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                if (parts.Length >= 4)
                {
                    _ = int.TryParse(parts[2].TrimStart('+'), NumberStyles.Integer, CultureInfo.InvariantCulture, out ahead);
                    _ = int.TryParse(parts[3].TrimStart('-'), NumberStyles.Integer, CultureInfo.InvariantCulture, out behind);
                }
            }
            else if (!line.StartsWith('#'))
            {
                dirty = true;
            }
        }

        return new GitStatus(dirty, ahead, behind);
    }
}
