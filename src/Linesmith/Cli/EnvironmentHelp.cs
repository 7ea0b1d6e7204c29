using System.Text;
using Linesmith.Platform;

namespace Linesmith.Cli;

/// <summary>The "Environment:" section of the main help, printed from <see cref="EnvironmentVariables.All"/> so that it cannot drift.</summary>
internal static class EnvironmentHelp
{
    /// <summary>Names up to this long share their line with the description; longer ones get a line of their own.</summary>
    private const int NameColumn = 22;

    /// <summary>The section with a blank line before and after it.</summary>
    public static string Section()
    {
        var text = new StringBuilder("\n\nEnvironment (a path that is not absolute is ignored):\n");
        foreach (var variable in EnvironmentVariables.All)
        {
            text.Append("  ").Append(variable.Name);
            if (variable.Name.Length < NameColumn)
            {
                text.Append(' ', NameColumn - variable.Name.Length);
            }
            else
            {
                text.Append('\n').Append(' ', NameColumn + 2);
            }

            text.Append(variable.Description).Append('\n');
        }

        return text.Append('\n').ToString();
    }
}
