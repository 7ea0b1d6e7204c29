using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary>
/// <c>git_repo</c>: the repository's name from its remote's URL in <c>config</c> (<c>[remote "origin"] url</c>:
/// <c>git@github.com:owner/linesmith.git</c> → <c>linesmith</c>; <c>owner = true</c>: <c>owner/linesmith</c>).
/// The configuration is only read as text: nothing it names is run (docs/adr/0014-git-without-repository-programs.md).
/// Hidden without that remote.
/// </summary>
internal sealed class GitRepoSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly TextOption Remote = new("remote", "the remote whose URL names the repository", "origin");
    private static readonly BoolOption Owner = new("owner", "include the owner: owner/name", false);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly string _remote = Remote.Read(settings) ?? "origin";
    private readonly bool _owner = Owner.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Remote, Owner];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Git.Head is not { } head || GitFiles.Text(Path.Join(GitFiles.CommonDirectory(head.GitDirectory), "config")) is not { } config
            || RemoteUrl(config, _remote) is not { } url || NameOf(url, _owner) is not { } name)
        {
            return null;
        }

        return _label.Output(name, StyleRole.Primary);
    }

    /// <summary>The <c>url</c> of <c>[remote "NAME"]</c>: the first one, as git's <c>remote.NAME.url</c> lists it first.</summary>
    internal static string? RemoteUrl(string config, string remote)
    {
        var inSection = false;
        foreach (var raw in config.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inSection = line.Replace("\t", " ", StringComparison.Ordinal) == $"[remote \"{remote}\"]";
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (inSection && equals > 0 && line[..equals].Trim().Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                var value = line[(equals + 1)..].Trim().Trim('"');
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    /// <summary>The last path component without <c>.git</c>, with the one before it when <paramref name="owner"/>.</summary>
    internal static string? NameOf(string url, bool owner)
    {
        var path = url.TrimEnd('/');
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        var parts = path.Split(['/', ':', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[^1].Length == 0)
        {
            return null;
        }

        return owner && parts.Length >= 2 ? parts[^2] + "/" + parts[^1] : parts[^1];
    }
}
