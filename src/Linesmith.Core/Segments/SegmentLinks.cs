using Linesmith.Input.Payload;
using Linesmith.Rendering;
using Linesmith.Segments.Git;

namespace Linesmith.Segments;

/// <summary>
/// The natural click target of a segment, for <c>[layout_options] link_segments</c> (README.md#layout-and-look):
/// the workspace links its directory (<see cref="FileLink"/>), the model the models overview of the
/// Claude documentation, the branch its page on the <c>origin</c> remote (<see cref="RemoteWebPage"/>). Only worked out when links are written (<see cref="AnsiWriter.Links"/>) and the
/// segment is listed; a segment's own link (the <c>pr</c> number) is kept.
/// </summary>
internal static class SegmentLinks
{
    public const string ModelDocs = "https://docs.anthropic.com/en/docs/about-claude/models/overview";

    /// <summary>The ids that have a target.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["workspace", "model", "git_branch"];

    /// <summary>The target of <paramref name="id"/>, and whether it is a local <c>file:///</c> URL (<see cref="TextRun.LocalLink"/>).</summary>
    public static (string? Url, bool Local) For(string id, StatusPayload payload) => id switch
    {
        "workspace" => (FileLink.For(payload.Workspace?.ProjectDir ?? payload.Workspace?.CurrentDir ?? payload.Cwd), true),
        "model" => (ModelDocs, false),
        "git_branch" => (RemoteWebPage.For(payload.Workspace?.CurrentDir ?? payload.Cwd), false),
        _ => (null, false),
    };
}
