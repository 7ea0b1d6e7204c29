using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Segments.Options;

namespace Linesmith.Schema;

/// <summary>
/// The <c>[segments]</c> table of the schema, one closed table per row of the segment table with each of its
/// keys (type, default, range, choices) from the same option objects the segment reads through; a dotted
/// key (<c>width.min</c>) becomes a key of a nested table. Every table is closed: the reader warns about an
/// unknown key in each (docs/adr/0008-config-read-through-read-sets.md).
/// </summary>
internal static class SegmentSchema
{
    /// <summary>
    /// <c>style</c>: words split on spaces, each <c>bold</c>, <c>dim</c> or <c>role:&lt;role&gt;</c> with the role in
    /// any case (<see cref="SegmentLayout"/>); empty is no style.
    /// </summary>
    public static string StylePattern { get; } =
        "^ *(?:(?:bold|dim|role:" + SchemaWriter.OneOf(StyleOption.Roles.Select(SchemaWriter.AnyCase)) + ")(?: +|$))*$";

    /// <summary>The <c>width</c> table every segment takes (<see cref="SegmentLayout"/>), written once under <c>definitions</c>.</summary>
    private const string SharedWidth = "width";

    /// <summary>The definitions every segment table refers to: <c>style</c> and <c>width</c>.</summary>
    public static void WriteDefinitions(SchemaWriter writer)
    {
        WriteOption(writer, "style", SegmentLayout.StyleKey);
        writer.BeginTable(SharedWidth, "the segment's width in cells");
        WriteOption(writer, SegmentLayout.MinWidthKey.Leaf, SegmentLayout.MinWidthKey);
        WriteOption(writer, SegmentLayout.MaxWidthKey.Leaf, SegmentLayout.MaxWidthKey);
        writer.EndTable();
    }

    public static void Write(SchemaWriter writer)
    {
        writer.BeginTable("segments", "each segment's own table, [segments.<id>]: read whether or not the segment is on a line");
        foreach (var row in SegmentTable.Rows)
        {
            writer.BeginTable(row.Id, row.Description);
            WriteOptions(writer, row.Options);
            writer.EndTable();
        }

        writer.EndTable();
    }

    private static void WriteOptions(SchemaWriter writer, IReadOnlyList<SegmentOption> options)
    {
        var nested = new List<string>();
        foreach (var option in options)
        {
            var dot = option.Key.IndexOf('.', StringComparison.Ordinal);
            if (ReferenceEquals(option, SegmentLayout.StyleKey))
            {
                writer.Reference(option.Key, "style");
            }
            else if (dot < 0)
            {
                WriteOption(writer, option.Key, option);
            }
            else if (!nested.Contains(option.Key[..dot]))
            {
                nested.Add(option.Key[..dot]);
            }
        }

        foreach (var table in nested)
        {
            var keys = options.Where(option => option.Key.StartsWith(table + ".", StringComparison.Ordinal)).ToList();
            if (table == SharedWidth && keys.SequenceEqual([SegmentLayout.MinWidthKey, SegmentLayout.MaxWidthKey]))
            {
                writer.Reference(table, table);
                continue;
            }

            writer.BeginTable(table, "a table of " + string.Join(", ", keys.Select(option => option.Leaf)));
            foreach (var option in keys)
            {
                WriteOption(writer, option.Leaf, option);
            }

            writer.EndTable();
        }
    }

    private static void WriteOption(SchemaWriter writer, string name, SegmentOption option)
    {
        switch (option)
        {
            case BoolOption boolean:
                writer.Boolean(name, option.Description, boolean.Default);
                break;
            case IntegerOption integer:
                writer.Integer(name, option.Description, integer.Default, integer.Min, integer.Max);
                break;
            case NumberOption number:
                writer.Number(name, option.Description, number.Default, number.Min, number.Max);
                break;
            case ChoiceOption choice:
                writer.Choice(name, option.Description, choice.Names, choice.DefaultName);
                break;
            case TextOption { SingleCell: true } text:
                // One character (a code point) one cell wide (ProgressBar): the schema can count the first half.
                writer.Text(name, option.Description, text.Default, minLength: 1, maxLength: 1);
                break;
            case TextOption text:
                writer.Text(name, option.Description, text.Default);
                break;
            case StyleOption:
                writer.Text(name, option.Description, null, pattern: StylePattern);
                break;
            default:
                throw new InvalidOperationException($"{option.Key}: no schema for an option of kind {option.GetType().Name}");
        }
    }

    /// <summary><c>fg</c> / <c>bg</c> of <c>[style.&lt;id&gt;]</c>: <c>#rrggbb</c> or a role name in any case (<see cref="SegmentColors"/>).</summary>
    public static string ColorPattern { get; } =
        "^(?:#[0-9a-fA-F]{6}|" + SchemaWriter.OneOf(StyleOption.Roles.Select(SchemaWriter.AnyCase)) + ")$";
}
