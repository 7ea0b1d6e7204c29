using System.Text.Json;
using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Schema;
using Linesmith.Segments;
using Linesmith.Tests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Schema;

/// <summary>
/// The JSON Schema of config.toml and the config reader accept the same keys (issue 14, configuration that
/// tells the truth): the schema is walked and every key it allows is loaded as a render loads a config; the
/// reader's read-set is enumerated and every key it asks for is looked up in the schema; every value the
/// schema's own keywords refuse (type, enum, minimum, maximum, pattern, length) is one the reader warns about.
/// </summary>
public sealed class ConfigSchemaTests
{
    private static readonly SchemaDocument Schema = new(ConfigSchema.Generate());

    /// <summary>Strings tried against a key with a pattern or a length: those the pattern takes must load without a warning.</summary>
    private static readonly string[] PatternCandidates = ["#a0B1c2", "ACCENT", "muted", "", "role:accent bold", "dim  role:INFO bold", "#", "x"];

    /// <summary>Strings tried against a key with a pattern: those it refuses must warn.</summary>
    private static readonly string[] RefusedCandidates = ["#12345", "#1234567", "purple", "role:accent", "italic", "role:nonsense", "role:primary,accent", "role:1", "bold,dim", "", "ab"];

    public static TheoryData<string> LeafPaths() => [.. Schema.Leaves.Select(leaf => leaf.Path)];

    public static TheoryData<string> TablePaths() => [.. Schema.Tables.Select(table => table.Path)];

