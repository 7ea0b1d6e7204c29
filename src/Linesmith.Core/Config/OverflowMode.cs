namespace Linesmith.Config;

/// <summary>
/// <c>[layout_options] overflow</c>: what happens to segments a line has no room for: <c>drop</c> them by
/// priority (docs/spec/config.md#layout), or <c>wrap</c> them onto a line of their own below.
/// </summary>
internal enum OverflowMode
{
    Drop,
    Wrap,
}
