namespace Linesmith.Input.Payload;

/// <summary>
/// <c>pr</c>: the pull request of the session's branch, as Claude Code's code sends it (seen there, not
/// yet on the wire; docs/spec/statusline-contract.md#payload-fields): <c>number</c>, <c>url</c> and
/// <c>review_state</c> (such as <c>approved</c> or <c>changes_requested</c>).
/// </summary>
internal sealed record PullRequestInfo
{
    public double? Number { get; set; }

    public string? Url { get; set; }

    public string? ReviewState { get; set; }
}
