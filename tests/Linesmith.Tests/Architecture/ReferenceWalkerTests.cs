namespace Linesmith.Tests.Architecture;

/// <summary>
/// The walker finds a reference wherever the compiler puts it: each namespace of Fixture/Planted.cs
/// reaches Fixture/Target.cs in exactly one way, compiled into this test assembly.
/// </summary>
public sealed class ReferenceWalkerTests
{
    private const string FixtureRoot = "Linesmith.Tests.Architecture.Fixture.";

    private static readonly Lazy<IReadOnlyList<NamespaceEdge>> FixtureEdges = new(() =>
        NamespaceEdge.Of(ReferenceWalker.Read(typeof(ReferenceWalkerTests).Assembly.Location), FixtureUnit));

    public static TheoryData<string, string> Planted => new()
    {
        { "ViaBaseType", nameof(TypeReferenceKind.BaseType) },
        { "ViaInterface", nameof(TypeReferenceKind.Interface) },
        { "ViaField", nameof(TypeReferenceKind.Field) },
        { "ViaArrayField", nameof(TypeReferenceKind.Field) },
        { "ViaParameter", nameof(TypeReferenceKind.Signature) },
        { "ViaReturnType", nameof(TypeReferenceKind.Signature) },
        { "ViaGenericArgument", nameof(TypeReferenceKind.Signature) },
        { "ViaGenericConstraint", nameof(TypeReferenceKind.GenericConstraint) },
        { "ViaCall", nameof(TypeReferenceKind.MethodBody) },
        { "ViaStaticField", nameof(TypeReferenceKind.MethodBody) },
        { "ViaGenericMethodArgument", nameof(TypeReferenceKind.MethodBody) },
        { "ViaTypeTest", nameof(TypeReferenceKind.MethodBody) },
        { "ViaTypeOf", nameof(TypeReferenceKind.MethodBody) },
        { "ViaLambda", nameof(TypeReferenceKind.MethodBody) },
        { "ViaCatch", nameof(TypeReferenceKind.Catch) },
        { "ViaAttribute", nameof(TypeReferenceKind.Attribute) },
        { "ViaParameterAttribute", nameof(TypeReferenceKind.Attribute) },
        { "ViaAttributeTypeOf", nameof(TypeReferenceKind.Attribute) },
        { "ViaAttributeEnum", nameof(TypeReferenceKind.Attribute) },
        { "ViaNestedType", nameof(TypeReferenceKind.Property) },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void A_planted_reference_is_an_edge_found_where_it_was_planted(string planted, string kind)
    {
        var edge = Assert.Single(FixtureEdges.Value, edge => edge.From == planted);

        Assert.Equal("Target", edge.To);
        Assert.Contains(edge.Through, reference => reference.Kind.ToString() == kind);
    }

    [Fact]
    public void Every_planted_namespace_is_tested_and_a_namespace_without_references_has_no_edge()
    {
        var tested = Planted.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var planted = FixtureEdges.Value.Select(edge => edge.From).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(tested.Order(StringComparer.Ordinal), planted.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(FixtureEdges.Value, edge => edge.From is "Clean" or "Target");
    }

    [Fact]
    public void Each_planted_edge_fails_a_table_that_allows_nothing_and_passes_one_that_allows_it()
    {
        var units = FixtureEdges.Value.SelectMany(edge => new[] { edge.From, edge.To }).Distinct().ToList();
        var none = new ArchitectureRules(units.ToDictionary(unit => unit, _ => (IReadOnlySet<string>)new HashSet<string>()), []);
        var all = new ArchitectureRules(units.ToDictionary(unit => unit, unit => (IReadOnlySet<string>)new HashSet<string>(unit == "Target" ? [] : ["Target"])), []);

        Assert.Equal(Planted.Count, LayeringCheck.Unexpected(FixtureEdges.Value, none).Count());
        Assert.Empty(LayeringCheck.Unexpected(FixtureEdges.Value, all));
    }

    /// <summary>The fixture's namespaces as units: the name after <c>Fixture.</c>.</summary>
    private static string? FixtureUnit(string @namespace, string _) =>
        @namespace.StartsWith(FixtureRoot, StringComparison.Ordinal) ? @namespace[FixtureRoot.Length..] : null;
}
