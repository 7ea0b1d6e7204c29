using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Usage.Model;

/// <summary>
/// The per-item tolerant reader and the writer of <c>limits</c> (ADR-0030, usage-cache.md §3.2).
/// Each element is read on its own; a bad element is dropped with a warning naming its index and
/// the rest are kept, so one odd entry from the endpoint never costs the whole response.
/// </summary>
internal static class LimitsJson
{
    /// <summary>
    /// Reads the value at the reader: an array gives the usable elements (possibly none); any other
    /// kind gives null and a warning naming the JSON kind. JSON <c>null</c> is handled by the caller.
    /// </summary>
    public static List<UsageLimit>? Read(ref Utf8JsonReader reader, List<string>? warnings)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            warnings?.Add($"limits: expected an array, got {KindName(root.ValueKind)}; ignored");
            return null;
        }

        var limits = new List<UsageLimit>(root.GetArrayLength());
        var index = 0;
        foreach (var element in root.EnumerateArray())
        {
            var problem = TryReadElement(element, out var limit);
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

    /// <summary>Returns null when <paramref name="limit"/> was read, else why the element is unusable.</summary>
    private static string? TryReadElement(JsonElement element, out UsageLimit? limit)
    {
        limit = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return $"expected an object, got {KindName(element.ValueKind)}";
        }

        if (!element.TryGetProperty("kind", out var kindElement) || kindElement.ValueKind != JsonValueKind.String)
        {
            return "missing or non-string kind";
        }

        if (!element.TryGetProperty("percent", out var percentElement) || percentElement.ValueKind != JsonValueKind.Number
            || !percentElement.TryGetDouble(out var percent) || !double.IsFinite(percent))
        {
            return "missing or non-numeric percent";
        }

        DateTimeOffset? resetsAt = null;
        if (element.TryGetProperty("resets_at", out var resetsElement) && resetsElement.ValueKind != JsonValueKind.Null)
        {
            if (resetsElement.ValueKind != JsonValueKind.String || !Rfc3339.TryParse(resetsElement.GetString().AsSpan(), out var parsed))
            {
                return "resets_at is not an RFC 3339 timestamp";
            }

            resetsAt = parsed;
        }

        LimitScope? scope = null;
        if (element.TryGetProperty("scope", out var scopeElement) && scopeElement.ValueKind != JsonValueKind.Null)
        {
            var problem = TryReadScope(scopeElement, out scope);
            if (problem is not null)
            {
                return problem;
            }
        }

        var severity = element.TryGetProperty("severity", out var severityElement) && severityElement.ValueKind == JsonValueKind.String
            ? ParseSeverity(severityElement.GetString())
            : LimitSeverity.Unknown;

        limit = new UsageLimit(ParseKind(kindElement.GetString()), PercentConverter.Clamp(percent), resetsAt, scope, severity);
        return null;
    }

    private static string? TryReadScope(JsonElement scopeElement, out LimitScope? scope)
    {
        scope = null;
        if (scopeElement.ValueKind != JsonValueKind.Object)
        {
            return $"scope: expected an object, got {KindName(scopeElement.ValueKind)}";
        }

        if (!scopeElement.TryGetProperty("model", out var modelElement) || modelElement.ValueKind == JsonValueKind.Null)
        {
            scope = new LimitScope(null);
            return null;
        }

        if (modelElement.ValueKind != JsonValueKind.Object)
        {
            return $"scope.model: expected an object, got {KindName(modelElement.ValueKind)}";
        }

        if (!TryOptionalString(modelElement, "display_name", out var displayName) || !TryOptionalString(modelElement, "id", out var id))
        {
            return "scope.model fields must be strings";
        }

        scope = new LimitScope(new LimitModel(displayName, id));
        return null;
    }

    private static bool TryOptionalString(JsonElement parent, string name, out string? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString();
        return true;
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

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
