using Linesmith.Composition;
using Linesmith.Diagnostics;
using Linesmith.Host;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage.Cascade;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith</c> with no command: read the payload Claude Code pipes in and print the status
/// line. Always exits 0 with something sensible on stdout: the line, or a short dim hint when there
/// is no usable input, never a stack trace (docs/spec/statusline-contract.md#invocation). Details go to the log.
/// </summary>
internal static class RenderCommand
{
    /// <param name="color">The command line's <c>--no-color</c> (false) or <c>--force-color</c> (true); null = detect.</param>
    /// <param name="stdout">Shared with the watchdog (<see cref="ExpireEarly"/>): whoever takes it first writes stdout.</param>
    public static int Run(World world, RunContext run, bool? color, StdoutClaim stdout)
    {
        var environment = run.Environment;
        var log = run.Log;
        if (log.IsEnabled(LogLevel.Warn))
        {
            foreach (var problem in run.DirectoryProblems)
            {
                log.Warn(problem);
            }
        }

        var config = run.Config;
        var file = run.ConfigFile;
        var lineBuilder = new LineBuilder(config);
        var theme = run.Theme;
        foreach (var problem in file.LocatedProblems())
        {
            log.WarnOnce(problem.ToString(), $"config {file.Path}: {problem}");
        }

        if (run.UsageProblem is { } timeoutProblem)
        {
            log.WarnOnce(timeoutProblem, timeoutProblem);
        }

        var depth = ColorDetection.Detect(environment, config.Color, color);
        var writer = new AnsiWriter(theme, depth, LinkDetection.Enabled(config.Links, depth, environment));
        var width = LineWidth.Cells(TerminalWidth(environment, log), config.ClaudePadding);
        world.Deadline?.Change(CommandBounds.Render(run.Usage.Timeout), _ => Expire(stdout, writer, width, log));
        var input = StdinReader.Read(world.OpenInput(), StdinReader.DefaultDeadline, waitReadable: world.WaitInput);
        string? problemText = "input larger than 1 MiB";
        var payload = input.Outcome == StdinOutcome.TooLarge ? null : PayloadReader.TryParse(input.Bytes, out problemText);
        if (payload is null)
        {
            log.Info($"render: {problemText} ({input.Bytes.Length} bytes, {input.Outcome})");
            var hint = problemText == PayloadReader.NoInput ? "linesmith: no input" : "linesmith: unreadable input";
            return Print(world, stdout, [Hint(writer, hint, width)]);
        }

        PayloadRanges.Apply(payload, log.Warn);
        if (config.KeepPayload)
        {
            Keep(run, input.Bytes, log);
        }

        var needs = lineBuilder.NeedsFor(payload);
        var context = new SegmentContext(payload, world.Clock, world.LocalZone, () => ResolveUsage(run, needs))
        {
            Environment = environment,
            Log = log,
            CacheRoot = () => run.CacheRoot.Trusted,
            WorkingDirectory = CurrentDirectory,
            ProcessPath = run.ProcessPath,
            ConfigPath = run.ConfigFile.Path,
        };
        var lines = lineBuilder.Render(context, writer, width, (id, exception) => log.Error($"segment {id} failed: {exception.GetType().Name}: {exception.Message}"));
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            // Claude Code shows nothing for empty output (docs/spec/statusline-contract.md#invocation); a payload with
            // no field any segment can use ({} or only wrong types) gets the hint instead.
            log.Info("render: no segment had anything to show");
            lines = [Hint(writer, "linesmith: nothing to show", width)];
        }

        return Print(world, stdout, lines);
    }

    /// <summary>
    /// <c>[editor] keep_payload</c>: the payload for <c>linesmith config</c>'s preview, in the trusted cache
    /// root only, created as the cascade creates it (only below its base, checked again after: ADR 0015).
    /// </summary>
    private static void Keep(RunContext run, byte[] payload, Log log)
    {
        string? problem = "payload not kept: no usable cache root";
        if (run.CacheRoot is { Directory: { } root, Refusal: null })
        {
            try
            {
                root.Create();
                if (CacheRootVerdict.Of(root).Trusted is { } trusted)
                {
                    problem = KeptPayload.Keep(trusted, payload);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = $"payload not kept: {exception.Message}";
            }
        }

        if (problem is not null)
        {
            log.Info($"render: {problem}");
        }
    }

    /// <summary>The line, unless the watchdog has already printed its hint in its place.</summary>
    private static int Print(World world, StdoutClaim stdout, IReadOnlyList<string> lines)
    {
        if (stdout.TryTake())
        {
            foreach (var line in lines)
            {
                world.Out.WriteLine(line);
            }

            world.Out.Flush();
        }

        return ExitCodes.Success;
    }

    /// <summary>The watchdog before the config is read: a plain hint.</summary>
    public static Action<TimeSpan> ExpireEarly(StdoutClaim stdout) => _ => Expire(stdout, "linesmith: timed out", log: null);

    /// <summary>
    /// The watchdog: the hint, only if the line is not being written and the write
    /// cannot block (stdout may be a full pipe that nobody reads, with the render's own write stuck in
    /// it), then <c>_exit</c>, which waits for no lock. The log line gets a moment on its own thread:
    /// its stderr fallback may be a full pipe too.
    /// </summary>
    private static void Expire(StdoutClaim stdout, AnsiWriter writer, int? width, Log log) => Expire(stdout, Hint(writer, "linesmith: timed out", width), log);

    private static void Expire(StdoutClaim stdout, string hint, Log? log)
    {
        if (stdout.TryTake())
        {
            StandardStreams.TryWriteNow(1, System.Text.Encoding.UTF8.GetBytes(hint + "\n"));
        }

        if (log is not null)
        {
            var logging = new Thread(() => log.Error("render: the run deadline passed; exiting")) { IsBackground = true };
            logging.Start();
            logging.Join(TimeSpan.FromMilliseconds(200));
        }

        ImmediateExit.Now(ExitCodes.Success);
    }

    /// <summary>A dim hint in place of the line, fitted to the same cells.</summary>
    private static string Hint(AnsiWriter writer, string text, int? width) =>
        writer.Write(LineLayout.FitRuns([new TextRun(text, StyleRole.Muted, Dim: true)], width));

    /// <summary>
    /// Runs the usage cascade in render mode for <paramref name="needs"/>, the union of the line's
    /// segments' needs: stale data is served at once and refreshed in the background; only with no
    /// data at all does the render wait, bounded by the timeout. Called only when a segment needs
    /// something stdin does not carry (the segments read stdin first, docs/spec/decisions.md#d2-stdin-first).
    /// </summary>
    private static UsageView ResolveUsage(RunContext run, UsageNeeds needs)
    {
        var result = run.Cascade(refresher: true).Resolve(new UsageQuery(needs, FetchMode.Render));
        return UsageView.From(result, run.Clock.GetUtcNow(), run.Usage.StaleAfter);
    }

    /// <summary>The process's working directory (Claude Code starts the status line in the session's), or null when it is gone.</summary>
    internal static string? CurrentDirectory()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary><c>COLUMNS</c>, which Claude Code sets since 2.1.153 (the terminal's width, not the line's); without it, or refused, there is no width limit.</summary>
    private static int? TerminalWidth(EnvironmentSnapshot environment, Log log)
    {
        var columns = TerminalColumns.Read(environment, out var problem);
        if (problem is not null)
        {
            log.Warn(problem);
        }

        return columns;
    }
}
