using System.Globalization;
using System.Text;
using Linesmith.Cli;
using Linesmith.Host;
using Linesmith.Platform;

namespace Linesmith.Tests.Cli;

/// <summary>
/// A <see cref="World"/> over string writers, a fixed stdin, an environment snapshot and a clock: a
/// command runs in-process exactly as <c>Program</c> would dispatch it, minus the watchdog.
/// </summary>
internal sealed class StringWorld(EnvironmentSnapshot environment, TimeProvider? clock = null, string stdin = "", string? processPath = null)
{
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    public string Out => _out.ToString();

    public string Error => _error.ToString();

    public World World => new(
        environment,
        clock ?? TimeProvider.System,
        new StringWriter(_out, CultureInfo.InvariantCulture),
        new StringWriter(_error, CultureInfo.InvariantCulture),
        () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
        () => TimeZoneInfo.Utc,
        processPath);

    /// <summary>Parses and dispatches <paramref name="args"/>; the exit code.</summary>
    public int Run(params string[] args) => CommandLine.Dispatch(CommandLine.Parse(args), World);
}
