using Linesmith.Rendering;

namespace Linesmith.Segments.Git;

/// <summary>How one count of <c>git_status</c> shows, as its keys say (<see cref="GitCountKeys"/>).</summary>
internal readonly record struct GitCountDisplay(bool On, string Symbol, StyleRole Role);
