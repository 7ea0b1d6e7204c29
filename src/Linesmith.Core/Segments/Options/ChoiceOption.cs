namespace Linesmith.Segments.Options;

/// <summary>
/// A string that takes one of a few names (<c>format = "progress"</c>), seen without the type of the
/// value each name stands for: what the schema and an editor need.
/// </summary>
internal abstract record ChoiceOption(string Key, string Description) : SegmentOption(Key, Description)
{
    /// <summary>The accepted names, in the order the docs list them.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>The name in force when the key is missing or names nothing known.</summary>
    public abstract string DefaultName { get; }

    public override string DefaultToml => "\"" + DefaultName + "\"";
}
