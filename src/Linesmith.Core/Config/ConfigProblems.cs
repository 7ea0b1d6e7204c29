namespace Linesmith.Config;

/// <summary>
/// Collects configuration problems while the config is loaded and segments are built. Each
/// message is kept once, so a bad key read by several parts of the program warns once (docs/spec/edge-cases.md item 72).
/// </summary>
internal sealed class ConfigProblems
{
    private readonly List<ConfigProblem> _problems = [];
    private readonly HashSet<(string, string)> _seen = [];

    public IReadOnlyList<ConfigProblem> All => _problems;

    public void Add(ConfigProblem problem)
    {
        if (_seen.Add((problem.KeyPath, problem.Message)))
        {
            _problems.Add(problem);
        }
    }

    public void Add(string keyPath, string message) => Add(new ConfigProblem(keyPath, message));
}
