namespace Linesmith.ClaudeCode;

/// <summary>
/// The <c>statusLine.command</c> text: Claude Code runs it through a shell, so a path with anything
/// but plain characters is single-quoted. A command "runs linesmith" when its program (the first
/// word) is this binary or any file named <c>linesmith</c>, so that an entry written by an older
/// install or another checkout is still recognised as ours.
/// </summary>
internal static class StatusLineCommand
{
    public const string ProgramName = "linesmith";

    public static string For(string binaryPath) =>
        binaryPath.All(IsPlain) ? binaryPath : "'" + binaryPath.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static bool RunsLinesmith(string? command, string binaryPath)
    {
        if (ProgramOf(command) is not { Length: > 0 } program)
        {
            return false;
        }

        return program == binaryPath || Path.GetFileName(program) == ProgramName;
    }

    /// <summary>The first shell word, with simple single or double quotes removed; null for an empty command.</summary>
    public static string? ProgramOf(string? command)
    {
        var text = command?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text[0] is '\'' or '"')
        {
            var close = text.IndexOf(text[0], 1);
            return close > 0 ? text[1..close] : text[1..];
        }

        var end = text.IndexOfAny([' ', '\t']);
        return end < 0 ? text : text[..end];
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ':' or '@' or '%' or ',' or '=';
}
