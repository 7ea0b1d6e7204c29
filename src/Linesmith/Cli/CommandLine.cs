using Linesmith.Commands;
using Linesmith.Commands.Doctor;
using Linesmith.Platform;
using Linesmith.Usage.Cascade;

namespace Linesmith.Cli;

/// <summary>Dispatches the command line to a command. Wrong usage is a message on stderr and exit code 2.</summary>
internal static class CommandLine
{
    /// <summary>True when the arguments ask for a statusline render (no command, only render options).</summary>
    public static bool IsRender(string[] args) => args.Length == 0 || RenderOptions.IsRenderOption(args[0]);

    /// <summary>Runs the command under its watchdog, armed before anything else happens (<see cref="CommandBounds"/>).</summary>
    public static int Run(string[] args, World world)
    {
        var render = IsRender(args) && RenderOptions.Parse(args, out _) is { CheckConfig: false };
        Action<TimeSpan> expire = render ? RenderCommand.ExpireEarly : limit => CommandBounds.Expire(args, limit);
        using var deadline = RunDeadline.Start(CommandBounds.Initial(args, world.InputIsTerminal), expire);
        if (render)
        {
            return Dispatch(args, world with { Deadline = deadline });
        }

        var output = TextWriter.Synchronized(new TerminalSafeWriter(world.Out));
        var error = TextWriter.Synchronized(new TerminalSafeWriter(world.Error));
        try
        {
            return Dispatch(args, world with { Deadline = deadline, Out = output, Error = error });
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }

    private static int Dispatch(string[] args, World world)
    {
        if (IsRender(args))
        {
            var options = RenderOptions.Parse(args, out var error);
            if (options is null)
            {
                return UsageError(world, error!);
            }

            return options.CheckConfig ? CheckConfigCommand.Run(world, options) : RenderCommand.Run(world, options);
        }

        return args[0] switch
        {
            "-h" or "--help" or "help" => Print(world, HelpText.Main),
            "-V" or "--version" => Print(world, $"{ProductInfo.Name} {ProductInfo.Version}"),
            "cache" => RunCache(args.AsSpan(1), world),
            "usage" => RunUsage(args.AsSpan(1), world),
            "install" => RunWith(world, args, HelpText.Install, ["--force"], ["--settings", "--refresh", "--config"], 0, InstallCommand.Install),
            "uninstall" => RunWith(world, args, HelpText.Uninstall, ["--force"], ["--settings"], 0, InstallCommand.Uninstall),
            "doctor" => RunWith(world, args, HelpText.Doctor, ["--json", "--online"], ["--config"], 0, (w, a) => DoctorCommand.Run(w, a.Has("--json"), a.Has("--online"), a.Value("--config"))),
            "init" => RunWith(world, args, HelpText.Init, ["--force"], ["--preset", "--config"], 0, PresetCommand.Init),
            "themes" => RunThemes(args.AsSpan(1), world),
            "presets" => RunPresets(args.AsSpan(1), world),
            _ => UsageError(world, args[0].StartsWith('-') ? $"unknown option '{args[0]}'" : $"unknown command '{args[0]}'"),
        };
    }

    private static int RunCache(ReadOnlySpan<string> args, World world)
    {
        if (args.Length == 0)
        {
            return UsageError(world, "'cache' needs a subcommand: show or clear");
        }

        return args[0] switch
        {
            "-h" or "--help" => Print(world, HelpText.Cache),
            "show" => RunWith(world, args, HelpText.Cache, ["--json"], ["--config"], 0, (w, a) => CacheShowCommand.Run(w, a.Has("--json"), a.Value("--config")), "cache"),
            "clear" => RunWith(world, args, HelpText.Cache, [], [], 0, (w, _) => CacheClearCommand.Run(w), "cache"),
            _ => UsageError(world, $"unknown cache subcommand '{args[0]}' (expected show or clear)"),
        };
    }

    private static int RunUsage(ReadOnlySpan<string> args, World world)
    {
        if (args.Length > 0 && args[0] == "refresh")
        {
            return RunWith(world, args, HelpText.UsageRefresh, [], ["--config"], 0, (w, a) => UsageCommand.Run(w, FetchMode.Refresh, json: false, a.Value("--config")), "usage");
        }

        if (args.Length > 0 && !args[0].StartsWith('-'))
        {
            return UsageError(world, $"unknown usage subcommand '{args[0]}' (expected refresh)");
        }

        // The command word is "usage" itself: RunWith parses what follows args[0], so hand it the whole line.
        return RunWith(world, ["usage", .. args], HelpText.Usage, ["--json", "--no-wait"], ["--config"], 0, (w, a) =>
            UsageCommand.Run(w, a.Has("--no-wait") ? FetchMode.Render : FetchMode.Wait, a.Has("--json"), a.Value("--config")));
    }

    /// <summary>Parses the options after the command word (<c>args[0]</c>), answers <c>--help</c>, then runs the command.</summary>
    private static int RunWith(World world, ReadOnlySpan<string> args, string help, string[] flags, string[] valued, int positionals, Func<World, CommandArgs, int> run, string? parent = null)
    {
        var parsed = CommandArgs.Parse(args[1..], parent is null ? args[0] : $"{parent} {args[0]}", flags, valued, positionals, out var error);
        if (parsed is null)
        {
            return UsageError(world, error!);
        }

        return parsed.Help ? Print(world, help) : run(world, parsed);
    }

    private static int RunThemes(ReadOnlySpan<string> args, World world)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            return args.Length == 0 ? UsageError(world, "'themes' needs a subcommand: list") : Print(world, HelpText.Themes);
        }

        return args[0] == "list"
            ? RunWith(world, args, HelpText.Themes, [], ["--config"], 0, (w, a) => ThemesCommand.List(w, a.Value("--config")), "themes")
            : UsageError(world, $"unknown themes subcommand '{args[0]}' (expected list)");
    }

    private static int RunPresets(ReadOnlySpan<string> args, World world)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            return args.Length == 0 ? UsageError(world, "'presets' needs a subcommand: list or apply") : Print(world, HelpText.Presets);
        }

        return args[0] switch
        {
            "list" => RunWith(world, args, HelpText.Presets, [], ["--config"], 0, (w, a) => PresetCommand.List(w, a.Value("--config")), "presets"),
            "apply" => RunWith(world, args, HelpText.Presets, ["--force"], ["--config"], 1, PresetCommand.ApplyNamed, "presets"),
            _ => UsageError(world, $"unknown presets subcommand '{args[0]}' (expected list or apply)"),
        };
    }

    private static int Print(World world, string text)
    {
        world.Out.WriteLine(text);
        return ExitCodes.Success;
    }

    /// <summary>Wrong usage: one short message and the pointer to help on stderr, exit 2.</summary>
    public static int UsageError(World world, string message)
    {
        world.Error.WriteLine($"linesmith: {Rendering.TerminalText.Sanitize(message)}");
        world.Error.WriteLine("Run 'linesmith --help' for usage.");
        return ExitCodes.Usage;
    }
}
