using Linesmith.Host;
using Linesmith.Platform;

namespace Linesmith.Commands;

/// <summary>
/// How a command that edits a person's file (<c>install</c>, <c>uninstall</c>, <c>init</c>, <c>presets apply</c>) ends:
/// the outcome's message on stdout, or on stderr after <c>linesmith: </c> when it refused, and the exit code
/// that goes with it (docs/commands.md).
/// </summary>
internal static class EditReport
{
    public static int Write(World world, EditOutcome outcome)
    {
        (outcome.Ok ? world.Out : world.Error).WriteLine(outcome.Ok ? outcome.Message : $"linesmith: {outcome.Message}");
        return outcome.Ok ? ExitCodes.Success : ExitCodes.Failure;
    }
}
