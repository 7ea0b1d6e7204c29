namespace Linesmith.Config;

/// <summary>
/// One thing wrong with the configuration: the dotted key it is about (<c>segments.rate_limit_5h.format</c>,
/// empty for the file as a whole), what is wrong and what linesmith does instead. The loader adds the
/// line and column where it knows them. Problems never stop a render: the default is kept.
/// </summary>
internal sealed record ConfigProblem(string KeyPath, string Message, int? Line = null, int? Column = null)
{
    public override string ToString()
    {
        var location = Line is { } line ? $"({line},{Column ?? 1}) " : string.Empty;
        var key = KeyPath.Length > 0 ? $"{KeyPath}: " : string.Empty;
        return $"{location}{key}{Message}";
    }
}