    [Fact]
    public void The_committed_schema_is_the_one_the_generator_writes()
    {
        var path = Path.Join(RepositoryRoot.Path, "schema", "config.schema.json");
        var expected = ConfigSchema.Generate();
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (expected != actual)
        {
            // Copy it over after an intended change: the schema is generated, never edited by hand.
            File.WriteAllText(path + ".new", expected);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_schema_is_draft_4_and_covers_every_segment()
    {
        Assert.Contains(Schema.Tables, table => table.Path == "segments.model");
        Assert.All(SegmentTable.Rows, row => Assert.Contains(Schema.Tables, table => table.Path == "segments." + row.Id && table.Closed));
        Assert.All(SegmentTable.Rows, row => Assert.Single(Schema.Find("style." + row.Id)));
        Assert.StartsWith("{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n", ConfigSchema.Generate(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LeafPaths))]
    public void Every_key_the_schema_allows_is_read(string path)
    {
        var schema = Leaf(path);
        foreach (var value in Accepted(schema).Append(Any(schema)))
        {
            var problems = Load(Config((path, value)));

            Assert.DoesNotContain(problems, problem => problem.Message.StartsWith("unknown key", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(LeafPaths))]
    public void Every_value_the_schema_names_loads_without_a_warning(string path)
    {
        foreach (var value in Accepted(Leaf(path)))
        {
            var problems = Load(Config([(path, value), .. Partners(path)]));

            Assert.True(problems.Count == 0, $"{path} = {Show(value)}: {string.Join("; ", problems)}");
        }
    }

    [Theory]
    [MemberData(nameof(LeafPaths))]
    public void Every_value_the_schema_refuses_warns(string path)
    {
        foreach (var value in Refused(Leaf(path)))
        {
            var problems = Load(Config((path, value)));

            // The line builder names an unknown id at line.segments, whichever line it is on.
            Assert.True(
                problems.Any(problem => problem.KeyPath.StartsWith(path, StringComparison.Ordinal) || (problem.KeyPath == "line.segments" && path.StartsWith("line.", StringComparison.Ordinal))),
                $"{path} = {Show(value)} is refused by the schema and read in silence");
        }
    }

    [Theory]
    [MemberData(nameof(TablePaths))]
    public void Every_table_the_schema_closes_warns_about_a_key_it_does_not_list(string path)
    {
        var closed = Schema.Tables.Single(table => table.Path == path).Closed;
        var key = path.Length == 0 ? "not_a_key" : path + ".not_a_key";
        var seed = path.StartsWith("line.", StringComparison.Ordinal) ? Config(("line." + path[5..] + ".segments", new List<object?> { "model" }), (key, 1L)) : Config((key, 1L));

        var problems = Load(seed);

        Assert.Equal(closed, problems.Any(problem => problem.KeyPath == key));
    }

    [Theory]
    [InlineData("model", true)]
    [InlineData("", false)]
    [InlineData("nonsense", false)]
    [InlineData(5L, false)]
    public void A_line_item_string_is_a_segment_id(object item, bool accepted)
    {
        Assert.Equal(accepted, Load(Config(("line.segments", new List<object?> { item }))).Count == 0);
        Assert.Equal(accepted, ItemAccepted(item));
    }

    [Theory]
    [InlineData("type=separator", true)]
    [InlineData("type=separator,character= | ", true)]
    [InlineData("type=flex", true)]
    [InlineData("type=model", true)]
    [InlineData("type=separator,character=#5", false)]
    [InlineData("type=flex,character=x", false)]
    [InlineData("type=model,character=x", false)]
    [InlineData("type=model,merge=#1", false)]
    [InlineData("type=model,group=#1", false)]
    [InlineData("type=nonsense", false)]
    [InlineData("type=", false)]
    [InlineData("character=x", false)]
    public void An_inline_line_item_is_read_exactly_as_the_schema_describes_it(string keys, bool accepted)
    {
        var item = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in keys.Split(','))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            item[name] = value.StartsWith('#') ? long.Parse(value[1..], System.Globalization.CultureInfo.InvariantCulture) : value;
        }

        Assert.Equal(accepted, ItemAccepted(item));
        Assert.Equal(accepted, Load(Config(("line.segments", new List<object?> { item }))).Count == 0);
    }

    [Fact]
    public void Segments_beside_numbered_lines_are_refused_by_both()
    {
        var problems = Load(Config(("line.segments", new List<object?> { "model" }), ("line.1.segments", new List<object?> { "cost" })));

        Assert.Contains(problems, problem => problem.KeyPath == "line.1");
        var line = Schema.Resolve(Schema.Find("line").Single());
        Assert.Equal(1, line.GetProperty("anyOf")[1].GetProperty("maxProperties").GetInt32());
    }

    /// <summary>
    /// The reader's read-sets (docs/adr/0008-config-read-through-read-sets.md), enumerated: the config is loaded
    /// with tables that record every key asked for; a key asked for and absent is given a string, and where the
    /// reader answers that it expected a table, a table is put there and its keys are asked for in turn.
    /// </summary>
    [Fact]
    public void Every_key_the_reader_asks_for_is_in_the_schema()
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<object?>
        {
            new ReadRecorder("line.segments[]", new Dictionary<string, object?> { ["type"] = "separator" }, asked),
            new ReadRecorder("line.segments[]", new Dictionary<string, object?> { ["type"] = "flex" }, asked),
            new ReadRecorder("line.segments[]", new Dictionary<string, object?> { ["type"] = "model" }, asked),
        };
        items.AddRange(SegmentTable.Rows.Select(row => (object?)row.Id));
        var style = SegmentTable.Rows.ToDictionary(row => row.Id, row => (object?)new Dictionary<string, object?>(StringComparer.Ordinal));
        foreach (var line in (Dictionary<string, object?>[])[new() { ["segments"] = items }, []])
        {
            var root = new Dictionary<string, object?>(StringComparer.Ordinal) { ["line"] = line, ["style"] = new Dictionary<string, object?>(style) };
            var probed = new HashSet<string>(StringComparer.Ordinal);
            for (var grew = true; grew;)
            {
                grew = false;
                Load(ReadRecorder.Of(root, asked));
                foreach (var path in asked.Where(path => !path.Contains("[]", StringComparison.Ordinal)).ToList())
                {
                    if (TryAddTable(root, path, probed))
                    {
                        grew = true;
                    }
                }
            }
        }

        Assert.Contains("segments.rate_limit_5h.characters.full", asked);
        Assert.Contains("line.16.segments", asked);
        Assert.Contains("line.segments[].character", asked);
        Assert.All(asked, path => Assert.True(Schema.Find(path).Count > 0, $"the reader reads {path}, the schema has no such key"));
    }

    // Puts a table at path when it is absent and the reader, given a string there, says it expected a table.
    private static bool TryAddTable(Dictionary<string, object?> root, string path, HashSet<string> probed)
    {
        var parts = path.Split('.');
        var parent = root;
        foreach (var part in parts[..^1])
        {
            if (!parent.TryGetValue(part, out var next) || next is not Dictionary<string, object?> table)
            {
                return false;
            }

            parent = table;
        }

        if (parent.ContainsKey(parts[^1]) || !probed.Add(path))
        {
            return false;
        }

        parent[parts[^1]] = "probe";
        var expectsTable = Load(root).Any(problem => problem.KeyPath == path && problem.Message.StartsWith("expected a table", StringComparison.Ordinal));
        if (expectsTable)
        {
            parent[parts[^1]] = new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        else
        {
            parent.Remove(parts[^1]);
        }

        return expectsTable;
    }

    private static bool ItemAccepted(object item) => Schema.Find("line.segments[]").Any(alternative => Accepts(alternative, item));

    // What the schema's keywords say about one line item (string or inline table): the subset the items use.
    private static bool Accepts(JsonElement schema, object? value)
    {
        var type = schema.GetProperty("type").GetString();
        if (type == "string")
        {
            return value is string text && (!schema.TryGetProperty("enum", out var names) || names.EnumerateArray().Any(name => name.GetString() == text));
        }

        if (value is not Dictionary<string, object?> table)
        {
            return false;
        }

        var properties = schema.GetProperty("properties");
        return table.All(pair => properties.TryGetProperty(pair.Key, out var property) && Accepts(property, pair.Value))
            && schema.GetProperty("required").EnumerateArray().All(name => table.ContainsKey(name.GetString()!));
    }

    /// <summary>
    /// What draft 4 cannot say about two keys together, set out of the way of the key under test: green at most
    /// yellow (each key's description says so; the reader warns about the pair).
    /// </summary>
    private static (string Path, object? Value)[] Partners(string path) => path switch
    {
        _ when path.EndsWith(".thresholds.green", StringComparison.Ordinal) => [(path[..^"green".Length] + "yellow", 100.0)],
        _ when path.EndsWith(".thresholds.yellow", StringComparison.Ordinal) => [(path[..^"yellow".Length] + "green", 0.0)],
        _ => [],
    };

    private static JsonElement Leaf(string path) => Schema.Leaves.Single(leaf => leaf.Path == path).Schema;

    // Values the schema takes and names: each choice, the ends of a range, the default, the strings a pattern takes.
    private static IEnumerable<object?> Accepted(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var names))
        {
            return names.EnumerateArray().Select(name => (object?)name.GetString());
        }

        var values = new List<object?>();
        switch (schema.TryGetProperty("type", out var type) ? type.GetString() : null)
        {
            case "boolean":
                values.AddRange([true, false]);
                break;
            case "integer":
                values.AddRange([schema.GetProperty("minimum").GetInt64(), schema.GetProperty("maximum").GetInt64(), schema.GetProperty("default").GetInt64()]);
                break;
            case "number":
                values.AddRange([schema.GetProperty("minimum").GetDouble(), schema.GetProperty("maximum").GetDouble(), schema.GetProperty("default").GetDouble()]);
                break;
            case "string":
                if (schema.TryGetProperty("default", out var fallback))
                {
                    values.Add(fallback.GetString());
                }

                if (schema.TryGetProperty("pattern", out _) || schema.TryGetProperty("maxLength", out _))
                {
                    values.AddRange(PatternCandidates.Where(text => Takes(schema, text)));
                }

                break;
            case "array":
                var items = Schema.Resolve(schema.GetProperty("items"));
                var alternatives = items.TryGetProperty("anyOf", out var anyOf) ? anyOf.EnumerateArray().ToList() : [items];
                foreach (var alternative in alternatives)
                {
                    if (alternative.GetProperty("type").GetString() == "string")
                    {
                        values.AddRange(alternative.GetProperty("enum").EnumerateArray().Select(name => (object?)new List<object?> { name.GetString() }));
                    }
                    else
                    {
                        foreach (var name in alternative.GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray())
                        {
                            values.Add(new List<object?> { new Dictionary<string, object?> { ["type"] = name.GetString() } });
                        }
                    }
                }

                break;
            case null:
                values.AddRange(["anything", 5L]);
                break;
        }

        return values;
    }

