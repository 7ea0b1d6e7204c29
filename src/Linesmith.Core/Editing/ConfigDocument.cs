using Linesmith.Config;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Linesmith.Editing;

/// <summary>
/// The config file's text, edited through Tomlyn's syntax tree so that everything the editor does not
/// change keeps its bytes: comments, blank lines, key order, quoting, number formats. Each edit finds
/// the node it changes by its source span and replaces only that text (a value, or one new
/// <c>key = value</c> line, or the line tables), then parses the result again. Immutable: an edit
/// returns a new document, so "quit without saving" only compares texts.
/// </summary>
internal sealed class ConfigDocument
{
    private ConfigDocument(string text, DocumentSyntax syntax)
    {
        Text = text;
        Syntax = syntax;
    }

    public string Text { get; }

    private DocumentSyntax Syntax { get; }

    /// <summary>The document, or the first syntax error with its 1-based line and column.</summary>
    public static ConfigDocument? Parse(string text, out string? error)
    {
        error = null;
        var syntax = SyntaxParser.Parse(text, ConfigLocator.FileName, false);
        if (syntax.HasErrors)
        {
            error = syntax.Diagnostics.FirstOrDefault()?.ToString() ?? "invalid TOML";
            return null;
        }

        return new ConfigDocument(text, syntax);
    }

    public static ConfigDocument Empty { get; } = Parse(string.Empty, out _)!;

    /// <summary>
    /// <c>key = value</c> in <c>[table]</c> (<paramref name="table"/> empty: the top level):
    /// the value replaced where the key is, else a new line after the table's last key, else a new
    /// table at the end. Null, with <paramref name="error"/>, when the table is written in a form
    /// this editor does not rewrite (an inline table or dotted keys): the file is left to the person.
    /// </summary>
    public ConfigDocument? With(string table, string key, string tomlValue, out string? error)
    {
        error = null;
        if (table.Length == 0)
        {
            if (Find(Syntax.KeyValues, key) is { } existing)
            {
                return Replace(existing.Value!.Span, tomlValue);
            }

            if (DefinedElsewhere(key))
            {
                error = $"{key} is written in a form this editor does not change; edit the file by hand";
                return null;
            }

            // After the last top-level key, else before the first table (and its leading comments).
            var at = Syntax.KeyValues.ChildrenCount > 0
                ? LineEnd(Syntax.KeyValues.GetChild(Syntax.KeyValues.ChildrenCount - 1)!.Span.End.Offset)
                : Syntax.Tables.ChildrenCount > 0 ? LineStart(FirstTokenOffset(Syntax.Tables.GetChild(0)!)) : Text.Length;
            return Insert(at, $"{key} = {tomlValue}\n", separateFromPrevious: at == Text.Length);
        }

        if (FindTable(table) is { } header)
        {
            if (Find(header.Items, key) is { } existing)
            {
                return Replace(existing.Value!.Span, tomlValue);
            }

            return Insert(TableEnd(header), $"{key} = {tomlValue}\n", separateFromPrevious: false);
        }

        if (DefinedElsewhere(table + "." + key) || DefinedElsewhere(table))
        {
            error = $"[{table}] is written in a form this editor does not change (an inline table or dotted keys); edit the file by hand";
            return null;
        }

        return Insert(Text.Length, $"[{table}]\n{key} = {tomlValue}\n", separateFromPrevious: true);
    }

    /// <summary>The value of <c>key</c> in <c>[table]</c> as written in the file (<c>"role:accent"</c>, <c>20</c>), or null when it is not there as a plain key.</summary>
    public string? ValueText(string table, string key)
    {
        var items = table.Length == 0 ? Syntax.KeyValues : FindTable(table)?.Items;
        return items is not null && Find(items, key) is { Value: { } value } ? Text.Substring(value.Span.Offset, value.Span.Length) : null;
    }

    /// <summary>The key removed from <c>[table]</c> (its whole line); the same document when it is not there.</summary>
    public ConfigDocument Without(string table, string key)
    {
        var items = table.Length == 0 ? Syntax.KeyValues : FindTable(table)?.Items;
        if (items is null || Find(items, key) is not { } existing)
        {
            return this;
        }

        var start = LineStart(existing.Span.Start.Offset);
        return Splice(start, LineEnd(existing.Span.End.Offset) - start, string.Empty);
    }

