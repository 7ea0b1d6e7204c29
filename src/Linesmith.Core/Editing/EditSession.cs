using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Presets;
using Linesmith.Segments;

namespace Linesmith.Editing;

/// <summary>
/// What <c>linesmith config</c> edits: the config file's text as it was read and as it is now, and
/// every change a person can make, each one an edit of the syntax tree (<see cref="ConfigDocument"/>),
/// so that saving keeps the comments and formatting of everything not changed. Knows no terminal:
/// the editor's screens call it, and the tests do too.
/// </summary>
internal sealed class EditSession
{
    private ConfigDocument _document;

    private EditSession(string path, CreatableDirectory? directory, string original, ConfigDocument document)
    {
        Path = path;
        Directory = directory;
        Original = original;
        _document = document;
    }

    /// <summary>The file that is edited and saved.</summary>
    public string Path { get; }

    public CreatableDirectory? Directory { get; }

    /// <summary>The text as read (empty for a file that does not exist yet).</summary>
    public string Original { get; private set; }

    public string Text => _document.Text;

    public bool Changed => !string.Equals(Text, Original, StringComparison.Ordinal);

    /// <summary>The last edit's refusal, for the status line (an inline table the editor does not rewrite).</summary>
    public string? LastError { get; private set; }

    /// <summary>A session over the file's text; null, with the reason, when the text is not valid TOML (the person fixes it first).</summary>
    public static EditSession? Open(string path, CreatableDirectory? directory, string text, out string? error)
    {
        var document = ConfigDocument.Parse(text, out error);
        return document is null ? null : new EditSession(path, directory, text, document);
    }

    public LinesmithConfig Config => LinesmithConfig.From(ConfigFile.Parse(Text, ConfigLocator.FileName), EnvironmentSnapshot.Empty);

    /// <summary>The configured lines; with none configured, the default line as explicit segments (what the first edit writes).</summary>
    /// <remarks>
    /// The default line's rate limits are left out: it shows them only when stdin carries them, while a
    /// configured one asks the usage endpoint when stdin does not.
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<LineItem>> Lines =>
        Config.Lines is { Count: > 0 } lines
            ? lines
            : [SegmentTable.DefaultLine.Where(id => !id.StartsWith("rate_limit_", StringComparison.Ordinal)).Select(LineItem.Segment).ToList()];

    public string Theme => Config.Theme;

    public bool SetTheme(string name) => Apply(_document.With(string.Empty, "theme", TomlLiteral.String(name), out var error), error);

    /// <summary><c>[layout_options] separator</c>: <c>space</c>, <c>powerline</c> or literal text.</summary>
    public bool SetSeparator(string separator) => Apply(_document.With("layout_options", "separator", TomlLiteral.String(separator), out var error), error);

    /// <summary><c>[layout_options] key = value</c>, the value already TOML text.</summary>
    public bool SetLayout(string key, string tomlValue) => Apply(_document.With("layout_options", key, tomlValue, out var error), error);

    /// <summary>A <c>[layout_options]</c> key back to its default: its line removed.</summary>
    public bool ResetLayout(string key) => Apply(_document.Without("layout_options", key), null);

    /// <summary>A <c>[layout_options]</c> value as written, or null.</summary>
    public string? LayoutValue(string key) => _document.ValueText("layout_options", key);

    /// <summary>An option of a segment (<c>[segments.ID] key = value</c>), the value already TOML text.</summary>
    public bool SetOption(string segmentId, string key, string tomlValue)
    {
        var (table, leaf) = OptionKey(segmentId, key);
        return Apply(_document.With(table, leaf, tomlValue, out var error), error);
    }

    /// <summary>An option back to its default: its line removed.</summary>
    public bool ResetOption(string segmentId, string key)
    {
        var (table, leaf) = OptionKey(segmentId, key);
        return Apply(_document.Without(table, leaf), null);
    }

    /// <summary>The option's value as written (TOML text), or null when the file does not set it.</summary>
    public string? OptionValue(string segmentId, string key)
    {
        var (table, leaf) = OptionKey(segmentId, key);
        return _document.ValueText(table, leaf);
    }

