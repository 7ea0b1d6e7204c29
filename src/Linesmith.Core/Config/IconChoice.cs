namespace Linesmith.Config;

/// <summary>
/// <c>[layout_options] icons</c> (README.md#layout-and-look): unset keeps each segment's own default icon
/// (<c>⎇</c> on the branches, none elsewhere); the sets give every segment one icon of their kind; <c>off</c>
/// shows none. A segment's own <c>icon</c> key wins over all of them.
/// </summary>
internal enum IconChoice
{
    SegmentDefault,
    NerdFont,
    Unicode,
    Ascii,
    Off,
}
