using System.Globalization;
using System.Text;

namespace Linesmith.Segments.Session;

/// <summary>Short, readable model names from display names and ids.</summary>
internal static class ModelNames
{
    /// <summary><c>Claude Opus 4.5</c> → <c>Opus 4.5</c>; <c>Opus 4.5 (1M context)</c> keeps its suffix.</summary>
    public static string? Compact(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return null;
        }

        var name = displayName.Trim();
        return name.StartsWith("Claude ", StringComparison.OrdinalIgnoreCase) && name.Length > 7 ? name[7..] : name;
    }

    /// <summary>
    /// <c>claude-opus-4-5-20251101[1m]</c> → <c>Opus 4.5</c>; <c>claude-3-5-sonnet-20241022</c> →
    /// <c>Sonnet 3.5</c>; a Bedrock ARN or region-prefixed id is reduced to its model part first.
    /// Ids that are not Claude model ids are returned as they are.
    /// </summary>
    public static string? FromId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var model = id.Trim();
        model = model[(model.LastIndexOf('/') + 1)..];
        var claude = model.IndexOf("claude-", StringComparison.OrdinalIgnoreCase);
        if (claude < 0)
        {
            return id;
        }

        model = model[(claude + "claude-".Length)..];
        var bracket = model.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            model = model[..bracket];
        }

        var words = new List<string>();
        var numbers = new List<string>();
        foreach (var part in model.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 8 && part.All(char.IsAsciiDigit))
            {
                break; // a release date: what follows (-v1:0) is packaging, not the name
            }

            if (part.All(char.IsAsciiDigit))
            {
                numbers.Add(part);
            }
            else if (part.Length > 0 && char.IsAsciiLetter(part[0]))
            {
                words.Add(char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant());
            }
        }

        if (words.Count == 0)
        {
            return id;
        }

        var name = new StringBuilder(string.Join(' ', words));
        if (numbers.Count > 0)
        {
            name.Append(' ').Append(string.Join('.', numbers.Select(n => int.Parse(n, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))));
        }

        return name.ToString();
    }
}
