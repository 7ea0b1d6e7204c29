using Linesmith.Text;

namespace Linesmith.Host;

/// <summary>
/// Human-readable command output (<c>usage</c>, <c>cache show</c>) quotes endpoint strings, file paths
/// and error texts that linesmith does not control: each line goes through
/// <see cref="TerminalText.Sanitize"/> so that no control character or escape sequence reaches the
/// terminal (docs/guarantees.md). JSON output needs none: its encoder escapes controls.
/// </summary>
internal static class SanitizedOutput
{
    public static void Write(TextWriter target, Action<TextWriter> write)
    {
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(buffer);
        foreach (var line in buffer.ToString().Split('\n'))
        {
            if (line.Length > 0)
            {
                target.WriteLine(TerminalText.Sanitize(line.TrimEnd('\r')));
            }
        }
    }
}
