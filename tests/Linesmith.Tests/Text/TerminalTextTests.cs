using Linesmith.Text;

namespace Linesmith.Tests.Text;

/// <summary>No input can put an escape sequence or a control character on the terminal.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("main", "main")]
    [InlineData("feat/\u001B[31mred\u001B[0m", "feat/red")]
    [InlineData("\u001B]0;pwned\u0007title", "title")]
    [InlineData("\u001B]8;;http://evil\u001B\\link\u001B]8;;\u001B\\", "link")]
    [InlineData("a\u001B[2Jb", "ab")]
    [InlineData("a\u009B31mb", "ab")]
    [InlineData("tab\there", "tab here")]
    [InlineData("line\nbreak\r", "line break ")]
    [InlineData("bell\u0007 nul\u0000 del\u007F", "bell nul del")]
    [InlineData("rtl\u202Eevil\u2066x\u2069", "rtlevilx")]
    [InlineData("caf\u00e9 \u65e5\u672c", "caf\u00e9 \u65e5\u672c")]
    [InlineData("trailing\u001B", "trailing")]
    [InlineData("\u001B[", "")]
    public void Strips_escape_sequences_and_controls(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }
}
