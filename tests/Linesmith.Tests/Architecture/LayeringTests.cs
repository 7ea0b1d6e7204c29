using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Architecture;

/// <summary>
/// Layers in one direction, enforced (issue 13 item 1): every namespace edge in the compiled
/// <c>Linesmith.Core</c> and <c>linesmith</c> assemblies is one ARCHITECTURE.md allows, or one it lists
/// under "Today's violations" with the change that removes it; the hand-written HTTP code is fenced.
/// The tables are read from ARCHITECTURE.md itself, so the document and this test cannot disagree.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Lazy<Assemblies> Compiled = new(Assemblies.Read);

    private static ArchitectureRules Rules =>
        ArchitectureRules.Parse(File.ReadAllText(Path.Join(RepositoryRoot.Path, "ARCHITECTURE.md")));

    [Fact]
    public void Every_namespace_edge_is_allowed_by_ARCHITECTURE_md_or_listed_as_a_known_violation()
    {
        var unexpected = LayeringCheck.Unexpected(Compiled.Value.Edges, Rules).Select(edge => edge.Describe()).ToList();

        Assert.True(
            unexpected.Count == 0,
            "Namespace edges that ARCHITECTURE.md does not allow (remove the reference, or change the table with a reason):\n"
            + string.Join('\n', unexpected));
    }

    [Fact]
    public void Every_known_violation_still_happens_so_the_list_only_shrinks()
    {
        var stale = LayeringCheck.StaleViolations(Compiled.Value.Edges, Rules).ToList();

        Assert.True(stale.Count == 0, string.Join('\n', stale));
    }

    [Fact]
    public void Every_namespace_has_a_row_and_every_name_in_the_tables_is_a_row()
    {
        var unknown = LayeringCheck.UnknownUnits(Compiled.Value.Units, Rules).ToList();

        Assert.True(unknown.Count == 0, string.Join('\n', unknown));
    }

    [Fact]
    public void The_allowed_edges_have_no_cycle()
    {
        Assert.Null(LayeringCheck.Cycle(Rules));
    }

    [Fact]
    public void Nothing_outside_the_endpoint_references_the_hand_written_HTTP_code()
    {
        var compiled = Compiled.Value;
        var breaches = LayeringCheck.FenceBreaches(compiled.Edges, Rules).ToList();

        Assert.Contains(compiled.Edges, edge => edge.From == LayeringCheck.FenceOwner && edge.To == LayeringCheck.Fenced);
        Assert.True(breaches.Count == 0, string.Join('\n', breaches));
    }

    /// <summary>
    /// The second fence (docs/adr/0023-fetcher-in-its-own-executable.md): <c>linesmith</c> starts
    /// <c>linesmith-fetch</c> for a request, so nothing in Core or in the <c>linesmith</c> assembly may
    /// build the HTTP transport: the trimmer would then keep it, with TLS, in the render's image. Only the
    /// fetcher's assembly (not read here) does; the published binaries are checked too
    /// (IntegrationTests/Usage/TransportFootprintTests).
    /// </summary>
    [Fact]
    public void Nothing_in_linesmith_references_the_HTTP_transport_only_the_fetcher_does()
    {
        var core = ReferenceWalker.Read(typeof(EnvironmentSnapshot).Assembly.Location);
        var exe = ReferenceWalker.Read(Path.Join(AppContext.BaseDirectory, "linesmith.dll"));
        var transport = nameof(global::Linesmith.Usage.Endpoint.HttpUsageTransport);

        Assert.Contains(core, reference => reference.From == transport);
        Assert.Empty(core.Concat(exe).Where(reference => reference.To == transport && reference.From != transport && !reference.From.StartsWith(transport + ".", StringComparison.Ordinal)).Select(reference => reference.ToString()));
    }

    [Fact]
    public void Nothing_in_Core_references_the_exe_nor_may_it()
    {
        var compiled = Compiled.Value;
        var exeUnits = compiled.ExeUnits;
        var allowedIntoExe = Rules.Allowed
            .Where(row => !exeUnits.Contains(row.Key))
            .SelectMany(row => row.Value.Where(exeUnits.Contains).Select(target => $"{row.Key} → {target}"));

        Assert.Equal(["Cli", "Commands", "Host", "Program"], exeUnits.Order(StringComparer.Ordinal));
        Assert.Empty(compiled.CoreEdges.Where(edge => exeUnits.Contains(edge.To)).Select(edge => edge.Name));
        Assert.Empty(allowedIntoExe);
    }

    [Fact]
    public void Both_assemblies_are_read_with_their_edges_inside_and_between_them()
    {
        var compiled = Compiled.Value;

        // The walker sees references inside Core (Segments on Config) and from the exe into Core.
        Assert.Contains(compiled.Edges, edge => edge.Name == "Segments → Config");
        Assert.Contains(compiled.Edges, edge => edge.Name == "Commands → Usage.Cascade");
        Assert.True(compiled.Units.Count >= 18, string.Join(", ", compiled.Units));
    }

    /// <summary>The two assemblies' references, read once for all tests of this class.</summary>
    private sealed record Assemblies(
        IReadOnlyList<NamespaceEdge> Edges,
        IReadOnlyList<NamespaceEdge> CoreEdges,
        IReadOnlySet<string> Units,
        IReadOnlySet<string> ExeUnits)
    {
        /// <summary>The exe's compiled assembly, copied beside the tests by the project reference in Linesmith.Tests.csproj.</summary>
        private static string ExePath => Path.Join(AppContext.BaseDirectory, "linesmith.dll");

        public static Assemblies Read()
        {
            var core = ReferenceWalker.Read(typeof(EnvironmentSnapshot).Assembly.Location);
            var exe = ReferenceWalker.Read(ExePath);
            var all = core.Concat(exe).ToList();
            return new Assemblies(
                NamespaceEdge.Of(all, LayerUnits.Of),
                NamespaceEdge.Of(core, LayerUnits.Of),
                UnitsDeclared(all),
                UnitsDeclared(exe));
        }

        private static HashSet<string> UnitsDeclared(IEnumerable<TypeReferenceFound> references) =>
            references.Select(reference => LayerUnits.Of(reference.FromNamespace, reference.From)).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
