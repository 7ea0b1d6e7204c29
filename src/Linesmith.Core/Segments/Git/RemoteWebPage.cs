using System.Text;
using Linesmith.Diagnostics;

namespace Linesmith.Segments.Git;

/// <summary>
/// The web page of the branch on the repository's <c>origin</c>, for the <c>git_branch</c> link
/// (README.md#layout-and-look), read from the repository's <c>config</c> file (the common one of a
/// worktree) with no <c>git</c> process. <c>https://</c>, <c>ssh://</c> and <c>user@host:path</c> remotes
/// become <c>https://host/path</c>, without user names or passwords and without <c>.git</c>; GitHub,
/// GitLab, Codeberg and Bitbucket get their branch page, other hosts the repository's page. Anything
/// else (a local path, an odd host) has no page. Every byte outside the unreserved characters is
/// percent-encoded; the writer checks the URL again (<see cref="Rendering.SafeLink"/>).
/// </summary>
internal static class RemoteWebPage
{
    /// <summary>A repository's config is small; a larger file is not read.</summary>
    private const int MaxConfigBytes = 64 * 1024;

    public static string? For(string? directory, Log? log = null)
    {
        if (string.IsNullOrEmpty(directory) || GitHead.Find(directory, log) is not { Branch: { } branch } head)
        {
            return null;
        }

        return OriginUrl(head.GitDirectory, log) is { } remote && Repository(remote) is var (host, path) ? Page(host, path, branch) : null;
    }

    /// <summary>The host and the path (without <c>.git</c>) of a remote URL, or null for one that has no web page.</summary>
    public static (string Host, string Path)? Repository(string remote)
    {
        string rest;
        var scheme = remote.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var name = remote[..scheme].ToLowerInvariant();
            if (name is not ("https" or "http" or "ssh" or "git+ssh" or "git"))
            {
                return null;
            }

            rest = remote[(scheme + 3)..];
        }
        else
        {
            // scp-like user@host:owner/repo; a path with no colon before its first slash is local.
            var colon = remote.IndexOf(':', StringComparison.Ordinal);
            var slash = remote.IndexOf('/', StringComparison.Ordinal);
            if (colon <= 0 || (slash >= 0 && slash < colon))
            {
                return null;
            }

            rest = remote[..colon] + "/" + remote[(colon + 1)..];
        }

        var hostEnd = rest.IndexOf('/', StringComparison.Ordinal);
        if (hostEnd <= 0)
        {
            return null;
        }

        var authority = rest[..hostEnd];
        var host = authority[(authority.LastIndexOf('@') + 1)..];
        var port = host.IndexOf(':', StringComparison.Ordinal);
        host = (port >= 0 ? host[..port] : host).ToLowerInvariant();
        var path = rest[(hostEnd + 1)..].Trim('/');
        if (path.EndsWith(".git", StringComparison.Ordinal))
        {
            path = path[..^4];
        }

        var hostOk = host.Length is > 0 and <= 253 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') && host.Contains('.', StringComparison.Ordinal);
        return hostOk && path.Length > 0 ? (host, path) : null;
    }

    private static string Page(string host, string path, string branch)
    {
        var repository = "https://" + host + "/" + Escape(path);
        var tree = host switch
        {
            "github.com" => "/tree/",
            "gitlab.com" => "/-/tree/",
            "codeberg.org" => "/src/branch/",
            "bitbucket.org" => "/branch/",
            _ => null,
        };
        return tree is null ? repository : repository + tree + Escape(branch);
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    /// <summary>The <c>url</c> of <c>[remote "origin"]</c> in the config of the repository, or of the main one of a worktree.</summary>
    private static string? OriginUrl(string gitDirectory, Log? log)
    {
        var common = Read(Path.Join(gitDirectory, "commondir"), 4096, log)?.Trim();
        var directory = string.IsNullOrEmpty(common) ? gitDirectory : Path.GetFullPath(Path.IsPathRooted(common) ? common : Path.Join(gitDirectory, common));
        if (Read(Path.Join(directory, "config"), MaxConfigBytes, log) is not { } config)
        {
            return null;
        }

        var inOrigin = false;
        foreach (var raw in config.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("[remote\"origin\"]", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (inOrigin && equals > 0 && line[..equals].Trim().Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                return line[(equals + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }

    private static string? Read(string path, int limit, Log? log)
    {
        try
        {
            return Platform.BoundedFile.ReadAll(path, limit) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (Platform.FileProblems.Classify(exception) != Platform.FileProblem.NotFound)
            {
                log?.Info($"git_branch link: {exception.Message}; skipped");
            }

            return null;
        }
    }
}