    // A value of the key's type that the schema need not name (a string key with no default gets some text).
    private static object? Any(JsonElement schema) => (schema.TryGetProperty("type", out var type) ? type.GetString() : null) switch
    {
        "string" => "x",
        _ => Accepted(schema).First(),
    };

    // Values the schema's keywords refuse: another type, one step outside the range, a name it does not list, a string its pattern or length refuses.
    private static List<object?> Refused(JsonElement schema)
    {
        var refused = new List<object?>();
        switch (schema.TryGetProperty("type", out var type) ? type.GetString() : null)
        {
            case "boolean":
                refused.AddRange(["yes", 1L]);
                break;
            case "integer":
                refused.AddRange(["probe", 1.5, schema.GetProperty("minimum").GetInt64() - 1, schema.GetProperty("maximum").GetInt64() + 1]);
                break;
            case "number":
                refused.AddRange(["probe", true, schema.GetProperty("minimum").GetDouble() - 1, schema.GetProperty("maximum").GetDouble() + 1]);
                break;
            case "string":
                refused.AddRange([5L, true]);
                if (schema.TryGetProperty("enum", out _))
                {
                    refused.Add("nonsense");
                }

                refused.AddRange(RefusedCandidates.Where(text => !Takes(schema, text)));
                break;
            case "array":
                refused.AddRange(["probe", new List<object?> { 5L }, new List<object?> { "nonsense" }]);
                break;
        }

        return refused;
    }

