namespace Linesmith.Tests.Architecture;

/// <summary>What the layering test reports, as plain values so that it can be tested on made-up edges and rules.</summary>
internal static class LayeringCheck
{
    /// <summary>The unit whose code nobody but <see cref="FenceOwner"/> may reference: the hand-written HTTP/1.1, CONNECT, SOCKS and TLS code (ADR 0001).</summary>
    public const string Fenced = "Usage.Endpoint.Http";

    public const string FenceOwner = "Usage.Endpoint";

    /// <summary>Edges neither allowed nor listed as a known violation.</summary>
    public static IEnumerable<NamespaceEdge> Unexpected(IEnumerable<NamespaceEdge> edges, ArchitectureRules rules) =>
        edges.Where(edge => !rules.Allows(edge.From, edge.To) && !rules.Known.Any(known => known.From == edge.From && known.To == edge.To));

    /// <summary>Known violations that no longer happen (remove them from the list) or that the allowed table already permits.</summary>
    public static IEnumerable<string> StaleViolations(IEnumerable<NamespaceEdge> edges, ArchitectureRules rules)
    {
        var present = edges.Select(edge => edge.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var known in rules.Known)
        {
            if (rules.Allows(known.From, known.To))
            {
                yield return $"{known.Name} is listed as a violation but the allowed table permits it";
            }
            else if (!present.Contains(known.Name))
            {
                yield return $"{known.Name} no longer happens: remove it from '{ArchitectureRules.ViolationsHeading}' in ARCHITECTURE.md";
            }
        }
    }

    /// <summary>Units found in the assemblies without a row, and names in the table that are not a row.</summary>
    public static IEnumerable<string> UnknownUnits(IEnumerable<string> units, ArchitectureRules rules)
    {
        foreach (var unit in units.Where(unit => !rules.Allowed.ContainsKey(unit)).Order(StringComparer.Ordinal))
        {
            yield return $"namespace {unit} has no row in '{ArchitectureRules.AllowedHeading}'";
        }

        foreach (var (from, targets) in rules.Allowed)
        {
            foreach (var target in targets.Where(target => !rules.Allowed.ContainsKey(target)).Order(StringComparer.Ordinal))
            {
                yield return $"the row of {from} names {target}, which has no row of its own";
            }
        }

        foreach (var known in rules.Known)
        {
            if (!rules.Allowed.ContainsKey(known.From) || !rules.Allowed.ContainsKey(known.To))
            {
                yield return $"the violation {known.Name} names a namespace that has no row";
            }
        }
    }

    /// <summary>A cycle among the allowed edges, as "A → B → A", or null when the table is layered.</summary>
    public static string? Cycle(ArchitectureRules rules)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path; true: done
        var path = new List<string>();
        foreach (var unit in rules.Allowed.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(unit) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        string? Visit(string unit)
        {
            if (state.TryGetValue(unit, out var done))
            {
                return done ? null : string.Join(" → ", path.SkipWhile(step => step != unit).Append(unit));
            }

            state[unit] = false;
            path.Add(unit);
            foreach (var target in rules.Allowed.GetValueOrDefault(unit, new HashSet<string>()).Order(StringComparer.Ordinal))
            {
                if (Visit(target) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[unit] = true;
            return null;
        }
    }

    /// <summary>Edges and rows that breach the HTTP fence: only <see cref="FenceOwner"/> may use <see cref="Fenced"/>, listed or not.</summary>
    public static IEnumerable<string> FenceBreaches(IEnumerable<NamespaceEdge> edges, ArchitectureRules rules)
    {
        foreach (var edge in edges.Where(edge => edge.To == Fenced && edge.From != FenceOwner))
        {
            yield return edge.Describe();
        }

        foreach (var (from, targets) in rules.Allowed)
        {
            if (from != FenceOwner && targets.Contains(Fenced))
            {
                yield return $"the row of {from} in '{ArchitectureRules.AllowedHeading}' allows {Fenced}";
            }
        }
    }
}
