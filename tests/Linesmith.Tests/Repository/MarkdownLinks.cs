using System.Text.RegularExpressions;

namespace Linesmith.Tests.Repository;

/// <summary>
/// The relative links of a Markdown file (<c>[text](target#anchor)</c>, outside code fences) that do
/// not lead anywhere: a target that does not exist beside the file, or an anchor that is no heading of
/// the target. Links with a scheme (<c>https:</c>, <c>mailto:</c>) are not followed.
/// </summary>
internal static partial class MarkdownLinks
{
    public static IEnumerable<string> Problems(string root, string file)
    {
        var text = FencePattern().Replace(File.ReadAllText(file), string.Empty);
        var relative = Path.GetRelativePath(root, file);
        foreach (Match match in LinkPattern().Matches(text))
        {
            var target = match.Groups["target"].Value;
            var anchor = match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null;
            var path = target.Length == 0 ? file : Path.GetFullPath(Path.Join(Path.GetDirectoryName(file), target));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                yield return $"{relative}: link to {target}, which does not exist";
            }
            else if (anchor is not null && path.EndsWith(".md", StringComparison.Ordinal) && !MarkdownAnchors.Of(File.ReadAllText(path)).Contains(anchor))
            {
                yield return $"{relative}: link to {target}#{anchor}, which has no such heading";
            }
        }
    }

    [GeneratedRegex(@"\]\((?<target>(?![a-z]+:)[^)#\s]*)(?:#(?<anchor>[^)\s]+))?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^\s*```.*?^\s*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
