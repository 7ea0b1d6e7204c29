using System.Collections.ObjectModel;
using Linesmith.Config;
using Linesmith.Editing;
using Linesmith.Platform;
using Linesmith.Presets;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Text;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Linesmith.Editor;

/// <summary>
/// The editor's one screen: the preview on top (the status line as Claude Code will show it, at this
/// terminal's width), the lines and their segments on the left, the current picker (segment catalogue,
/// themes, separators, presets, install) on the right, the keys and the last message at the bottom.
/// Every change goes through <see cref="EditSession"/> and redraws the preview at once.
/// </summary>
internal sealed class EditorScreen : Window
{
    private const string Keys = "a add  d delete  [ ] move  Enter options  n new line  Tab panel\nt theme  s separator  g icons  l style  p preset  i install  ^S save  q quit";

    private static readonly System.Text.Rune NoHotKey = new(0xFFFF);

    private readonly IApplication _app;
    private readonly EditSession _session;
    private readonly Preview _preview;
    private readonly bool _color;
    private readonly FrameView _previewFrame;
    private readonly PreviewView _previewView;
    private readonly ListView _lines;
    private readonly FrameView _pickerFrame;
    private readonly TextField _search;
    private readonly ListView _pickerList;
    private readonly Label _status;
    private readonly InstallPanel _install;
    private readonly string? _home;
    private readonly string? _configDirectory;
    private List<(int Line, int Position)> _rows = [];
    private Picker? _picker;
    private List<(string Value, string Shown)> _shown = [];

    public EditorScreen(IApplication app, EnvironmentSnapshot environment, EditSession session, Preview preview, bool color, InstallPanel install)
    {
        _app = app;
        _session = session;
        _preview = preview;
        _color = color;
        _install = install;
        var directories = UserDirectories.From(environment);
        _home = directories.Home;
        _configDirectory = directories.ConfigDirectory;
        _previewFrame = new FrameView { Title = "Preview", X = 0, Y = 0, Width = Dim.Fill(), Height = 4, CanFocus = false };
        _previewView = new PreviewView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        _previewFrame.Add(_previewView);

        var linesFrame = new FrameView { Title = "Lines", X = 0, Y = Pos.Bottom(_previewFrame), Width = Dim.Percent(40), Height = Dim.Fill(4) };
        _lines = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        linesFrame.Add(_lines);

        _pickerFrame = new FrameView { Title = "Pick", X = Pos.Right(linesFrame), Y = Pos.Bottom(_previewFrame), Width = Dim.Fill(), Height = Dim.Fill(4) };
        _search = new TextField { X = 0, Y = 0, Width = Dim.Fill(), Visible = false };
        _search.TextChanged += (_, _) => OnTyped();
        _pickerList = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        _pickerList.ValueChanged += (_, _) => OnHighlight();
        _pickerFrame.Add(_search, _pickerList);

        var keys = new Label { X = 0, Y = Pos.AnchorEnd(4), Width = Dim.Fill(), Height = 2, Text = Keys };
        _status = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 2, Text = string.Empty };
        Add(_previewFrame, linesFrame, _pickerFrame, keys, _status);
        // Segment ids and paths contain '_', which Terminal.Gui would take as a hot-key mark and hide.
        foreach (var view in new View[] { this, _previewFrame, linesFrame, _pickerFrame, keys, _status })
        {
            view.HotKeySpecifier = NoHotKey;
        }

