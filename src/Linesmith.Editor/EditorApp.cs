using System.Runtime.InteropServices;
using Linesmith.Config;
using Linesmith.Editing;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Text;
using Terminal.Gui.App;

namespace Linesmith.Editor;

/// <summary>
/// Opens the config, starts Terminal.Gui and runs the screen. The terminal is given back as it was
/// (alternate screen left, modes reset) however the editor ends: quit, a termination signal
/// (SIGINT, SIGTERM, SIGHUP end the run loop like a quit without saving), or an exception, which is
/// reported as one line after the terminal is restored.
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

        var payload = PayloadReader.TryParse(SamplePayload.Bytes, out _)!;
        var preview = new Preview(payload, environment, TimeProvider.System, TimeZoneInfo.Local, UserDirectories.From(environment).ConfigDirectory);
        var color = ColorDetection.Detect(environment, ColorMode.Auto, null) != ColorDepth.None;
        var install = new InstallPanel(environment, Environment.ProcessPath);

        Exception? crash = null;
        using (var app = Application.Create())
        {
            app.Init();
            using var interrupt = Stop(app, PosixSignal.SIGINT);
            using var terminate = Stop(app, PosixSignal.SIGTERM);
            using var hangUp = Stop(app, PosixSignal.SIGHUP);
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

    private static PosixSignalRegistration Stop(IApplication app, PosixSignal signal) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            app.Invoke(() => app.RequestStop());
        });
}
