namespace Linesmith.Tests.Architecture;

/// <summary>One reference from a type (<paramref name="From"/>, its namespace <paramref name="FromNamespace"/>) to another.</summary>
internal sealed record TypeReferenceFound(string FromNamespace, string From, string ToNamespace, string To, TypeReferenceKind Kind)
{
    public override string ToString() => $"{From} → {To} ({Kind})";
}
