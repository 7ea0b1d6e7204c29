using System.Text;
using Linesmith.Platform;
using Tomlyn;
using Tomlyn.Model;

namespace Linesmith.Config;

/// <summary>
/// A config file as read: its top-level table (empty when there is no file or it cannot be used),
/// where its keys are, and the problems found so far. Reading never throws: an unreadable or
/// invalid file is one problem with its line and column, and the defaults apply.
/// </summary>
internal sealed record ConfigFile(string? Path, IReadOnlyDictionary<string, object?> Root, KeyLocations Locations, ConfigProblems Problems)
{
    /// <summary>A config file is a few KB; a larger one is refused rather than parsed on every render.</summary>
    public const int MaxBytes = 256 * 1024;

    public static ConfigFile Defaults() => new(null, new Dictionary<string, object?>(), KeyLocations.None, new ConfigProblems());

    public static ConfigFile Load(string? commandLinePath, UserDirectories directories)
    {
        var located = ConfigLocator.Locate(commandLinePath, directories);
        return located is { } file ? Read(file.Path) : Defaults();
    }

    public static ConfigFile Read(string path)
    {
        var problems = new ConfigProblems();
        var empty = new Dictionary<string, object?>();
        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAll(path, MaxBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = FileProblems.Classify(exception) == FileProblem.NotFound ? "file not found" : $"cannot be read ({exception.Message})";
            problems.Add(string.Empty, $"config {path}: {reason}; using the built-in defaults");
            return new ConfigFile(path, empty, KeyLocations.None, problems);
        }

        if (bytes is null)
        {
            problems.Add(string.Empty, $"config {path}: larger than {MaxBytes / 1024} KiB; using the built-in defaults");
            return new ConfigFile(path, empty, KeyLocations.None, problems);
        }

        string text;
        try
        {
            // A UTF-8 BOM is allowed and dropped (docs/spec/config.md); invalid UTF-8 is not.
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problems.Add(string.Empty, $"config {path}: not valid UTF-8; using the built-in defaults");
            return new ConfigFile(path, empty, KeyLocations.None, problems);
        }

        return Parse(text, path, problems);
    }

    public static ConfigFile Parse(string text, string sourceName, ConfigProblems? problems = null)
    {
        problems ??= new ConfigProblems();
        try
        {
            var table = TomlSerializer.Deserialize(text, ConfigTomlContext.Default.TomlTable) ?? new TomlTable();
            return new ConfigFile(sourceName, TomlValues.ToDictionary(table), KeyLocations.Of(text, sourceName), problems);
        }
        catch (TomlException outer)
        {
            // The serializer wraps the parser's error; the innermost one has the exact position.
            var exception = outer;
            while (exception.InnerException is TomlException inner)
            {
                exception = inner;
            }

            problems.Add(new ConfigProblem(string.Empty, $"invalid TOML: {Describe(exception)}; using the built-in defaults", exception.Line, exception.Column));
            return new ConfigFile(sourceName, new Dictionary<string, object?>(), KeyLocations.None, problems);
        }
        catch (ArgumentException exception)
        {
            // Tomlyn 2.10.2 throws while formatting its own error for a backslash before a lone
            // surrogate (found by ParserPropertyTests, docs/guarantees.md). Text decoded from a file cannot hold
            // one, but Parse is a boundary: any text is a problem at worst, never a crash.
            problems.Add(string.Empty, $"invalid TOML ({exception.GetType().Name}); using the built-in defaults");
            return new ConfigFile(sourceName, new Dictionary<string, object?>(), KeyLocations.None, problems);
        }
    }

    /// <summary>The problems with their line and column filled in where the key can be found.</summary>
    public IReadOnlyList<ConfigProblem> LocatedProblems() =>
        Problems.All.Select(problem => problem.Line is null && Locations.Find(problem.KeyPath) is { } at
            ? problem with { Line = at.Line, Column = at.Column }
            : problem).ToList();

    // Tomlyn's message starts with "(line,column) : error : "; the location is kept separately.
    private static string Describe(TomlException exception)
    {
        var message = exception.Message;
        var marker = message.IndexOf(" : error : ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + " : error : ".Length)..] : message;
    }
}
