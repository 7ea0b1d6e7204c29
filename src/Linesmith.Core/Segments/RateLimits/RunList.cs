using Linesmith.Rendering;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// Collects a segment's text runs, joining a run onto the previous one when their style is the same
/// and dropping empty text, so that a plain value stays a single run (docs/spec/rate-limit-segments.md).
/// </summary>
internal sealed class RunList
{
    private readonly List<TextRun> _runs = [];

    public void Add(string text, StyleRole role, bool dim = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_runs.Count > 0 && _runs[^1] is var last && last.Role == role && last.Dim == dim && !last.Bold)
        {
            _runs[^1] = last with { Text = last.Text + text };
            return;
        }

        _runs.Add(new TextRun(text, role, dim));
    }

    public SegmentOutput ToOutput() => new(_runs.ToArray());
}
