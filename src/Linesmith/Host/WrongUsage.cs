using Linesmith.Text;

namespace Linesmith.Host;

/// <summary>
/// A command line that is wrong (an unknown command or option, a missing or refused value): one short
/// message and the pointer to help on stderr, exit code 2. The parser reports with it, and so do the
/// commands that judge a value themselves (a preset name, <c>--refresh N</c>).
/// </summary>
internal static class WrongUsage
{
    public static int Report(World world, string message)
    {
        world.Error.WriteLine($"linesmith: {TerminalText.Sanitize(message)}");
        world.Error.WriteLine("Run 'linesmith --help' for usage.");
        return ExitCodes.Usage;
    }
}