    /// <summary>
    /// The lines: one as <c>[line] segments = […]</c>, several as <c>[line.1]</c>, <c>[line.2]</c>, ….
    /// When the file already has the same form and count, only each <c>segments</c> value is
    /// replaced (comments inside the tables stay); otherwise the line tables are rewritten where the
    /// first one was (the comments above it stay above the new ones), or appended.
    /// </summary>
    public ConfigDocument? WithLines(IReadOnlyList<IReadOnlyList<LineItem>> lines, out string? error)
    {
        error = null;
        var tables = LineTables();
        var names = lines.Count == 1 ? ["line"] : Enumerable.Range(1, lines.Count).Select(n => $"line.{n}").ToList();
        if (tables.Select(t => TableName(t)).SequenceEqual(names))
        {
            var document = this;
            for (var i = 0; i < lines.Count; i++)
            {
                document = document.With(names[i], "segments", TomlLiteral.LineItems(lines[i]), out error);
                if (document is null)
                {
                    return null;
                }
            }

            return document;
        }

        if (tables.Count == 0 && DefinedElsewhere("line"))
        {
            error = "line is written in a form this editor does not change; edit the file by hand";
            return null;
        }

        var text = string.Concat(lines.Select((line, i) => $"{(i > 0 ? "\n" : string.Empty)}[{names[i]}]\nsegments = {TomlLiteral.LineItems(line)}\n"));
        if (tables.Count == 0)
        {
            return Insert(Text.Length, text, separateFromPrevious: true);
        }

        // Remove from the last table back to the first, so that earlier offsets stay valid.
        var result = Text;
        for (var i = tables.Count - 1; i >= 0; i--)
        {
            var start = LineStart(FirstTokenOffset(tables[i]));
            var end = TableEnd(tables[i]);
            result = result.Remove(start, end - start);
            if (i == 0)
            {
                result = result.Insert(start, text);
            }
        }

        return Reparsed(result);
    }

    private List<TableSyntaxBase> LineTables()
    {
        var found = new List<TableSyntaxBase>();
        foreach (var table in Syntax.Tables)
        {
            var name = TableName(table);
            if (name == "line" || name.StartsWith("line.", StringComparison.Ordinal))
            {
                found.Add(table);
            }
        }

        return found;
    }

    private TableSyntax? FindTable(string name)
    {
        foreach (var table in Syntax.Tables)
        {
            if (table is TableSyntax plain && TableName(plain) == name)
            {
                return plain;
            }
        }

        return null;
    }

    /// <summary>Whether the dotted key exists in the parsed model though not as a <c>[table]</c> header or a top-level key.</summary>
    private bool DefinedElsewhere(string dottedKey)
    {
        var file = ConfigFile.Parse(Text, ConfigLocator.FileName);
        object? node = file.Root;
        foreach (var part in dottedKey.Split('.'))
        {
            if (node is not IReadOnlyDictionary<string, object?> table || !table.TryGetValue(part, out node))
            {
                return false;
            }
        }

        return true;
    }

    private static KeyValueSyntax? Find(SyntaxList<KeyValueSyntax> items, string key)
    {
        foreach (var item in items)
        {
            if (KeyText(item.Key) == key && item.Value is not null)
            {
                return item;
            }
        }

        return null;
    }

    private static string TableName(TableSyntaxBase table) => KeyText(table.Name);

    // The key as written, without quotes and blanks: `segments."cost"` is `segments.cost`.
    private static string KeyText(KeySyntax? key) =>
        key is null ? string.Empty : string.Concat(key.ToString()!.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '\'')));

    private static int FirstTokenOffset(TableSyntaxBase table) => table.OpenBracket?.Span.Offset ?? table.Span.Offset;

    /// <summary>Just past the line that ends the table: its last key's line, or its header's.</summary>
    private int TableEnd(TableSyntaxBase table)
    {
        var last = table.Items.ChildrenCount > 0 ? table.Items.GetChild(table.Items.ChildrenCount - 1)!.Span.End.Offset : (table.CloseBracket?.Span.End.Offset ?? table.Span.End.Offset);
        return LineEnd(last);
    }

    private int LineStart(int offset)
    {
        var newline = offset <= 0 ? -1 : Text.LastIndexOf('\n', Math.Min(offset, Text.Length) - 1);
        return newline + 1;
    }

    /// <summary>Just past the newline that ends the line holding <paramref name="offset"/>, or the end of the text.</summary>
    private int LineEnd(int offset)
    {
        var newline = Text.IndexOf('\n', Math.Min(Math.Max(offset, 0), Text.Length));
        return newline < 0 ? Text.Length : newline + 1;
    }

    private ConfigDocument Replace(SourceSpan span, string text) => Splice(span.Offset, span.Length, text);

    private ConfigDocument Insert(int at, string text, bool separateFromPrevious)
    {
        var prefix = string.Empty;
        if (at > 0 && Text[at - 1] != '\n')
        {
            prefix = "\n";
        }

        if (separateFromPrevious && at > 0)
        {
            prefix += "\n";
        }

        return Splice(at, 0, prefix + text);
    }

    private ConfigDocument Splice(int start, int length, string text) => Reparsed(Text.Remove(start, length).Insert(start, text));

    private static ConfigDocument Reparsed(string text) =>
        Parse(text, out var error) ?? throw new InvalidOperationException($"an edit produced invalid TOML ({error})");
}
