using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Linesmith.Json;

/// <summary>
/// The one way linesmith turns a value into file or console JSON: pretty-printed with a 2-space
/// indent and <c>\n</c> line ends whatever the platform, and no escaping of characters that JSON
/// allows verbatim (so <c>+</c> stays <c>+</c>, as in serde_json's output).
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions PrettyOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToPrettyUtf8<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, PrettyOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A parsed document written back the same way; <see cref="JsonNode.WriteTo"/> needs no reflection.</summary>
    public static byte[] ToPrettyUtf8(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, PrettyOptions))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
