using System.Globalization;
using System.Text.Json;

namespace Linesmith.Json;

/// <summary>
/// Writes floating-point numbers the way the original's serde_json does, so that files written by
/// either program look the same: an integral value keeps a <c>.0</c> (<c>42.0</c>, not <c>42</c>),
/// anything else is the shortest text that reads back to the same value.
/// </summary>
internal static class RustFloat
{
    // Above this, serde_json switches to exponent notation; integral values that large never occur in
    // percentages or credit amounts, so the plain writer handles them.
    private const double PlainIntegralLimit = 1e16;

    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value) && Math.Abs(value) < PlainIntegralLimit && value == Math.Floor(value))
        {
            Span<byte> buffer = stackalloc byte[24];
            ((long)value).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
            buffer[written++] = (byte)'.';
            buffer[written++] = (byte)'0';
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
            return;
        }

        writer.WriteNumberValue(value);
    }

    public static void Write(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value) && value == MathF.Floor(value))
        {
            Write(writer, (double)value);
            return;
        }

        // float's own shortest round-trip text (33.333332), as serde_json writes an f32.
        writer.WriteNumberValue(value);
    }
}
