using CsCheck;
using Linesmith.Text;

namespace Linesmith.Tests.Properties;

/// <summary>docs/guarantees.md: whatever text goes in, no control character or escape sequence comes out.</summary>
public sealed class SanitizePropertyTests
{
    private static readonly Gen<string> Hostile = Gen.Frequency(
        (2, Gen.String),
        (3, Gen.Char["\u001b\u009b\u009d\u0090\u0007\u0000\r\n\t\u007f\u0085\u202e\u2066[]P\\;0123456789mHJ?abc "].Array[0, 60].Select(chars => new string(chars))),
        (1, Gen.OneOf("\u001b]0;title\u0007", "\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\", "\u001b[2J\u001b[H", "\u001bP+q\u001b\\", "\u009b31m", "\u001b", "\u001b[", "\u001b]")));

    [Fact]
    public void Sanitized_text_holds_no_control_character_escape_or_bidi_override()
    {
        Hostile.Sample(text =>
        {
            var clean = TerminalText.Sanitize(text);
            Assert.DoesNotContain(clean, c => c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069');
        }, iter: ParserPropertyTests.Iterations);
    }

    [Fact]
    public void Sanitizing_is_idempotent_and_leaves_plain_text_alone()
    {
        Hostile.Sample(text => Assert.Equal(TerminalText.Sanitize(text), TerminalText.Sanitize(TerminalText.Sanitize(text))), iter: ParserPropertyTests.Iterations);
        Gen.Char["abcXYZ 019/._-é漢🙂"].Array[0, 40].Select(chars => new string(chars)).Sample(text => Assert.Equal(text, TerminalText.Sanitize(text)), iter: ParserPropertyTests.Iterations);
    }
}
