using Linesmith.Commands;
using Linesmith.Commands.Doctor;
using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Platform;
using Linesmith.Usage.Cascade;

namespace Linesmith.Cli;

/// <summary>
/// The command line: <see cref="Parse"/> turns the arguments into an <see cref="Invocation"/> (pure, from
/// <see cref="CommandTable"/>), <see cref="Run"/> arms the command's watchdog, builds the one
/// <see cref="RunContext"/> of the process and dispatches. Wrong usage is a message on stderr and exit code 2.
/// </summary>
internal static class CommandLine
{
    /// <summary>True when the arguments ask for a statusline render (no command, only render options).</summary>
    public static bool IsRender(string[] args) => Parse(args) is RenderInvocation;

    /// <summary>The arguments as a value; never throws, never touches the world.</summary>
    public static Invocation Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return Bind(CommandTable.Render, []);
        }

        var first = args[0];
        switch (first)
        {
            case "-h" or "--help" or "help":
                return new TextInvocation(HelpText.Main);
            case "-V" or "--version":
                return new TextInvocation(HelpText.Version);
            case var _ when first.StartsWith('-'):
                return Bind(Array.IndexOf(args, "--check-config") >= 0 ? CommandTable.CheckConfig : CommandTable.Render, args);
        }

        var rows = CommandTable.InGroup(first);
        if (rows.Count == 0)
        {
            return new MistakeInvocation($"unknown command '{first}'");
        }

        CommandSpec? single = null;
        var subcommands = new List<string>();
        foreach (var row in rows)
        {
            if (row.Name == first)
            {
                single = row;
            }
            else
            {
                var word = row.Name[(first.Length + 1)..];
                subcommands.Add(word);
                if (args.Length > 1 && args[1] == word)
                {
                    return Bind(row, args.AsSpan(2));
                }
            }
        }

        var expected = string.Join(" or ", subcommands);
        if (single is not null && (args.Length == 1 || args[1].StartsWith('-') || subcommands.Count == 0))
        {
            return Bind(single, args.AsSpan(1));
        }

        if (args.Length == 1)
        {
            return new MistakeInvocation($"'{first}' needs a subcommand: {expected}");
        }

        return args[1] is "-h" or "--help"
            ? new TextInvocation(HelpText.ForGroup(first, rows))
            : new MistakeInvocation($"unknown {first} subcommand '{args[1]}' (expected {expected})");
    }

    /// <summary>Runs the command under its watchdog, armed before the command reads anything (<see cref="CommandBounds"/>).</summary>
    public static int Run(string[] args, World world)
    {
        var invocation = Parse(args);
        var render = invocation is RenderInvocation;
        var stdout = new StdoutClaim();
        var expire = render ? RenderCommand.ExpireEarly(stdout) : limit => CommandBounds.Expire(WatchdogName(invocation, args), limit);
        using var deadline = RunDeadline.Start(InitialBound(invocation, world.InputIsTerminal), expire);
        if (render)
        {
            return Dispatch(invocation, world with { Deadline = deadline }, stdout);
        }

        var output = TextWriter.Synchronized(new TerminalSafeWriter(world.Out));
        var error = TextWriter.Synchronized(new TerminalSafeWriter(world.Error));
        try
        {
            return Dispatch(invocation, world with { Deadline = deadline, Out = output, Error = error });
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }

    /// <summary>
    /// Runs what was parsed. A command gets the run context, built here once for the whole process
    /// (issue 13 item 2); help, the version and a wrong command line need none.
    /// </summary>
    /// <param name="stdout">A render's claim on stdout, shared with its watchdog; a fresh one when none is armed.</param>
    public static int Dispatch(Invocation invocation, World world, StdoutClaim? stdout = null)
    {
        switch (invocation)
        {
            case TextInvocation text:
                world.Out.WriteLine(text.Text);
                return ExitCodes.Success;
            case MistakeInvocation mistake:
                return WrongUsage.Report(world, mistake.Message);
        }

        var run = RunContext.Create(world.Environment, world.Clock, world.Error, world.ProcessPath, invocation.ConfigPath);
        return invocation switch
        {
            RenderInvocation render => RenderCommand.Run(world, run, render.Color, stdout ?? new StdoutClaim()),
            CheckConfigInvocation => CheckConfigCommand.Run(world, run),
            InstallInvocation install => InstallCommand.Install(world, run, install.SettingsPath, install.RefreshSeconds, install.Force),
            UninstallInvocation uninstall => InstallCommand.Uninstall(world, run, uninstall.SettingsPath, uninstall.Force),
            DoctorInvocation doctor => DoctorCommand.Run(world, run, doctor.Json, doctor.Online),
            InitInvocation init => PresetCommand.Init(world, run, init.Preset, init.Force, init.ConfigPath),
            ConfigInvocation config => ConfigCommand.Run(world, config.ConfigPath),
            ConfigSchemaInvocation => ConfigSchemaCommand.Run(world),
            ThemesListInvocation => ThemesCommand.List(world, run),
            PresetsListInvocation => PresetCommand.List(world, run),
            PresetsApplyInvocation apply => PresetCommand.ApplyNamed(world, run, apply.Name, apply.Force, apply.ConfigPath),
            CacheShowInvocation show => CacheShowCommand.Run(world, run, show.Json),
            CacheClearInvocation => CacheClearCommand.Run(world, run),
            UsageInvocation usage => UsageCommand.Run(world, run, usage.Mode, usage.Json),
            CommandRefreshInvocation => CommandRefreshCommand.Run(world, run),
            _ => throw new InvalidOperationException($"no command for {invocation.GetType().Name}"),
        };
    }

    /// <summary>The bound a command starts with, before it has read its config (<see cref="CommandBounds"/>).</summary>
    public static TimeSpan InitialBound(Invocation invocation, bool inputIsTerminal) => invocation switch
    {
        RenderInvocation => CommandBounds.Render(TimeSpan.FromSeconds(Config.UsageOptions.DefaultTimeoutSeconds)),
        UsageInvocation => CommandBounds.Usage(TimeSpan.FromSeconds(Config.UsageOptions.MaxTimeoutSeconds)),
        DoctorInvocation doctor => doctor.Online ? CommandBounds.DoctorOnline : CommandBounds.Doctor,
        InitInvocation { Preset: null } when inputIsTerminal => CommandBounds.InteractiveInit,
        _ => CommandBounds.Default,
    };

    /// <summary>What the watchdog's message calls the command: its first word, <c>usage refresh</c>, or "the check".</summary>
    private static string WatchdogName(Invocation invocation, string[] args) => invocation switch
    {
        CheckConfigInvocation => "the check",
        UsageInvocation { Mode: FetchMode.Refresh } => "usage refresh",
        CommandRefreshInvocation => "command refresh",
        _ => args.Length == 0 ? "the check" : args[0],
    };

    private static Invocation Bind(CommandSpec spec, ReadOnlySpan<string> args)
    {
        var options = ParsedOptions.Parse(args, spec, out var error);
        if (options is null)
        {
            return new MistakeInvocation(error!);
        }

        if (options.Help)
        {
            return new TextInvocation(spec.Name.Length == 0 ? HelpText.Main : HelpText.For(spec));
        }

        return spec.Bind(options);
    }
}
