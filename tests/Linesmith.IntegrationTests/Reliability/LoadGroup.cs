namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// The reliability tests start hundreds of processes (the soak, the stampedes, the corpus, the
/// killed writers) and some assert on timing-sensitive outcomes such as one request for many
/// processes. They run one class at a time, after the parallel tests, so that they neither slow the
/// other tests past their timeouts nor measure one another's load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadGroup
{
    public const string Name = "Load";
}