        app.Keyboard.KeyDown += OnGlobalKey;
        FrameChanged += (_, _) => Refresh();
        ShowHelp();
        Refresh();
        _lines.SetFocus();
    }

    /// <summary>The line list has the focus when the screen starts, so that the first key edits.</summary>
    protected override void OnIsRunningChanged(bool newIsRunning)
    {
        base.OnIsRunningChanged(newIsRunning);
        if (newIsRunning)
        {
            _lines.SetFocus();
        }
    }

    /// <summary>Redraws the preview and the line list from the session (after every change and on resize).</summary>
    private void Refresh(int? select = null)
    {
        var columns = _app.Screen.Width;
        var (lines, problems) = _preview.Render(_session.Text, columns, _color ? ColorDepth.TrueColor : ColorDepth.None);
        _previewView.Show(lines);
        _previewFrame.Height = Math.Max(1, lines.Count) + 2;
        var title = $"Preview ({columns} columns, {_preview.Source}";
        _previewFrame.Title = TerminalText.Sanitize(problems.Count == 0 ? title + ")" : $"{title}; {problems.Count} problem(s): {problems[0]})");

        var rows = new List<(int, int)>();
        var shown = new List<string>();
        var configured = _session.Lines;
        for (var line = 0; line < configured.Count; line++)
        {
            rows.Add((line, -1));
            shown.Add($"Line {line + 1}");
            for (var position = 0; position < configured[line].Count; position++)
            {
                var item = configured[line][position];
                rows.Add((line, position));
                shown.Add(TerminalText.Sanitize(item.SegmentId is { } id ? $"  {id}" : $"  separator \"{item.Separator}\""));
            }
        }

        var current = select ?? _lines.SelectedItem ?? 0;
        _rows = rows;
        _lines.SetSource(new ObservableCollection<string>(shown));
        _lines.SelectedItem = Math.Clamp(current, 0, Math.Max(0, rows.Count - 1));
        Title = TerminalText.Sanitize($"linesmith config{(_session.Changed ? " (modified)" : string.Empty)}: {Shorten(_session.Path)}");
    }

    private string Shorten(string text) => _home is { Length: > 1 } home ? text.Replace(home, "~", StringComparison.Ordinal) : text;

    /// <summary>The last message, in two rows at most (paths are long), the home directory shown as <c>~</c>.</summary>
    private void Say(string message)
    {
        var width = Math.Max(20, _app.Screen.Width - 2);
        // Config values, theme file names and paths come from outside: no escape sequence of theirs reaches the terminal (docs/hostile-inputs.md).
        var text = TerminalText.Sanitize(Shorten(message));
        _status.Text = text.Length <= width ? text : text[..width] + "\n" + text[width..Math.Min(text.Length, 2 * width)];
    }

    private (int Line, int Position) CurrentRow => _rows.Count == 0 ? (0, -1) : _rows[Math.Clamp(_lines.SelectedItem ?? 0, 0, _rows.Count - 1)];

    /// <summary>
    /// Every key passes here first (the application's key event comes before the views', and a list
    /// view would otherwise take letters for its type-to-find): the command keys of the focused panel.
    /// </summary>
    private void OnGlobalKey(object? sender, Key key)
    {
        if (_app.TopRunnableView != this)
        {
            // A dialog (unsaved changes) is answering its own keys.
            return;
        }

        if (_picker is not null && (_search.HasFocus || _pickerList.HasFocus))
        {
            OnPickerKey(_search.HasFocus ? _search : _pickerList, key);
        }
        else if (_lines.HasFocus && !key.IsCtrl)
        {
            OnLinesKey(key);
        }

        if (key.Handled)
        {
            return;
        }

        if (key == Key.S.WithCtrl)
        {
            Save();
            key.Handled = true;
        }
        else if (key == Key.Q.WithCtrl || key == Key.C.WithCtrl || (key == Key.Esc && _picker is null))
        {
            Quit();
            key.Handled = true;
        }
    }

    private void OnLinesKey(Key key)
    {
        var (line, position) = CurrentRow;
        var handled = true;
        if (key == Key.A)
        {
            OpenCatalogue(line, position + 1);
        }
        else if (key == Key.D || key == Key.Delete)
        {
            Edit(position < 0 ? _session.RemoveLine(line) : _session.RemoveItem(line, position), "removed");
        }
        else if (key.AsRune.Value == '[' || key == Key.CursorUp.WithShift)
        {
            Move(line, position, -1);
        }
        else if (key.AsRune.Value == ']' || key == Key.CursorDown.WithShift)
        {
            Move(line, position, +1);
        }
        else if (key == Key.N)
        {
            Edit(_session.AddLine(), "added a line");
            _lines.SelectedItem = _rows.FindIndex(row => row == (_session.Lines.Count - 1, -1));
        }
        else if (key == Key.Enter || key == Key.O)
        {
            OpenOptions(line, position);
        }
        else if (key == Key.T)
        {
            OpenThemes();
        }
        else if (key == Key.G)
        {
            OpenLayoutChoice(LayoutOptions.IconsKey, "Icon set");
        }
        else if (key == Key.L)
        {
            OpenLayoutChoice(LayoutOptions.StyleKey, "Layout style");
        }
        else if (key == Key.S)
        {
            OpenSeparators();
        }
        else if (key == Key.P)
        {
            OpenPresets();
        }
        else if (key == Key.I)
        {
            OpenInstall();
        }
        else if (key == Key.Q)
        {
            Quit();
        }
        else
        {
            handled = false;
        }

        key.Handled |= handled;
    }

    private void Move(int line, int position, int by)
    {
        if (position < 0)
        {
            Edit(_session.MoveLine(line, by), "moved the line");
            _lines.SelectedItem = _rows.FindIndex(row => row == (line + by, -1));
        }
        else if (Edit(_session.MoveItem(line, position, by), "moved"))
        {
            _lines.SelectedItem = _rows.FindIndex(row => row == (line, position + by));
        }
    }

    private bool Edit(bool ok, string done)
    {
        Refresh();
        Say(ok ? done : _session.LastError ?? "nothing to do there");
        return ok;
    }

    private void OpenCatalogue(int line, int position)
    {
        // The catalogue is the segment table: its ids and one-line descriptions (issue 13 item 3).
        var entries = SegmentTable.Rows.OrderBy(row => row.Id, StringComparer.Ordinal).Select(row => (row.Id, $"{row.Id,-22}{row.Description}")).ToList();
        Open(new Picker("Add a segment (type to search, Enter adds)", entries, id =>
        {
            Edit(_session.AddSegment(line, position, id), $"added {id} to line {line + 1}");
            _lines.SelectedItem = _rows.FindIndex(row => row == (line, Math.Min(position, _session.Lines[line].Count - 1)));
        }));
        _search.SetFocus();
    }

    /// <summary>The search box changed: filter the entries, and for a typed value (a number, a text) check it and preview it at once.</summary>
    private void OnTyped()
    {
        Filter();
        if (_picker is { FreeText: true, Check: { } check } && _search.Text is { Length: > 0 } typed)
        {
            var refused = check(typed);
            Refresh();
            Say(refused ?? "Enter keeps it, Esc undoes");
        }
    }

    /// <summary>The options of the segment at that row, each with its value and default, from its row in the segment table.</summary>
    private void OpenOptions(int line, int position, int select = 0, bool announce = true)
    {
        if (position < 0 || position >= _session.Lines[line].Count || _session.Lines[line][position].SegmentId is not { } id)
        {
            Say(position < 0 ? "a line has no options: pick a segment in it" : "a separator has no options");
            return;
        }

        if (SegmentTable.Find(id) is not { } row)
        {
            Say($"{id} is not a segment this version knows");
            return;
        }

        var entries = row.Options.Select(option =>
        {
            var control = OptionControl.For(option);
            var value = _session.OptionValue(id, option.Key) ?? "(" + control.DefaultShown + ")";
            return (option.Key, $"{option.Key} = {value}  {option.Description}");
        }).ToList();
        Open(new Picker($"Options of {id} (Enter edits, Esc closes)", entries, key =>
        {
            var index = row.Options.ToList().FindIndex(option => option.Key == key);
            OpenOption(line, position, id, row.Options[index], index);
        }, Selected: select));
        if (announce)
        {
            Say(row.Description);
        }
    }

    /// <summary>One option's control, chosen by its type (<see cref="OptionControl"/>): a list to move through with an instant preview, or a typed value checked as it is typed.</summary>
    private void OpenOption(int line, int position, string id, Segments.Options.SegmentOption option, int index)
    {
        var before = _session.Text;
        var control = OptionControl.For(option);
        var current = _session.OptionValue(id, option.Key);
        void Set(string toml)
        {
            _session.Restore(before);
            if (toml == OptionControl.Reset)
            {
                _session.ResetOption(id, option.Key);
            }
            else
            {
                _session.SetOption(id, option.Key, toml);
            }
        }

        string? CheckTyped(string typed)
        {
            var input = control.Parse(typed);
            if (input.Toml is { } toml)
            {
                Set(toml);
            }
            else
            {
                _session.Restore(before);
            }

            return input.Error;
        }

        var selected = current is null ? control.Choices.Count - 1 : Math.Max(0, control.Choices.ToList().FindIndex(choice => choice.Toml == current));
        Open(new Picker($"{id}.{option.Key}: {control.Prompt}", control.Choices, picked =>
            {
                // A typed value arrives as typed (checked already); an entry of the list as TOML.
                var toml = control.Typed && picked != OptionControl.Reset ? control.Parse(picked).Toml ?? OptionControl.Reset : picked;
                Set(toml);
                Edit(_session.LastError is null, $"{id}.{option.Key} {(toml == OptionControl.Reset ? "back to its default" : "= " + _session.OptionValue(id, option.Key))}");
            },
            Highlight: toml =>
            {
                Set(toml);
                Refresh();
            },
            Cancel: () => _session.Restore(before),
            FreeText: control.Typed,
            Selected: control.Typed ? 0 : selected,
            Check: control.Typed ? CheckTyped : null,
            Back: () => OpenOptions(line, position, index, announce: false)));
        if (control.Typed)
        {
            _search.SetFocus();
        }

        Say($"{control.Prompt}: {option.Description}; {control.DefaultShown}{(current is null ? string.Empty : "; now " + current)}");
    }

    /// <summary>
    /// A <c>[layout_options]</c> key with a few names (issue 15: icon set and layout style), offered
    /// only once the render reads the key (issue 14's keys: <see cref="ConfigKeys"/> asks the reader); the
    /// names offered are the ones the reader takes (<see cref="LayoutChoice.Names"/>), plus unset.
    /// </summary>
    private void OpenLayoutChoice(LayoutChoice choice, string title)
    {
        var (key, names, unset) = (choice.Key, choice.Names, choice.DefaultName ?? "each segment's own");
        if (!ConfigKeys.Honoured("layout_options", key, TomlLiteral.String(names[^1])))
        {
            Say($"{title.ToLowerInvariant()} needs a newer linesmith ([layout_options] {key})");
            return;
        }

        var before = _session.Text;
        var current = _session.LayoutValue(key);
        var entries = names.Select(name => (TomlLiteral.String(name), name)).Append((OptionControl.Reset, $"(unset: {unset})")).ToList();
        void Set(string toml)
        {
            _session.Restore(before);
            _ = toml == OptionControl.Reset ? _session.ResetLayout(key) : _session.SetLayout(key, toml);
        }

        Open(new Picker($"{title} (moving previews it, Enter keeps it, Esc undoes)", entries,
            toml =>
            {
                Set(toml);
                Edit(_session.LastError is null, $"{key} " + (toml == OptionControl.Reset ? "unset" : toml));
            },
            Highlight: toml =>
            {
                Set(toml);
                Refresh();
            },
            Cancel: () => _session.Restore(before),
            Selected: current is null ? entries.Count - 1 : Math.Max(0, entries.FindIndex(entry => entry.Item1 == current))));
    }

    private void OpenThemes()
    {
        var before = _session.Text;
        var names = ThemeResolver.Names(_configDirectory).Select(TerminalText.Sanitize).ToList();
        Open(new Picker("Theme (moving previews it, Enter keeps it, Esc undoes)", names.Select(name => (name, name)).ToList(),
            name => Edit(_session.SetTheme(name), $"theme {name}"),
            Highlight: name =>
            {
                _session.SetTheme(name);
                Refresh();
            },
            Cancel: () => _session.Restore(before),
            Selected: Math.Max(0, names.FindIndex(name => string.Equals(name, _session.Theme, StringComparison.OrdinalIgnoreCase)))));
    }

    private void OpenSeparators()
    {
        var before = _session.Text;
        (string, string)[] entries = [(" · ", "\" · \"  (default)"), (" | ", "\" | \""), (" │ ", "\" │ \""), (" › ", "\" › \""), ("space", "space"), ("powerline", "powerline (needs a Nerd Font)")];
        Open(new Picker("Separator (type your own, Enter keeps it)", entries, separator => Edit(_session.SetSeparator(separator), "separator set"),
            Highlight: separator =>
            {
                _session.SetSeparator(separator);
                Refresh();
            },
            Cancel: () => _session.Restore(before),
            FreeText: true));
    }

    private void OpenPresets()
    {
        var before = _session.Text;
        Open(new Picker("Start from a preset (Enter replaces the whole file; .bak on save)", BuiltInPresets.All.Select(p => (p.Name, $"{p.Name,-15}{p.Description}")).ToList(),
            name => Edit(_session.ApplyPreset(BuiltInPresets.Find(name)!), $"preset {name}"),
            Highlight: name =>
            {
                _session.ApplyPreset(BuiltInPresets.Find(name)!);
                Refresh();
            },
            Cancel: () => _session.Restore(before)));
    }

    private void OpenInstall()
    {
        var status = _install.Status();
        Open(new Picker("Install into Claude Code", [("install", "Install: " + status.Action), ("close", "Close")], choice =>
        {
            if (choice != "install")
            {
                return;
            }

            if (_session.Changed)
            {
                Save();
            }

            Say(_install.Install(_session.Path));
        }));
        Say(status.Summary);
    }

    private void Open(Picker picker)
    {
        _picker = picker;
        _pickerFrame.Title = TerminalText.Sanitize(picker.Title);
        _search.Text = string.Empty;
        _search.Visible = picker.Entries.Count > 6 || picker.FreeText;
        _pickerList.Y = _search.Visible ? 1 : 0;
        Filter(picker.Selected);
        _pickerList.SetFocus();
    }

    private void Close(bool cancelled)
    {
        if (cancelled)
        {
            _picker?.Cancel?.Invoke();
        }

        _picker = null;
        _pickerFrame.Title = "Pick";
        _search.Visible = false;
        _shown = [];
        _pickerList.SetSource(new ObservableCollection<string>());
        Refresh();
        ShowHelp();
        _lines.SetFocus();
    }

    private void Filter(int select = 0)
    {
        if (_picker is null)
        {
            return;
        }

        var query = _search.Text?.Trim() ?? string.Empty;
        _shown = _picker.Entries.Where(entry => query.Length == 0 || entry.Shown.Contains(query, StringComparison.OrdinalIgnoreCase)).ToList();
        _pickerList.SetSource(new ObservableCollection<string>(_shown.Select(entry => TerminalText.Sanitize(entry.Shown))));
        _pickerList.SelectedItem = _shown.Count == 0 ? null : Math.Clamp(select, 0, _shown.Count - 1);
    }

    private void OnHighlight()
    {
        if (_picker?.Highlight is { } highlight && _pickerList.SelectedItem is { } index && index < _shown.Count)
        {
            highlight(_shown[index].Value);
        }
    }

    private void OnPickerKey(object? sender, Key key)
    {
        if (_picker is null)
        {
            return;
        }

        var picker = _picker;
        if (key == Key.Esc)
        {
            Close(cancelled: true);
            picker.Back?.Invoke();
            key.Handled = true;
        }
        else if (key == Key.Enter)
        {
            string? value = _pickerList.SelectedItem is { } index && index < _shown.Count ? _shown[index].Value : null;
            if (picker.FreeText && sender == _search && _search.Text is { Length: > 0 } typed)
            {
                if (picker.Check?.Invoke(typed) is { } refused)
                {
                    Say(refused);
                    key.Handled = true;
                    return;
                }

                value = typed;
            }

            Close(cancelled: false);
            if (value is not null)
            {
                picker.Accept(value);
            }

            picker.Back?.Invoke();
            key.Handled = true;
        }
        else if (sender == _search && key == Key.CursorDown)
        {
            _pickerList.SetFocus();
            key.Handled = true;
        }
        else if (sender == _pickerList && _search.Visible && !key.IsCtrl && !key.IsAlt && key.AsRune.Value is >= ' ' and not 0x7F)
        {
            // Typing on the list types into the search box (or the value being entered).
            _search.SetFocus();
            _search.Text += key.AsRune.ToString();
            _search.MoveEnd();
            key.Handled = true;
        }
    }

    private void Save()
    {
        var outcome = _session.Save();
        Refresh();
        Say(outcome.Message);
    }

    private void Quit()
    {
        if (!_session.Changed)
        {
            _app.RequestStop();
            return;
        }

        var answer = MessageBox.Query(_app, "Unsaved changes", $"Save the changes to {_session.Path}?", "Save", "Discard", "Cancel");
        if (answer == 0)
        {
            Save();
            if (!_session.Changed)
            {
                _app.RequestStop();
            }
        }
        else if (answer == 1)
        {
            _app.RequestStop();
        }
    }

    private void ShowHelp() => Say(_session.Changed ? "modified: Ctrl+S saves" : $"editing {_session.Path}");
}
