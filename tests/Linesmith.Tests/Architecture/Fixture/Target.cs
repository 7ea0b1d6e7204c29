// The planted references ReferenceWalkerTests looks for: each namespace Via* below reaches the namespace
// Target in exactly one way, so a walker that missed that way would not see the edge.
#pragma warning disable IDE0130 // the namespace is the unit the planted references reach, not a folder
namespace Linesmith.Tests.Architecture.Fixture.Target;

internal class Thing
{
    public static readonly int Count = 1;

    public static void Call()
    {
    }
}

internal interface IMarker;

internal sealed class Failure : Exception;

[AttributeUsage(AttributeTargets.All)]
internal sealed class MarkerAttribute : Attribute;

internal enum Mode
{
    Off,
    On,
}
