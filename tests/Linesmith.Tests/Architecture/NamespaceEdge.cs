namespace Linesmith.Tests.Architecture;

/// <summary>A dependency of one unit on another, with the references that make it (<see cref="LayerUnits"/>).</summary>
internal sealed record NamespaceEdge(string From, string To, IReadOnlyList<TypeReferenceFound> Through)
{
    public string Name => $"{From} → {To}";

    /// <summary>The edges between different units that <paramref name="references"/> make, each once, in name order.</summary>
    public static IReadOnlyList<NamespaceEdge> Of(IEnumerable<TypeReferenceFound> references, Func<string, string, string?> unitOf) =>
        references
            .Select(reference => (From: unitOf(reference.FromNamespace, reference.From), To: unitOf(reference.ToNamespace, reference.To), Reference: reference))
            .Where(item => item.From is not null && item.To is not null && item.From != item.To)
            .GroupBy(item => (From: item.From!, To: item.To!))
            .Select(group => new NamespaceEdge(group.Key.From, group.Key.To, group.Select(item => item.Reference).Distinct().ToList()))
            .OrderBy(edge => edge.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The edge and its first references, for a failure message.</summary>
    public string Describe(int examples = 3)
    {
        var shown = Through.Take(examples).Select(reference => "    " + reference);
        var more = Through.Count > examples ? [$"    … {Through.Count - examples} more"] : Array.Empty<string>();
        return string.Join('\n', new[] { Name }.Concat(shown).Concat(more));
    }
}
