namespace Linesmith.Editor;

/// <summary>
/// What the right-hand panel offers: entries to pick from (each a value and what is shown), an action
/// while moving through them (an instant preview), one on Enter, and one on Escape (undo the preview).
/// With <see cref="FreeText"/> the search text itself can be taken (a separator of one's own, a
/// number): <see cref="Check"/> previews what is typed as it is typed and returns why it is refused,
/// if it is. <see cref="Back"/> runs once the picker is closed either way (back to the option list).
/// </summary>
internal sealed record Picker(
    string Title,
    IReadOnlyList<(string Value, string Shown)> Entries,
    Action<string> Accept,
    Action<string>? Highlight = null,
    Action? Cancel = null,
    bool FreeText = false,
    int Selected = 0,
    Func<string, string?>? Check = null,
    Action? Back = null);
