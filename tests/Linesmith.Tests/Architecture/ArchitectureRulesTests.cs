namespace Linesmith.Tests.Architecture;

/// <summary>How the layering test reads ARCHITECTURE.md and judges edges, on made-up tables and edges.</summary>
public sealed class ArchitectureRulesTests
{
    private const string Document = """
        # Architecture

        ## Allowed dependencies

        | namespace | may depend on | note |
        |---|---|---|
        | `Json` | — | |
        | `Platform` | `Json` | files |
        | `Usage.Endpoint.Http` | `Platform` | |
        | `Usage.Endpoint` | `Usage.Endpoint.Http`, `Platform` | the wire |
        | exe `Cli` | `Platform`, `Json` | |

        Two fences: text that `Looks → Like` an edge.

        ### Today's violations

        | edge | through | removed by |
        |---|---|---|
        | `Platform → Usage.Endpoint` | `X.cs` | issue 13 item 1 |

        ## Next
        | a | b |
        |---|---|
        | `Ignored` | `Too` |
        """;

    [Fact]
    public void The_allowed_table_and_the_violations_are_read_from_their_sections_only()
    {
        var rules = ArchitectureRules.Parse(Document);

        Assert.Equal(["Cli", "Json", "Platform", "Usage.Endpoint", "Usage.Endpoint.Http"], rules.Allowed.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(rules.Allowed["Json"]);
        Assert.Equal(["Platform", "Usage.Endpoint.Http"], rules.Allowed["Usage.Endpoint"].Order(StringComparer.Ordinal));
        var known = Assert.Single(rules.Known);
        Assert.Equal(new KnownViolation("Platform", "Usage.Endpoint", "issue 13 item 1"), known);
    }

    [Fact]
    public void An_edge_is_accepted_when_allowed_or_known_and_reported_otherwise()
    {
        var rules = ArchitectureRules.Parse(Document);
        var edges = new[] { Edge("Platform", "Json"), Edge("Platform", "Usage.Endpoint"), Edge("Json", "Platform") };

        Assert.Equal(["Json → Platform"], LayeringCheck.Unexpected(edges, rules).Select(edge => edge.Name));
    }

    [Fact]
    public void A_known_violation_that_no_longer_happens_or_is_allowed_is_reported()
    {
        var rules = ArchitectureRules.Parse(Document);
        var allowedToo = rules with { Known = [.. rules.Known, new KnownViolation("Platform", "Json", "x")] };

        Assert.Equal(
            ["Platform → Usage.Endpoint no longer happens: remove it from '### Today's violations' in ARCHITECTURE.md"],
            LayeringCheck.StaleViolations([], rules));
        Assert.Equal(
            ["Platform → Json is listed as a violation but the allowed table permits it"],
            LayeringCheck.StaleViolations([Edge("Platform", "Usage.Endpoint")], allowedToo));
    }

    [Fact]
    public void A_namespace_without_a_row_and_a_name_that_is_not_a_row_are_reported()
    {
        var rules = ArchitectureRules.Parse(Document.Replace("`Platform`, `Json` |", "`Platform`, `Jsn` |", StringComparison.Ordinal));

        Assert.Equal(
            ["namespace Segments has no row in '## Allowed dependencies'", "the row of Cli names Jsn, which has no row of its own"],
            LayeringCheck.UnknownUnits(["Json", "Segments"], rules));
    }

    [Fact]
    public void A_cycle_in_the_allowed_table_is_named()
    {
        var layered = ArchitectureRules.Parse(Document);
        var cyclic = ArchitectureRules.Parse(Document.Replace("| `Json` | — |", "| `Json` | `Cli` |", StringComparison.Ordinal));

        Assert.Null(LayeringCheck.Cycle(layered));
        Assert.Equal("Cli → Json → Cli", LayeringCheck.Cycle(cyclic));
    }

    [Fact]
    public void The_fence_is_breached_by_an_edge_or_a_row_even_when_listed_as_known()
    {
        var widened = ArchitectureRules.Parse(Document.Replace("| exe `Cli` | `Platform`,", "| exe `Cli` | `Usage.Endpoint.Http`, `Platform`,", StringComparison.Ordinal));
        var listed = ArchitectureRules.Parse(Document) with { Known = [new KnownViolation("Cli", "Usage.Endpoint.Http", "never")] };

        Assert.Equal(["the row of Cli in '## Allowed dependencies' allows Usage.Endpoint.Http"], LayeringCheck.FenceBreaches([], widened));
        Assert.Equal(
            ["Cli → Usage.Endpoint.Http\n    A → B (MethodBody)"],
            LayeringCheck.FenceBreaches([Edge("Cli", "Usage.Endpoint.Http"), Edge("Usage.Endpoint", "Usage.Endpoint.Http")], listed));
        Assert.Empty(LayeringCheck.FenceBreaches([Edge("Usage.Endpoint", "Usage.Endpoint.Http")], ArchitectureRules.Parse(Document)));
    }

    [Fact]
    public void A_table_missing_a_backticked_name_is_refused_with_its_row()
    {
        var broken = Document.Replace("| `Json` | — | |", "| Json | — | |", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => ArchitectureRules.Parse(broken));
        Assert.Contains("| Json | — | |", error.Message, StringComparison.Ordinal);
    }

    private static NamespaceEdge Edge(string from, string to) =>
        new(from, to, [new TypeReferenceFound("N." + from, "A", "N." + to, "B", TypeReferenceKind.MethodBody)]);
}
