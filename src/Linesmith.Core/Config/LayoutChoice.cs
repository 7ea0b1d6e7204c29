namespace Linesmith.Config;

/// <summary>
/// A <c>[layout_options]</c> key that takes one of a few names (<c>style = "powerline"</c>), seen without the
/// type of the value each name stands for: the one list of its choices that the reader
/// (<see cref="LayoutOptions.Read"/>), the config editor and the JSON Schema all read.
/// </summary>
internal abstract record LayoutChoice(string Key, string Description)
{
    /// <summary>The accepted names, in the order the docs list them.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>The name in force when the key is missing, or null when unset means none of them (<c>icons</c>: each segment's own).</summary>
    public abstract string? DefaultName { get; }
}
