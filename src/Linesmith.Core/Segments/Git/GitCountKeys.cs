using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Git;

/// <summary>The two keys of one count of <c>git_status</c>: <c>&lt;name&gt;</c> (shown or not) and <c>&lt;name&gt;_symbol</c>, with the count's colour.</summary>
internal sealed record GitCountKeys(string Name, string What, string Symbol, StyleRole Role)
{
    private readonly BoolOption _on = new(Name, "show the number of " + What, true);
    private readonly TextOption _symbol = new(Name + "_symbol", "before the number of " + What, Symbol);

    public IReadOnlyList<SegmentOption> Options => [_on, _symbol];

    public GitCountDisplay Read(SettingsTable settings) => new(_on.Read(settings), _symbol.Read(settings) ?? Symbol, Role);
}
