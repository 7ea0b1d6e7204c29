namespace Linesmith.Editor;

/// <summary>
/// What the right-hand panel offers: entries to pick from (each a value and what is shown), an action
/// while moving through them (an instant preview), one on Enter, and one on Escape (undo the preview).
/// With <see cref="FreeText"/> the search text itself can be taken (a separator of one's own).
/// </summary>
internal sealed record Picker(
    string Title,
    IReadOnlyList<(string Value, string Shown)> Entries,
    Action<string> Accept,
    Action<string>? Highlight = null,
    Action? Cancel = null,
    bool FreeText = false,
    int Selected = 0);
