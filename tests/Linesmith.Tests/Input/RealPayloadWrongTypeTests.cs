using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linesmith.Input;
using Linesmith.Input.Json;

namespace Linesmith.Tests.Input;

/// <summary>
/// Issue 12 ("Use what the client sends today"): the whole document Claude Code 2.1.332 sends is read
/// leniently. For every field of every real payload (objects, arrays and their elements included), the
/// field is given a value of the wrong type; the document must still parse, and what it reads must
/// differ from the original only in that field (which reads as absent) and what is inside it.
/// </summary>
public sealed class RealPayloadWrongTypeTests
{
    private static readonly string Folder = Path.Join(AppContext.BaseDirectory, "Golden", "payloads", "claude-code-2.1.332");

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var path in Paths(JsonNode.Parse(File.ReadAllText(file))!, string.Empty))
            {
                data.Add(Path.GetFileName(file), path);
            }
        }

        return data;
    }

    [Fact]
    public void Every_real_payload_has_its_fields_listed()
    {
        var fields = Fields().Select(row => ((string)row[0], (string)row[1])).ToList();

        Assert.Equal(5, fields.Select(field => field.Item1).Distinct().Count());
        Assert.Contains(("payload-5-midturn-worktree-ratelimits.json", "prompt_cache.hit_ratio"), fields);
        Assert.Contains(("payload-4-startup-worktree-vim-named.json", "workspace.added_dirs[0]"), fields);
        Assert.Contains(("payload-2-after-response-apikey.json", "context_window.current_usage"), fields);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_field_of_the_wrong_type_drops_only_itself(string file, string path)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Join(Folder, file)))!;
        var mutated = JsonNode.Parse(File.ReadAllText(Path.Join(Folder, file)))!;
        Replace(mutated, path);

        var before = Read(original.ToJsonString());
        var after = Read(mutated.ToJsonString());

        // A field inside an array drops from the array: the array itself may change. An object read as
        // its one field (effort.level, vim.mode) becomes null as a whole: its own path may change. Any
        // sibling that was lost would still show as a changed key of its own.
        var owner = path.EndsWith(']') ? path[..path.LastIndexOf('[')] : path;
        var changed = before.Keys.Union(after.Keys)
            .Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key))
            .ToList();
        Assert.All(changed, key => Assert.True(Within(key, owner) || Within(path, key), $"{file}: a wrong type at {path} changed {key}"));
        Assert.All(after.Where(pair => Within(pair.Key, path)), pair => Assert.True(pair.Value is "null", $"{file}: {pair.Key} still reads {pair.Value} after {path} got the wrong type"));
    }

    private static bool Within(string key, string path) =>
        key == path || key.StartsWith(path + ".", StringComparison.Ordinal) || key.StartsWith(path + "[", StringComparison.Ordinal);

    /// <summary>What the payload reads as, written back through its own JSON context and flattened to dotted paths.</summary>
    private static Dictionary<string, string> Read(string json)
    {
        var payload = PayloadReader.TryParse(Encoding.UTF8.GetBytes(json), out var problem);
        Assert.True(payload is not null, problem);
        var written = JsonSerializer.Serialize(payload, StatusJsonContext.Default.StatusPayload);
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(JsonNode.Parse(written), string.Empty, flat);
        return flat;
    }

    private static void Flatten(JsonNode? node, string path, Dictionary<string, string> flat)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (key, value) in obj)
                {
                    Flatten(value, Join(path, key), flat);
                }

                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]", flat);
                }

                break;
            default:
                flat[path] = node?.ToJsonString() ?? "null";
                break;
        }
    }

    private static IEnumerable<string> Paths(JsonNode node, string path)
    {
        if (path.Length > 0)
        {
            yield return path;
        }

        IEnumerable<(string Path, JsonNode? Child)> children = node switch
        {
            JsonObject obj => obj.Select(pair => (Join(path, pair.Key), pair.Value)),
            JsonArray array => array.Select((child, i) => ($"{path}[{i}]", child)),
            _ => [],
        };
        foreach (var (childPath, child) in children)
        {
            if (child is null)
            {
                yield return childPath;
            }
            else
            {
                foreach (var inner in Paths(child, childPath))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>
    /// Puts a value of another type at <paramref name="path"/>: a number where there was a string or an
    /// object (a bare string is a documented form of some objects, such as <c>effort</c>), a string where
    /// there was a number or a boolean, an array where there was null.
    /// </summary>
    private static void Replace(JsonNode root, string path)
    {
        var (parent, last) = Locate(root, path);
        var current = parent switch
        {
            JsonObject obj => obj[last],
            JsonArray array => array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)],
            _ => throw new InvalidOperationException(path),
        };
        JsonNode wrong = current?.GetValueKind() switch
        {
            JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Array => JsonValue.Create(42),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => JsonValue.Create("wrong"),
            _ => new JsonArray(JsonValue.Create(true)),
        };
        if (parent is JsonObject target)
        {
            target[last] = wrong;
        }
        else
        {
            ((JsonArray)parent)[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = wrong;
        }
    }

    private static (JsonNode Parent, string Last) Locate(JsonNode root, string path)
    {
        var parts = new List<string>();
        foreach (var dotted in path.Split('.'))
        {
            var bracket = dotted.IndexOf('[', StringComparison.Ordinal);
            parts.Add(bracket < 0 ? dotted : dotted[..bracket]);
            if (bracket >= 0)
            {
                parts.AddRange(dotted[(bracket + 1)..^1].Split("]["));
            }
        }

        var node = root;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            node = node is JsonArray array ? array[int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture)]! : node[parts[i]]!;
        }

        return (node, parts[^1]);
    }
}
