namespace Linesmith.Tests.Repository;

/// <summary>The repository's own files: everything under the root except build output, Git's data and test corpora.</summary>
internal static class RepositoryFiles
{
    private static readonly string[] Skipped = ["bin", "obj", ".git", "artifacts", "node_modules", "Corpus"];

    public static IEnumerable<string> Enumerate(string root, string pattern)
    {
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, pattern))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                if (!Skipped.Contains(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
