using System.Text.Json;
using System.Text.Json.Serialization;
using Linesmith.Input.Payload;

namespace Linesmith.Input.Json;

/// <summary>
/// <c>workspace.git_worktree</c>: an object <c>{name, path}</c> in some sources, a bare path in
/// others (docs/spec/statusline-contract.md#payload-fields); a bare path becomes a worktree named after its last part.
/// </summary>
internal sealed class GitWorktreeConverter : JsonConverter<WorktreeInfo>
{
    public override WorktreeInfo? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return PayloadValues.WorktreeAt(reader.GetString());
            case JsonTokenType.StartObject:
                return JsonSerializer.Deserialize(ref reader, StatusJsonContext.Default.WorktreeInfo);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, WorktreeInfo value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, StatusJsonContext.Default.WorktreeInfo);
}
