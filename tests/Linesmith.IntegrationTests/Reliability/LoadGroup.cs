namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// The soak, the 200-render stampede and the killed-writer loop load both cores on purpose: they run
/// alone, after the parallel tests, so that they neither slow other tests past their timeouts nor
/// measure someone else's load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadGroup
{
    public const string Name = "Load";
}