    private static bool Takes(JsonElement schema, string text)
    {
        var length = text.EnumerateRunes().Count();
        return SchemaDocument.Matches(schema, text)
            && (!schema.TryGetProperty("minLength", out var min) || length >= min.GetInt32())
            && (!schema.TryGetProperty("maxLength", out var max) || length <= max.GetInt32())
            && (!schema.TryGetProperty("enum", out var names) || names.EnumerateArray().Any(name => name.GetString() == text));
    }

    // Loads the config as a render and --check-config do, building every segment on its line; returns the problems.
    private static IReadOnlyList<ConfigProblem> Load(IReadOnlyDictionary<string, object?> root)
    {
        var file = new ConfigFile("schema-test.toml", root, KeyLocations.None, new ConfigProblems());
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        _ = new LineBuilder(config);
        return file.Problems.All;
    }

    // Dotted paths into nested tables, as the TOML loader gives them.
    private static Dictionary<string, object?> Config(params (string Path, object? Value)[] keys)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (path, value) in keys)
        {
            var parts = path.Split('.');
            var table = root;
            foreach (var part in parts[..^1])
            {
                if (!table.TryGetValue(part, out var next))
                {
                    next = new Dictionary<string, object?>(StringComparer.Ordinal);
                    table[part] = next;
                }

                table = (Dictionary<string, object?>)next!;
            }

            table[parts[^1]] = value;
        }

        return root;
    }

    private static string Show(object? value) => value switch
    {
        string text => "\"" + text + "\"",
        List<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        Dictionary<string, object?> table => "{ " + string.Join(", ", table.Select(pair => pair.Key + " = " + Show(pair.Value))) + " }",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
