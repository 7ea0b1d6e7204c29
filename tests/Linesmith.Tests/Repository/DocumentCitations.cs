using System.Text.RegularExpressions;

namespace Linesmith.Tests.Repository;

/// <summary>
/// Finds the documents a source file cites and says which of them cannot be found in the
/// repository (docs/style.md habit 9): a path under <c>docs/</c> or any <c>*.md</c> name, with an
/// optional <c>#anchor</c> that must be a heading of the target; an ADR number, which must be a file
/// in <c>docs/adr/</c>; and the phrases that cite the team's reference documents outside the
/// repository, which never resolve (docs/spec/README.md maps them to the documents that replaced them).
/// </summary>
internal static partial class DocumentCitations
{
    /// <summary>Citations of documents that were never in the repository; the strings are split so that this file does not cite them.</summary>
    private static readonly string[] OutsidePhrases = ["Our" + " decisions", "../" + "shared/", "usage-cache" + ".md"];

    /// <summary>Each problem with the citations in <paramref name="text"/>, a file at <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static IEnumerable<string> Problems(string root, string relativePath, string text)
    {
        foreach (var phrase in OutsidePhrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                yield return $"{relativePath}: cites '{phrase}', which is not in the repository (see docs/spec/README.md for where it lives now)";
            }
        }

        foreach (Match match in DocumentPattern().Matches(text))
        {
            var document = match.Groups["path"].Value;
            var anchor = match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null;
            if (Resolve(root, document) is not { } target)
            {
                yield return $"{relativePath}: cites {document}, which does not exist";
            }
            else if (anchor is not null && File.Exists(target) && !MarkdownAnchors.Of(File.ReadAllText(target)).Contains(anchor))
            {
                yield return $"{relativePath}: cites {document}#{anchor}, which has no such heading";
            }
        }

        foreach (Match match in AdrPattern().Matches(text))
        {
            var number = match.Groups["number"].Value;
            var directory = Path.Join(root, "docs", "adr");
            if (!Directory.Exists(directory) || Directory.GetFiles(directory, number + "-*.md").Length == 0)
            {
                yield return $"{relativePath}: cites ADR {number}, which is not in docs/adr/";
            }
        }
    }

    /// <summary>
    /// A path with a directory is taken from the repository's root (where code citations start); a
    /// bare name resolves when a file of that name exists anywhere in the repository.
    /// </summary>
    private static string? Resolve(string root, string document)
    {
        if (document.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.Join(root, document);
            return File.Exists(path) || Directory.Exists(path) ? path : null;
        }

        return RepositoryFiles.Enumerate(root, "*.md").FirstOrDefault(path => Path.GetFileName(path) == document);
    }

    [GeneratedRegex(@"(?<![\w./:-])(?<path>docs/[\w./-]*[\w-]|[\w./-]*[\w-]\.md)(?:#(?<anchor>[\w-]+))?")]
    private static partial Regex DocumentPattern();

    [GeneratedRegex(@"\bADR[- ]?(?<number>\d{4})\b")]
    private static partial Regex AdrPattern();
}
