using System.Globalization;

namespace Linesmith.Rendering;

/// <summary>A 24-bit colour, with the conversions to the 256- and 16-colour palettes terminals fall back to.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    // The 16 basic ANSI colours as xterm shows them, in SGR order (30-37, then 90-97).
    private static readonly Rgb[] Basic16 =
    [
        new(0, 0, 0), new(205, 0, 0), new(0, 205, 0), new(205, 205, 0), new(0, 0, 238), new(205, 0, 205), new(0, 205, 205), new(229, 229, 229),
        new(127, 127, 127), new(255, 0, 0), new(0, 255, 0), new(255, 255, 0), new(92, 92, 255), new(255, 0, 255), new(0, 255, 255), new(255, 255, 255),
    ];

    private static readonly byte[] CubeLevels = [0, 95, 135, 175, 215, 255];

    /// <summary>Parses <c>#rrggbb</c> (the <c>#</c> is optional).</summary>
    public static bool TryParse(string? text, out Rgb color)
    {
        color = default;
        var hex = text.AsSpan().TrimStart('#');
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>The nearest xterm-256 index: the 6×6×6 cube or the 24-step grey ramp, whichever is closer.</summary>
    public int To256()
    {
        int CubeIndex(byte channel)
        {
            var best = 0;
            for (var i = 1; i < CubeLevels.Length; i++)
            {
                if (Math.Abs(CubeLevels[i] - channel) < Math.Abs(CubeLevels[best] - channel))
                {
                    best = i;
                }
            }

            return best;
        }

        var (r, g, b) = (CubeIndex(R), CubeIndex(G), CubeIndex(B));
        var cube = new Rgb(CubeLevels[r], CubeLevels[g], CubeLevels[b]);
        var greyLevel = Math.Clamp((((R + G + B) / 3) - 8) / 10, 0, 23);
        var greyValue = (byte)(8 + (greyLevel * 10));
        var grey = new Rgb(greyValue, greyValue, greyValue);
        return Distance(grey) < Distance(cube) ? 232 + greyLevel : 16 + (36 * r) + (6 * g) + b;
    }

    /// <summary>The nearest of the 16 basic colours, as an SGR foreground code (30-37, 90-97).</summary>
    public int ToBasicSgr()
    {
        var best = 0;
        for (var i = 1; i < Basic16.Length; i++)
        {
            if (Distance(Basic16[i]) < Distance(Basic16[best]))
            {
                best = i;
            }
        }

        return best < 8 ? 30 + best : 90 + (best - 8);
    }

    private int Distance(Rgb other)
    {
        var (dr, dg, db) = (R - other.R, G - other.G, B - other.B);
        return (dr * dr) + (dg * dg) + (db * db);
    }
}
