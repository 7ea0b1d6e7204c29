using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Usage.Model;

/// <summary>
/// The per-item tolerant reader and the writer of <c>limits</c> (docs/spec/usage-endpoint.md#response).
/// Each element is read on its own; a bad element is dropped with a warning naming its index and
/// the rest are kept, so one odd entry from the endpoint never costs the whole response.
/// </summary>
internal static class LimitsJson
{
    /// <summary>
    /// Reads the value at the reader: an array gives the usable elements (possibly none); any other
    /// kind gives null and a warning naming the JSON kind. JSON <c>null</c> gives null. The reader is
    /// left on the value's last token, as a converter must leave it.
    /// </summary>
    /// <remarks>
    /// Read token by token rather than through a <see cref="JsonDocument"/>: the document's pooled
    /// buffers made every cold start calibrate the runtime's per-processor cache (~0.2 ms, measured).
    /// Like <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>, the last of duplicate keys counts.
    /// </remarks>
    public static List<UsageLimit>? Read(ref Utf8JsonReader reader, List<string>? warnings)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            warnings?.Add($"limits: expected an array, got {KindName(reader.TokenType)}; ignored");
            reader.Skip();
            return null;
        }

        var limits = new List<UsageLimit>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var problem = TryReadElement(ref reader, out var limit);
            if (problem is null)
            {
                limits.Add(limit!);
            }
            else
            {
                warnings?.Add($"limits[{index}] unusable: {problem}");
            }

            index++;
        }

        return limits;
    }

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<UsageLimit> limits)
    {
        writer.WriteStartArray();
        Span<char> timestamp = stackalloc char[Rfc3339.MaxFormattedLength];
        foreach (var limit in limits)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KindText(limit.Kind));
            writer.WritePropertyName("percent");
            RustFloat.Write(writer, limit.Percent);
            if (limit.ResetsAt is { } resetsAt)
            {
                writer.WriteString("resets_at", timestamp[..Rfc3339.Format(resetsAt, timestamp)]);
            }
            else
            {
                writer.WriteNull("resets_at");
            }

            writer.WritePropertyName("scope");
            WriteScope(writer, limit.Scope);
            writer.WriteString("severity", SeverityText(limit.Severity));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteScope(Utf8JsonWriter writer, LimitScope? scope)
    {
        if (scope is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        if (scope.Model is { } model)
        {
            writer.WriteStartObject("model");
            WriteNullableString(writer, "display_name", model.DisplayName);
            WriteNullableString(writer, "id", model.Id);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("model");
        }

        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>
    /// Reads one element, leaving the reader on its last token. Returns null when
    /// <paramref name="limit"/> was read, else why the element is unusable; the checks run in the
    /// order kind, percent, resets_at, scope, so the first failing one is named.
    /// </summary>
    private static string? TryReadElement(ref Utf8JsonReader reader, out UsageLimit? limit)
    {
        limit = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = KindName(reader.TokenType);
            reader.Skip();
            return $"expected an object, got {kind}";
        }

        string? kindText = null;
        double? percent = null;
        DateTimeOffset? resetsAt = null;
        string? resetsProblem = null;
        LimitScope? scope = null;
        string? scopeProblem = null;
        var severity = LimitSeverity.Unknown;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                kindText = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("percent"u8))
            {
                reader.Read();
                percent = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : null;
            }
            else if (reader.ValueTextEquals("resets_at"u8))
            {
                reader.Read();
                (resetsAt, resetsProblem) = ReadResetsAt(ref reader);
            }
            else if (reader.ValueTextEquals("scope"u8))
            {
                reader.Read();
                scope = null;
                scopeProblem = reader.TokenType == JsonTokenType.Null ? null : TryReadScope(ref reader, out scope);
            }
            else if (reader.ValueTextEquals("severity"u8))
            {
                reader.Read();
                severity = reader.TokenType == JsonTokenType.String ? ParseSeverity(reader.GetString()) : LimitSeverity.Unknown;
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        if (kindText is null)
        {
            return "missing or non-string kind";
        }

        if (percent is not { } finitePercent)
        {
            return "missing or non-numeric percent";
        }

        if ((resetsProblem ?? scopeProblem) is { } problem)
        {
            return problem;
        }

        limit = new UsageLimit(ParseKind(kindText), PercentConverter.Clamp(finitePercent), resetsAt, scope, severity);
        return null;
    }

    private static (DateTimeOffset? Value, string? Problem) ReadResetsAt(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => (null, null),
        JsonTokenType.String when Rfc3339.TryParse(reader.GetString().AsSpan(), out var parsed) => (parsed, null),
        _ => (null, "resets_at is not an RFC 3339 timestamp"),
    };

    /// <summary>Reads a non-null <c>scope</c> value, leaving the reader on its last token.</summary>
    private static string? TryReadScope(ref Utf8JsonReader reader, out LimitScope? scope)
    {
        scope = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = KindName(reader.TokenType);
            reader.Skip();
            return $"scope: expected an object, got {kind}";
        }

        string? modelProblem = null;
        LimitModel? model = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isModel = reader.ValueTextEquals("model"u8);
            reader.Read();
            if (isModel)
            {
                model = null;
                modelProblem = reader.TokenType == JsonTokenType.Null ? null : TryReadModel(ref reader, out model);
            }

            reader.Skip();
        }

        if (modelProblem is not null)
        {
            return modelProblem;
        }

        scope = new LimitScope(model);
        return null;
    }

    private static string? TryReadModel(ref Utf8JsonReader reader, out LimitModel? model)
    {
        model = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return $"scope.model: expected an object, got {KindName(reader.TokenType)}";
        }

        string? displayName = null;
        string? id = null;
        bool displayNameOk = true, idOk = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDisplayName = reader.ValueTextEquals("display_name"u8);
            var isId = !isDisplayName && reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isDisplayName || isId)
            {
                var ok = reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
                var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (isDisplayName)
                {
                    (displayName, displayNameOk) = (text, ok);
                }
                else
                {
                    (id, idOk) = (text, ok);
                }
            }

            reader.Skip();
        }

        if (!displayNameOk || !idOk)
        {
            return "scope.model fields must be strings";
        }

        model = new LimitModel(displayName, id);
        return null;
    }

    private static LimitKind ParseKind(string? text) => text switch
    {
        "session" => LimitKind.Session,
        "weekly_all" => LimitKind.WeeklyAll,
        "weekly_scoped" => LimitKind.WeeklyScoped,
        _ => LimitKind.Unknown,
    };

    private static LimitSeverity ParseSeverity(string? text) => text switch
    {
        "normal" => LimitSeverity.Normal,
        "warning" => LimitSeverity.Warning,
        _ => LimitSeverity.Unknown,
    };

    internal static string KindText(LimitKind kind) => kind switch
    {
        LimitKind.Session => "session",
        LimitKind.WeeklyAll => "weekly_all",
        LimitKind.WeeklyScoped => "weekly_scoped",
        _ => "unknown",
    };

    private static string SeverityText(LimitSeverity severity) => severity switch
    {
        LimitSeverity.Normal => "normal",
        LimitSeverity.Warning => "warning",
        _ => "unknown",
    };

    private static string KindName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => "null",
    };
}
