using Linesmith.Editing;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Color = Terminal.Gui.Drawing.Color;

namespace Linesmith.Editor;

/// <summary>Draws the rendered status lines (<see cref="StyledText"/> spans) in their colours, one per row.</summary>
internal sealed class PreviewView : View
{
    private List<IReadOnlyList<StyledSpan>> _lines = [];

    public void Show(IReadOnlyList<string> lines)
    {
        _lines = lines.Select(StyledText.Parse).ToList();
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        for (var row = 0; row < _lines.Count && row < Viewport.Height; row++)
        {
            Move(0, row);
            foreach (var span in _lines[row])
            {
                var style = span.Bold ? TextStyle.Bold : span.Dim ? TextStyle.Faint : TextStyle.None;
                var foreground = span.Color is { } rgb ? new Color(rgb.R, rgb.G, rgb.B) : normal.Foreground;
                SetAttribute(new Attribute(foreground, normal.Background, style));
                AddStr(span.Text);
            }
        }

        return true;
    }
}
