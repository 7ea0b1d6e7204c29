using System.Diagnostics;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A program run in a real terminal, as a person runs it: a private tmux server (its own socket, a
/// clean environment: only PATH, HOME, TERM and what the test gives), keys typed with
/// <c>send-keys</c>, the screen read with <c>capture-pane</c>. The command runs under <c>sh</c>,
/// which prints <c>exited N</c> when it ends and keeps the pane, so the screen after exit can be read.
/// Waits poll the screen with a generous bound and never assert on time. Disposing ends everything the
/// session started on every path: the pane's process group (sh and the program under test, which
/// share it) gets SIGTERM, the server is killed, and whatever is still alive after a grace period
/// gets SIGKILL, so no editor is left running after a test, passed or failed.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _socket = "linesmith-test-" + Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, string> _clientEnvironment;

    public TmuxSession(string command, int columns, int rows, IReadOnlyDictionary<string, string> environment)
    {
        _clientEnvironment = new Dictionary<string, string>(environment)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["TERM"] = "xterm-256color",
        };
        var arguments = new List<string> { "new-session", "-d", "-x", columns.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", rows.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (name, value) in _clientEnvironment)
        {
            arguments.AddRange(["-e", $"{name}={value}"]);
        }

        arguments.AddRange(["sh", "-c", command + "; echo \"exited $?\"; exec sleep 600"]);
        try
        {
            Tmux(arguments);
            ProcessGroup = int.Parse(Tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The pane's process group: its <c>sh</c> leads it, and the program it runs is in it.</summary>
    public int ProcessGroup { get; }

    /// <summary>Whether any process of <paramref name="group"/> is alive (<c>kill -0</c>).</summary>
    public static bool Alive(int group) => group > 0 && Signal("0", group);

    public static bool Available => File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux");

    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", "0", .. keys]);

    /// <summary>Types text literally (no key names).</summary>
    public void Type(string text) => Tmux(["send-keys", "-t", "0", "-l", text]);

    public string Screen(bool escapes = false) => Tmux(escapes ? ["capture-pane", "-p", "-e", "-t", "0"] : ["capture-pane", "-p", "-t", "0"]);

    public void Resize(int columns, int rows) =>
        Tmux(["resize-window", "-t", "0", "-x", columns.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", rows.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>The pane's title, which an OSC 2 sequence that reached the terminal would have set.</summary>
    public string Title => Tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).Trim();

    /// <summary>Closes the terminal as a person closing the window does: the server and its panes go, the program gets SIGHUP.</summary>
    public void CloseTerminal() => Tmux(["kill-server"]);

    /// <summary>Whether the pane is on the alternate screen (a full-screen program that has not given the terminal back).</summary>
    public bool AlternateScreen => Tmux(["display-message", "-p", "-t", "0", "#{alternate_on}"]).Trim() == "1";

    /// <summary>The screen once <paramref name="ready"/> holds for it; the last screen in the failure message otherwise.</summary>
    public string WaitFor(Func<string, bool> ready, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        string screen;
        do
        {
            screen = Screen();
            if (ready(screen))
            {
                return screen;
            }

            Thread.Sleep(100);
        }
        while (stopwatch.Elapsed < Patience);

        throw new Xunit.Sdk.XunitException($"the screen never showed {what}; last screen:\n{screen}");
    }

    public string WaitFor(string text) => WaitFor(screen => screen.Contains(text, StringComparison.Ordinal), $"'{text}'");

    public void Dispose()
    {
        Signal("TERM", ProcessGroup);
        try
        {
            Tmux(["kill-server"]);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        var stopwatch = Stopwatch.StartNew();
        while (Alive(ProcessGroup) && stopwatch.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(50);
        }

        Signal("KILL", ProcessGroup);
    }

    /// <summary>Sends a signal to every process of a group; true when the group exists.</summary>
    private static bool Signal(string signal, int group)
    {
        if (group <= 0)
        {
            return false;
        }

        var start = new ProcessStartInfo("kill") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-" + signal, "--", "-" + group.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private string Tmux(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("tmux")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The server takes its global environment from the first client: the test's own HOME, TMUX
        // and credentials must not reach the program under test.
        start.Environment.Clear();
        foreach (var (name, value) in _clientEnvironment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start tmux");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new InvalidOperationException("tmux did not answer within 30 s");
        }

        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"tmux {string.Join(' ', arguments)}: {error.Result}");
    }
}
