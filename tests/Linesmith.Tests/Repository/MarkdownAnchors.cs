using System.Text;

namespace Linesmith.Tests.Repository;

/// <summary>
/// The anchors a Markdown file offers, as GitHub makes them from its headings: lower case, every
/// character that is not a letter, a digit, a space, <c>-</c> or <c>_</c> dropped, spaces turned into
/// <c>-</c>; a repeated heading gets <c>-1</c>, <c>-2</c>, …. Headings inside code fences do not count.
/// </summary>
internal static class MarkdownAnchors
{
    public static IReadOnlySet<string> Of(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || !line.StartsWith('#'))
            {
                continue;
            }

            var heading = line.TrimStart('#');
            if (heading.Length == 0 || heading[0] != ' ')
            {
                continue;
            }

            var slug = Slug(heading);
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    public static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }
}
