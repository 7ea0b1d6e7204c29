using System.Globalization;
using System.Text;
using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Host;

/// <summary>
/// How long each command may run before its watchdog ends it (docs/guarantees.md; "Every command
/// has a bound"). The watchdog is armed before the command reads anything. A render and <c>usage</c>
/// move their limit once the config has named the request timeout; the others have a fixed bound,
/// far above what they need on any input (each step is bounded on its own), so that only a hang ends
/// them. On expiry a command says so on stderr, if that cannot block, and exits 1; a render prints
/// its timed-out hint instead and exits 0 (docs/spec/statusline-contract.md#invocation).
/// </summary>
internal static class CommandBounds
{
    /// <summary>--help, --version, --check-config, cache, themes, presets, install, uninstall, non-interactive init.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(10);

    /// <summary>doctor: settings, config, cache and Claude Code checks, each bounded.</summary>
    public static readonly TimeSpan Doctor = TimeSpan.FromSeconds(30);

    /// <summary>doctor --online adds one request, at most the largest request timeout.</summary>
    public static readonly TimeSpan DoctorOnline = Doctor + TimeSpan.FromSeconds(UsageOptions.MaxTimeoutSeconds);

    /// <summary><c>init</c> on a terminal waits for a person to pick a preset.</summary>
    public static readonly TimeSpan InteractiveInit = TimeSpan.FromMinutes(2);

    /// <summary>A render: stdin's 1 s, the request timeout, the Keychain's 2 s and a margin (<see cref="RunDeadline.For"/>).</summary>
    public static TimeSpan Render(TimeSpan requestTimeout) => RunDeadline.For(requestTimeout);

    /// <summary>
    /// <c>usage</c> and the background refresher (<c>usage refresh</c>): waiting for another process's
    /// fetch (the timeout and a second) and then a fetch of its own. The refresher's bound is what frees
    /// <c>usage.fetch.lock</c>: the kernel drops the lock when the process ends.
    /// </summary>
    public static TimeSpan Usage(TimeSpan requestTimeout) => RunDeadline.For(requestTimeout + requestTimeout + TimeSpan.FromSeconds(1));

    /// <summary>What a command other than a render does when its bound passes: a line on stderr if that cannot block, then exit 1.</summary>
    /// <param name="name">What the message calls the command (<c>doctor</c>, <c>usage refresh</c>, "the check").</param>
    public static void Expire(string name, TimeSpan limit)
    {
        var seconds = limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        StandardStreams.TryWriteNow(2, Encoding.UTF8.GetBytes($"linesmith: {Text.TerminalText.Sanitize(name)} stopped: it did not finish within {seconds} s\n"));
        ImmediateExit.Now(ExitCodes.Failure);
    }
}
