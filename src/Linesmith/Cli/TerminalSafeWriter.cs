using System.Text;
using Linesmith.Text;

namespace Linesmith.Cli;

/// <summary>
/// What every command but the render writes goes through here: each line is
/// sanitised (<see cref="TerminalText.Sanitize"/>: escape sequences, C0/C1 controls, DEL and bidi
/// overrides removed) except for SGR colour sequences, which <c>themes list</c> prints as samples. So
/// a path, a config value or an error text quoted by any message cannot set a window title, move the
/// cursor or change a terminal mode, even where the message itself forgot to sanitise. The render's
/// line is built from sanitised parts (segments) and is not filtered again: that is its hot path.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _pending = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(Clean(_pending.ToString()) + "\n");
            _pending.Clear();
            return;
        }

        _pending.Append(value);
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        foreach (var c in buffer.AsSpan(index, count))
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    /// <summary>A prompt without its line break ("Preset [x]: ") is written when flushed.</summary>
    public override void Flush()
    {
        if (_pending.Length > 0)
        {
            inner.Write(Clean(_pending.ToString()));
            _pending.Clear();
        }

        inner.Flush();
    }

    /// <summary>The line sanitised around its SGR sequences (<c>ESC [ digits and ; m</c>), which are kept.</summary>
    internal static string Clean(string line)
    {
        if (!line.Contains('\u001b', StringComparison.Ordinal))
        {
            return TerminalText.Sanitize(line);
        }

        var builder = new StringBuilder(line.Length);
        var at = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (SgrLength(line, i) is var length and > 0)
            {
                builder.Append(TerminalText.Sanitize(line[at..i])).Append(line, i, length);
                i += length - 1;
                at = i + 1;
            }
        }

        return builder.Append(TerminalText.Sanitize(line[at..])).ToString();
    }

    private static int SgrLength(string line, int start)
    {
        if (line[start] != '\u001b' || start + 1 >= line.Length || line[start + 1] != '[')
        {
            return 0;
        }

        for (var i = start + 2; i < line.Length; i++)
        {
            if (line[i] == 'm')
            {
                return i - start + 1;
            }

            if (line[i] is not (>= '0' and <= '9' or ';'))
            {
                return 0;
            }
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
