namespace Linesmith.Tests.Architecture;

/// <summary>
/// The unit a namespace belongs to in ARCHITECTURE.md's allowed edges: a sub-namespace counts as its
/// parent (<c>Segments.Session</c> is <c>Segments</c>) except under <c>Usage</c>, where each folder is its
/// own unit (<c>Usage.Endpoint.Http</c>); the generated <c>ProductVersion</c> is in the root namespace
/// <c>Linesmith</c>; the exe's <c>Program</c> (top-level statements) is in the global namespace and is its
/// own unit. Types outside <c>Linesmith</c> (the runtime, packages, the compiler's own) have none.
/// </summary>
internal static class LayerUnits
{
    private const string Root = "Linesmith";

    private const string Program = "Program";

    /// <summary>The unit of the type <paramref name="name"/> (nested types as <c>Outer.Inner</c>) declared in <paramref name="namespace"/>.</summary>
    public static string? Of(string @namespace, string name)
    {
        if (@namespace.Length == 0)
        {
            return name == Program || name.StartsWith(Program + ".", StringComparison.Ordinal) ? Program : null;
        }

        if (@namespace == Root)
        {
            return Root;
        }

        if (!@namespace.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = @namespace[(Root.Length + 1)..];
        if (rest.StartsWith("Usage.", StringComparison.Ordinal))
        {
            return rest;
        }

        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