    /// <summary><c>[segments.ID]</c> and the key, or for a dotted key (<c>thresholds.green</c>) the nested table and the leaf.</summary>
    private static (string Table, string Leaf) OptionKey(string segmentId, string key)
    {
        var dot = key.LastIndexOf('.');
        return (dot < 0 ? $"segments.{segmentId}" : $"segments.{segmentId}.{key[..dot]}", key[(dot + 1)..]);
    }

    /// <summary>
    /// The preset's whole text in place of the file's (the previous file is still the <c>.bak</c> on save), after the
    /// file's <c>#:schema</c> line when it starts with one: a preset never drops it, nor repeats it
    /// (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md).
    /// </summary>
    public bool ApplyPreset(Preset preset)
    {
        var text = Text.StartsWith(SchemaDirective.Line + "\n", StringComparison.Ordinal) ? PresetWriter.Text(preset) : preset.Toml + "\n";
        return Apply(ConfigDocument.Parse(text, out var error), error);
    }

    /// <summary>Back to an earlier <see cref="Text"/> (an instant preview undone with Escape).</summary>
    public bool Restore(string text) => Apply(ConfigDocument.Parse(text, out var error), error);

    public bool SetLines(IReadOnlyList<IReadOnlyList<LineItem>> lines) => Apply(_document.WithLines(lines, out var error), error);

    public bool AddSegment(int line, int position, string id) => EditLine(line, items => items.Insert(Math.Clamp(position, 0, items.Count), LineItem.Segment(id)));

    public bool RemoveItem(int line, int position) => EditLine(line, items =>
    {
        if (position >= 0 && position < items.Count)
        {
            items.RemoveAt(position);
        }
    });

    /// <summary>Moves an entry one place left (<paramref name="by"/> −1) or right (+1) within its line.</summary>
    public bool MoveItem(int line, int position, int by) => EditLine(line, items =>
    {
        var target = position + by;
        if (position >= 0 && position < items.Count && target >= 0 && target < items.Count)
        {
            (items[position], items[target]) = (items[target], items[position]);
        }
    });

    public bool AddLine()
    {
        var lines = Lines.Select(line => line.ToList()).ToList();
        lines.Add([]);
        return SetLines(lines);
    }

    public bool RemoveLine(int line)
    {
        var lines = Lines.Select(items => items.ToList()).ToList();
        if (lines.Count <= 1 || line < 0 || line >= lines.Count)
        {
            LastError = "the last line cannot be removed";
            return false;
        }

        lines.RemoveAt(line);
        return SetLines(lines);
    }

    /// <summary>Moves a whole line up (−1) or down (+1).</summary>
    public bool MoveLine(int line, int by)
    {
        var lines = Lines.Select(items => items.ToList()).ToList();
        var target = line + by;
        if (line < 0 || line >= lines.Count || target < 0 || target >= lines.Count)
        {
            return false;
        }

        (lines[line], lines[target]) = (lines[target], lines[line]);
        return SetLines(lines);
    }

    /// <summary>
    /// Writes the text if it is valid TOML (it always is: every edit is re-parsed) through
    /// <see cref="ConfigWriter"/>: atomic, the previous file kept as <c>.bak</c>.
    /// </summary>
    public EditOutcome Save()
    {
        if (ConfigDocument.Parse(Text, out var error) is null)
        {
            return EditOutcome.Refused($"not saved: {error}");
        }

        var target = Symlinks.FinalTarget(Path);
        var outcome = ConfigWriter.Write(target, Text, replace: true, string.Empty, Directory, $"{Path}: nothing changed", $"saved {Path}");
        if (outcome.Ok)
        {
            Original = Text;
        }

        return outcome;
    }

    private bool EditLine(int line, Action<List<LineItem>> edit)
    {
        var lines = Lines.Select(items => items.ToList()).ToList();
        if (line < 0 || line >= lines.Count)
        {
            return false;
        }

        edit(lines[line]);
        return SetLines(lines);
    }

    private bool Apply(ConfigDocument? edited, string? error)
    {
        LastError = error;
        if (edited is null)
        {
            return false;
        }

        _document = edited;
        return true;
    }
}
