namespace Linesmith.Tests.Architecture;

/// <summary>A row of ARCHITECTURE.md's "Today's violations": an edge the layering test tolerates until the named change removes it.</summary>
internal sealed record KnownViolation(string From, string To, string RemovedBy)
{
    public string Name => $"{From} → {To}";
}
