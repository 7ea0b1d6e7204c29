using System.Runtime.InteropServices;
using Linesmith.Config;
using Linesmith.Editing;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace Linesmith.Editor;

/// <summary>
/// Opens the config, starts Terminal.Gui and runs the screen. The terminal is given back as it was
/// (alternate screen left, modes reset) however the editor ends: quit, a termination signal
/// (SIGINT, SIGTERM, SIGHUP end the run loop like a quit without saving), or an exception, which is
/// reported as one line after the terminal is restored. While nothing happens the main loop sleeps
/// (<see cref="IdleGate"/>): an editor left open costs no CPU.
/// </summary>
internal static class EditorApp
{
    public static int Run(EditorOptions options, EnvironmentSnapshot environment)
    {
        if (ConfigSource.Read(options.ConfigPath, environment, out var readError) is not { } source)
        {
            Console.Error.WriteLine($"linesmith config: {readError}");
            return 1;
        }

        if (EditSession.Open(source.Path, source.Directory, source.Text, out var parseError) is not { } session)
        {
            Console.Error.WriteLine($"linesmith config: {source.Path} is not valid TOML: {parseError}; fix it first ('linesmith --check-config' shows every problem)");
            return 1;
        }

        var (payload, payloadSource) = PreviewPayload.Load(environment);
        var preview = new Preview(payload, environment, TimeProvider.System, TimeZoneInfo.Local, UserDirectories.From(environment).ConfigDirectory, payloadSource);
        var color = ColorDetection.Detect(environment, ColorMode.Auto, null) != ColorDepth.None;
        var install = new InstallPanel(environment, Environment.ProcessPath);

        Exception? crash = null;
        using var gate = new IdleGate();
        IApplication? running = null;
        using (var app = Create(gate, () => running?.Invoke(() => running.RequestStop())))
        {
            running = app;
            app.Init();
            app.Iteration += (_, _) => gate.Pause();
            using var interrupt = Stop(app, gate, PosixSignal.SIGINT);
            using var terminate = Stop(app, gate, PosixSignal.SIGTERM);
            using var hangUp = Stop(app, gate, PosixSignal.SIGHUP);
            using var resize = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => gate.Wake());
            try
            {
                using var screen = new EditorScreen(app, environment, session, preview, color, install);
                app.Run(screen);
            }
            catch (Exception exception)
            {
                crash = exception;
            }
        }

        if (crash is not null)
        {
            Console.Error.WriteLine($"linesmith config: internal error ({crash.GetType().Name}): {TerminalText.Sanitize(crash.Message)}");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// On Unix the toolkit's ANSI driver with <see cref="TerminalInput"/>, which waits for keys instead
    /// of polling and ends the editor when the terminal hangs up; on Windows the toolkit's default.
    /// </summary>
    private static IApplication Create(IdleGate gate, Action hangUp) =>
        OperatingSystem.IsWindows()
            ? Application.Create()
            : ToolkitApplication.Create(new AnsiComponentFactory(new TerminalInput(gate, hangUp), null, null));

    private static PosixSignalRegistration Stop(IApplication app, IdleGate gate, PosixSignal signal) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            app.Invoke(() => app.RequestStop());
            gate.Wake();
        });
}
